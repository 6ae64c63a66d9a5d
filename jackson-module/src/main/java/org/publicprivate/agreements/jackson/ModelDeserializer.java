package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.FormatException;
import org.publicprivate.agreements.format.Formats;
import org.publicprivate.agreements.format.Input;
import org.publicprivate.agreements.format.ModelType;

/**
 * Reads one model type with the format's reader, reporting every problem, including malformed JSON
 * found on the way, as an {@link AgreementJsonException} that names the path where it was found.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ModelType<T> model;
  private final boolean ignoreUnknown;
  private final boolean rejectTrailingContent;

  ModelDeserializer(ModelType<T> model, boolean ignoreUnknown, boolean rejectTrailingContent) {
    super(model.type());
    this.model = model;
    this.ignoreUnknown = ignoreUnknown;
    this.rejectTrailingContent = rejectTrailingContent;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
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
      throw e.getCause();
    }
  }

  /** A {@code null} document is no agreement; a {@code null} inside a user's own type is absent. */
  @Override
  public T getNullValue(DeserializationContext context) throws AgreementJsonException {
    JsonParser parser = context.getParser();
    if (parser != null && parser.getParsingContext().inRoot()) {
      throw AgreementJsonException.of(Formats.nullDocument(
          new Input(new ParserTokens(parser), ignoreUnknown), handledType()));
    }
    return null;
  }

  /** Whether the value starting at the current token is the document itself, not a part of one. */
  private static boolean isRoot(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context != null && context.inRoot();
  }
}
