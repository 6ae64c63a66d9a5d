package org.publicprivate.agreements.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.jackson.AgreementJsonException;
import org.publicprivate.agreements.jackson.AgreementModule;

/** The Jackson 2 module, {@code org.publicprivate.agreements.jackson}. */
final class Jackson2Line implements JsonLine {
  private static final ObjectMapper STRICT = AgreementJson.newMapper();
  private static final ObjectMapper STRINGS =
      AgreementJson.newMapper(AgreementModule.builder().amountsAsStrings(true).build());
  private static final ObjectMapper LENIENT =
      AgreementJson.newMapper(AgreementModule.builder().ignoreUnknownProperties(true).build());
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new AgreementModule());

  @Override
  public Agreement read(byte[] document) throws Exception {
    return AgreementJson.read(document);
  }

  @Override
  public Agreement read(java.io.InputStream document) throws java.io.IOException {
    return AgreementJson.read(document);
  }

  @Override
  public <T> T readValue(byte[] document, Class<T> type) throws Exception {
    return STRICT.readValue(document, type);
  }

  @Override
  public <T> T readLeniently(byte[] document, Class<T> type) throws Exception {
    return LENIENT.readValue(document, type);
  }

  @Override
  public <T> T readPlain(byte[] document, Class<T> type) throws Exception {
    return PLAIN.readValue(document, type);
  }

  @Override
  public byte[] write(Object value, boolean amountsAsStrings, boolean pretty) {
    ObjectMapper mapper = amountsAsStrings ? STRINGS : STRICT;
    ObjectWriter writer = pretty ? AgreementJson.prettyWriter(mapper) : mapper.writer();
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String writeString(Object value) {
    try {
      return STRICT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String fingerprint(Agreement agreement) {
    return AgreementJson.fingerprint(agreement);
  }

  @Override
  public String canonicalize(String json) {
    return AgreementJson.canonicalize(json);
  }

  @Override
  public Mapper newMapper() {
    ObjectMapper mapper = AgreementJson.newMapper();
    return new Mapper() {
      @Override
      public Agreement read(byte[] document) throws Exception {
        return mapper.readValue(document, Agreement.class);
      }

      @Override
      public byte[] write(Agreement agreement) throws Exception {
        return mapper.writeValueAsBytes(agreement);
      }
    };
  }

  @Override
  public Failure failure(Throwable thrown) {
    if (!(thrown instanceof AgreementJsonException error)) {
      return null;
    }
    StringBuilder references = new StringBuilder();
    for (JsonMappingException.Reference reference : error.getPath()) {
      Paths.append(references, reference.getFieldName(), reference.getIndex());
    }
    return new Failure(error.jsonPath(), references.toString(), error.reason(),
        error.getOriginalMessage(), error.getMessage());
  }

  @Override
  public boolean isJacksonException(Throwable thrown) {
    return thrown instanceof JsonProcessingException;
  }

  @Override
  public String toString() {
    return "Jackson 2";
  }
}
