package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.publicprivate.agreements.format.FormatException;

/**
 * Thrown when a JSON document is not a valid agreement (or part of one) in the canonical format:
 * malformed JSON, an unknown or repeated property, a {@code null} or wrong type where a value is
 * required, a fraction of a won, an unknown enum constant, a broken hard invariant of the model.
 *
 * <p>{@link #getOriginalMessage()} (what frameworks such as Spring show) is the JSON path in the
 * model's own terms and what is wrong in plain words; {@link #getMessage()} adds, when known, where
 * in the text:
 *
 * <pre>{@code
 * parties[1].kind: unknown PartyKind "CITY"; expected one of CENTRAL_GOVERNMENT, … (line 14, column 15)
 * }</pre>
 *
 * {@link #jsonPath()} and {@link #reason()} give the two parts; {@link #getPath()} gives Jackson's
 * references, so a document nested in a user's own type reports the full path.
 */
public final class AgreementJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;
  private final int column;

  private AgreementJsonException(FormatException error) {
    super(null, error.reason(), error);
    this.reason = error.reason();
    this.line = error.line();
    this.column = error.column();
  }

  /** The format's error as this exception, with the same path, reason, line and column. */
  static AgreementJsonException of(FormatException error) {
    AgreementJsonException exception = new AgreementJsonException(error);
    List<FormatException.Step> path = error.path();
    for (int i = path.size() - 1; i >= 0; i--) {
      FormatException.Step step = path.get(i);
      exception.prependPath(step.property() != null
          ? new Reference(step.owner(), step.property())
          : new Reference(step.owner(), step.index()));
    }
    return exception;
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
    StringBuilder text = new StringBuilder();
    for (Reference reference : getPath()) {
      FormatException.append(text, reference.getFieldName(), reference.getIndex());
    }
    return text.toString();
  }

  /** The path and the reason: {@code parties[1].kind: unknown PartyKind "CITY"; …}. */
  @Override
  public String getOriginalMessage() {
    return FormatException.message(jsonPath(), reason);
  }

  /** Where in the text the problem is, when known: line and column. */
  @Override
  public JsonLocation getLocation() {
    return line > 0 ? new JsonLocation(ContentReference.unknown(), -1L, line, column) : null;
  }

  /** The path, the reason and, when known, the line and column. */
  @Override
  public String getMessage() {
    JsonLocation location = getLocation();
    return location == null
        ? getOriginalMessage()
        : FormatException.located(getOriginalMessage(), location.getLineNr(), location.getColumnNr());
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
