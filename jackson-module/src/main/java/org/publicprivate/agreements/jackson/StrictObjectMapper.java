package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The mapper {@link AgreementJson#newMapper()} returns. Errors in a document's first token (an
 * empty file, bytes that are not JSON, an encoding that cannot be decoded) happen in the mapper
 * before any deserializer runs; this mapper reports them, for the model's types, as the
 * {@link AgreementJsonException} every other error is, at the document's path.
 */
final class StrictObjectMapper extends ObjectMapper {
  private static final long serialVersionUID = 1L;

  StrictObjectMapper(JsonFactory factory) {
    super(factory);
  }

  private StrictObjectMapper(StrictObjectMapper source) {
    super(source);
  }

  @Override
  public ObjectMapper copy() {
    _checkInvalidCopy(StrictObjectMapper.class);
    return new StrictObjectMapper(this);
  }

  @Override
  protected JsonToken _initForReading(JsonParser parser, JavaType type) throws IOException {
    boolean ours = type.getRawClass().getPackageName().equals("org.publicprivate.agreements");
    try {
      JsonToken first = super._initForReading(parser, type);
      return first;
    } catch (JsonProcessingException | CharConversionException e) {
      if (!ours || e instanceof AgreementJsonException) {
        throw e;
      }
      String reason = parser.currentToken() == null && e.getMessage() != null
          && e.getMessage().startsWith("No content to map")
          ? "the document is empty"
          : JacksonMessages.plain(e);
      throw new JsonInput(parser, false).fail(reason, e);
    }
  }
}
