package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Reads one model type strictly, turning every problem, including malformed JSON found on the way,
 * into an {@link AgreementJsonException} that names the path where it was found.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Reads a value from a {@link JsonInput} positioned on its first token. */
  interface Reader<T> {
    T read(JsonInput in) throws IOException;
  }

  private final transient Reader<T> reader;
  private final boolean ignoreUnknown;
  private final boolean rejectTrailingContent;

  ModelDeserializer(Class<T> type, Reader<T> reader, boolean ignoreUnknown,
      boolean rejectTrailingContent) {
    super(type);
    this.reader = reader;
    this.ignoreUnknown = ignoreUnknown;
    this.rejectTrailingContent = rejectTrailingContent;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonInput in = new JsonInput(parser, ignoreUnknown);
    boolean atRoot = isRoot(parser);
    if (atRoot) {
      Encodings.requireUtf8(in);
    }
    T value;
    try {
      value = reader.read(in);
      if (atRoot && rejectTrailingContent) {
        JsonToken next = parser.nextToken();
        if (next != null) {
          throw in.fail("found " + JsonInput.describe(next) + " after the end of the document");
        }
      }
    } catch (AgreementJsonException e) {
      throw e;
    } catch (JsonProcessingException | CharConversionException e) {
      in.catchUp(parser.getParsingContext());
      throw in.fail(JacksonMessages.plain(e), e);
    }
    return value;
  }

  /** A {@code null} document is no agreement; a {@code null} inside a user's own type is absent. */
  @Override
  public T getNullValue(DeserializationContext context) throws AgreementJsonException {
    JsonParser parser = context.getParser();
    if (parser != null && parser.getParsingContext().inRoot()) {
      throw new JsonInput(parser, ignoreUnknown).fail(
          "must not be null: the document is null, not " + article() + " "
              + handledType().getSimpleName());
    }
    return null;
  }

  private String article() {
    return "AEIOU".indexOf(handledType().getSimpleName().charAt(0)) >= 0 ? "an" : "a";
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
