package org.publicprivate.agreements.jackson3;

import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.FormatException;
import org.publicprivate.agreements.format.Formats;
import org.publicprivate.agreements.format.Input;
import org.publicprivate.agreements.format.ModelType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one model type with the format's reader, reporting every problem, including malformed JSON
 * found on the way, as an {@link AgreementJsonException} that names the path where it was found.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private final ModelType<T> model;
  private final boolean ignoreUnknown;
  private final boolean rejectTrailingContent;

  ModelDeserializer(ModelType<T> model, boolean ignoreUnknown, boolean rejectTrailingContent) {
    super(model.type());
    this.model = model;
    this.ignoreUnknown = ignoreUnknown;
    this.rejectTrailingContent = rejectTrailingContent;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    Input in = new Input(new ParserTokens(parser), ignoreUnknown);
    boolean atRoot = isRoot(parser);
    try {
      T value = model.read(in);
      if (atRoot && rejectTrailingContent) {
        Formats.rejectTrailingContent(in);
      }
      return value;
    } catch (FormatException e) {
      throw AgreementJsonException.of(e);
    } catch (UncheckedIOException e) {
      throw JacksonIOException.construct(e.getCause());
    }
  }

  /** A {@code null} document is no agreement; a {@code null} inside a user's own type is absent. */
  @Override
  public T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.streamReadContext().inRoot()) {
      throw AgreementJsonException.of(Formats.nullDocument(
          new Input(new ParserTokens(parser), ignoreUnknown), handledType()));
    }
    return null;
  }

  /** Whether the value starting at the current token is the document itself, not a part of one. */
  private static boolean isRoot(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context != null && context.inRoot();
  }
}
