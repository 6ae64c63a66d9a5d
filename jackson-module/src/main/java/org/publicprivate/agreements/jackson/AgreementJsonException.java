package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Thrown when a JSON document is not a valid agreement (or part of one) in the canonical format:
 * malformed JSON, an unknown or repeated property, a {@code null} or wrong type where a value is
 * required, a fraction of a won, an unknown enum constant, a broken hard invariant of the model.
 *
 * <p>The message starts with the JSON path in the model's own terms, then says what is wrong in
 * plain words and, when known, where in the text:
 *
 * <pre>{@code
 * parties[1].kind: unknown value "CITY"; expected one of CENTRAL_GOVERNMENT, LOCAL_GOVERNMENT, … (line 14, column 15)
 * }</pre>
 *
 * {@link #jsonPath()} and {@link #reason()} give the two parts; {@link #getPath()} gives Jackson's
 * references, so a document nested in a user's own type reports the full path.
 */
public final class AgreementJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  AgreementJsonException(String reason, JsonLocation location, Throwable cause) {
    super(reason, location, cause);
    this.reason = reason;
  }

  /** What is wrong, in plain words, without the path and the location. */
  public String reason() {
    return reason;
  }

  /**
   * Where in the document, such as {@code parties[1].kind} or {@code commitments[0]}; empty for the
   * document itself.
   */
  public String jsonPath() {
    return JsonPaths.render(getPath());
  }

  @Override
  public String getOriginalMessage() {
    return reason;
  }

  @Override
  public String getMessage() {
    String path = jsonPath();
    StringBuilder text = new StringBuilder(path.isEmpty() ? "(document)" : path)
        .append(": ")
        .append(reason);
    JsonLocation location = getLocation();
    if (location != null && location.getLineNr() > 0) {
      text.append(" (line ").append(location.getLineNr())
          .append(", column ").append(location.getColumnNr()).append(')');
    }
    return text.toString();
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }

  /** Renders Jackson's path references as {@code parties[1].kind}. */
  static final class JsonPaths {
    private JsonPaths() {}

    static String render(List<Reference> path) {
      StringBuilder text = new StringBuilder();
      for (Reference reference : path) {
        if (reference.getFieldName() != null) {
          if (text.length() > 0) {
            text.append('.');
          }
          text.append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          text.append('[').append(reference.getIndex()).append(']');
        }
      }
      return text.toString();
    }
  }
}
