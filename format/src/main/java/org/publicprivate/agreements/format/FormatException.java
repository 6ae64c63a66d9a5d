package org.publicprivate.agreements.format;

import java.util.List;

/**
 * A document, or a part of one, is not in the canonical format: where (the path from the value
 * read to the offending one, and the line and column) and why, in plain words. Each Jackson module
 * reports it as its own exception type, with the same path and reason.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final transient List<Step> path;
  private final int line;
  private final int column;

  FormatException(String reason, List<Step> path, int line, int column, Throwable cause) {
    super(reason, cause);
    this.reason = reason;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** An error in the document as a whole, found before its first token: line 1, column 1. */
  static FormatException atStart(String reason) {
    return new FormatException(reason, List.of(), 1, 1, null);
  }

  /** Input that could not be read at all, reported at the start of the document. */
  public static FormatException atStart(MalformedInputException error) {
    return new FormatException(error.reason(), List.of(), 1, 1, error);
  }

  /** What is wrong, in plain words. */
  public String reason() {
    return reason;
  }

  /** The steps from the value read to the offending one, outermost first. */
  public List<Step> path() {
    return path;
  }

  /** The line of the offending token, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the offending token, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /**
   * One step of a path: a property of an object of the given model type, or an element of a list.
   *
   * @param owner the model type the property belongs to, or {@code List.class} for an element
   * @param property the property's name, or {@code null} for an element
   * @param index the element's index, or -1 for a property
   */
  public record Step(Class<?> owner, String property, int index) {}

  /** The message frameworks show: {@code parties[1].kind: unknown PartyKind "CITY"; …}. */
  public static String message(String renderedPath, String reason) {
    return (renderedPath.isEmpty() ? "(document)" : renderedPath) + ": " + reason;
  }

  /** The message with the line and column, when the line is known. */
  public static String located(String message, int line, int column) {
    return line > 0 ? message + " (line " + line + ", column " + column + ")" : message;
  }

  /** Appends one step, a property name or else an index, to a rendered path. */
  public static void append(StringBuilder text, String property, int index) {
    if (property != null) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(property);
    } else if (index >= 0) {
      text.append('[').append(index).append(']');
    }
  }
}
