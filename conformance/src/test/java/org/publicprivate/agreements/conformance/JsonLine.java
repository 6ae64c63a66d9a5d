package org.publicprivate.agreements.conformance;

import java.util.List;
import org.publicprivate.agreements.Agreement;

/**
 * One Jackson line as the conformance suite sees it: its {@code AgreementJson.read}, its mappers
 * (strict, with amounts as strings, plain), its writers and its exception. The suite runs every
 * test against {@link #both()}.
 */
interface JsonLine {
  /** The Jackson 2 line, then the Jackson 3 line. */
  static List<JsonLine> both() {
    return List.of(new Jackson2Line(), new Jackson3Line());
  }

  /** {@code AgreementJson.read(byte[])}. */
  Agreement read(byte[] document) throws Exception;

  /** {@code AgreementJson.read(InputStream)}. */
  Agreement read(java.io.InputStream document) throws Exception;

  /** {@code AgreementJson.newMapper().readValue(document, type)}. */
  <T> T readValue(byte[] document, Class<T> type) throws Exception;

  /** The same with a module that ignores unknown properties. */
  <T> T readLeniently(byte[] document, Class<T> type) throws Exception;

  /** A plain mapper with the default module and Jackson's default limits. */
  <T> T readPlain(byte[] document, Class<T> type) throws Exception;

  /** {@code writeValueAsBytes}, compact or indented, amounts as numbers or strings. */
  byte[] write(Object value, boolean amountsAsStrings, boolean pretty);

  /** {@code writeValueAsString} of the strict mapper. */
  String writeString(Object value);

  /** {@code AgreementJson.fingerprint(agreement)}. */
  String fingerprint(Agreement agreement);

  /** {@code AgreementJson.canonicalize(json)}. */
  String canonicalize(String json);

  /** A new strict mapper, its caches empty, as a reader and writer of agreements. */
  Mapper newMapper();

  /** A mapper's {@code readValue} and {@code writeValueAsBytes} for agreements. */
  interface Mapper {
    Agreement read(byte[] document) throws Exception;

    byte[] write(Agreement agreement) throws Exception;
  }

  /** What the module's exception says, or {@code null} when {@code thrown} is not it. */
  Failure failure(Throwable thrown);

  /** Whether {@code thrown} is one of the line's Jackson exceptions (its own or the module's). */
  boolean isJacksonException(Throwable thrown);

  /**
   * What the module's exception says.
   *
   * @param path {@code jsonPath()}
   * @param references Jackson's path references, rendered independently of the module
   * @param reason {@code reason()}
   * @param originalMessage {@code getOriginalMessage()}
   * @param message {@code getMessage()}
   */
  record Failure(String path, String references, String reason, String originalMessage,
      String message) {}
}
