package org.publicprivate.agreements.conformance;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson3.AgreementJson;
import org.publicprivate.agreements.jackson3.AgreementJsonException;
import org.publicprivate.agreements.jackson3.AgreementModule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module, {@code org.publicprivate.agreements.jackson3}. */
final class Jackson3Line implements JsonLine {
  private static final JsonMapper STRICT = AgreementJson.newMapper();
  private static final JsonMapper STRINGS =
      AgreementJson.newMapper(AgreementModule.builder().amountsAsStrings(true).build());
  private static final JsonMapper LENIENT =
      AgreementJson.newMapper(AgreementModule.builder().ignoreUnknownProperties(true).build());
  private static final JsonMapper PLAIN =
      JsonMapper.builder().addModule(new AgreementModule()).build();

  @Override
  public Agreement read(byte[] document) {
    return AgreementJson.read(document);
  }

  @Override
  public Agreement read(java.io.InputStream document) throws java.io.IOException {
    return AgreementJson.read(document);
  }

  @Override
  public <T> T readValue(byte[] document, Class<T> type) {
    return STRICT.readValue(document, type);
  }

  @Override
  public <T> T readLeniently(byte[] document, Class<T> type) {
    return LENIENT.readValue(document, type);
  }

  @Override
  public <T> T readPlain(byte[] document, Class<T> type) {
    return PLAIN.readValue(document, type);
  }

  @Override
  public byte[] write(Object value, boolean amountsAsStrings, boolean pretty) {
    JsonMapper mapper = amountsAsStrings ? STRINGS : STRICT;
    ObjectWriter writer = pretty ? AgreementJson.prettyWriter(mapper) : mapper.writer();
    return writer.writeValueAsBytes(value);
  }

  @Override
  public String writeString(Object value) {
    return STRICT.writeValueAsString(value);
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
    JsonMapper mapper = AgreementJson.newMapper();
    return new Mapper() {
      @Override
      public Agreement read(byte[] document) {
        return mapper.readValue(document, Agreement.class);
      }

      @Override
      public byte[] write(Agreement agreement) {
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
    for (JacksonException.Reference reference : error.getPath()) {
      Paths.append(references, reference.getPropertyName(), reference.getIndex());
    }
    return new Failure(error.jsonPath(), references.toString(), error.reason(),
        error.getOriginalMessage(), error.getMessage());
  }

  @Override
  public boolean isJacksonException(Throwable thrown) {
    return thrown instanceof JacksonException;
  }

  @Override
  public String toString() {
    return "Jackson 3";
  }
}
