package org.publicprivate.agreements.testkit;

import java.util.List;

/**
 * One evaluation of a property: the choices read to generate the value, their spans, the value,
 * and how the property failed on it ({@code null} when it held or the value could not be generated).
 */
record Attempt(long[] choices, List<Choices.Span> spans, Object value, Failure failure) {

  /** How a property failed: an exception it threw, or (when {@code thrown} is null) a false result. */
  record Failure(Throwable thrown) {

    static final Failure FALSE = new Failure(null);

    /** Whether both are false results, or both threw exceptions of one class. */
    boolean sameKindAs(Failure other) {
      return thrown == null
          ? other.thrown == null
          : other.thrown != null && thrown.getClass() == other.thrown.getClass();
    }

    /** The failure in words, for the report. */
    String describe() {
      return thrown == null ? "predicate was false" : thrown.toString();
    }
  }
}
