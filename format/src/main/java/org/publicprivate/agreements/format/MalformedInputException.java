package org.publicprivate.agreements.format;

/**
 * Thrown by a {@link TokenReader} when the input is not JSON or breaks one of the reader's {@link
 * Limits}; the format adds the path at which it happened and reports a {@link FormatException}.
 */
public final class MalformedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private MalformedInputException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The input is not JSON; {@code detail} is what the parser said, without a location. */
  public static MalformedInputException notJson(String detail, Throwable cause) {
    return new MalformedInputException("the input is not valid JSON: " + detail, cause);
  }

  /** The input breaks one of the {@link Limits}; {@code detail} is what the parser said. */
  public static MalformedInputException tooLarge(String detail, Throwable cause) {
    return new MalformedInputException(
        "the document is larger than the reader allows: " + detail, cause);
  }

  /** The reason, in plain words. */
  public String reason() {
    return getMessage();
  }
}
