package org.publicprivate.agreements.format;

import java.util.ArrayList;
import java.util.Comparator;

/**
 * The parts of a JSON value held for canonicalization (RFC 8785): a string is a {@link String}, an
 * array an {@link ArrayList} of values, an object {@link Members}, and numbers and the literals
 * {@link Literal}s already in their canonical text.
 */
final class CanonicalTree {
  private CanonicalTree() {}

  /** A number, {@code true}, {@code false} or {@code null}, as RFC 8785 writes it. */
  record Literal(String text) {
    static final Literal TRUE = new Literal("true");
    static final Literal FALSE = new Literal("false");
    static final Literal NULL = new Literal("null");
  }

  /** One member of an object, with the offset of its name in the input (-1 when none). */
  record Member(String name, int offset, Object value) {}

  /** The members of an object; {@link #sortByName()} puts them in RFC 8785 order. */
  static final class Members extends ArrayList<Member> {
    private static final long serialVersionUID = 1L;
    private static final Comparator<Member> BY_NAME = Comparator.comparing(Member::name);

    /** Sorts the members by name in UTF-16 code units, as RFC 8785 orders them. */
    void sortByName() {
      super.sort(BY_NAME);
    }

    /**
     * Sorts the members by name in UTF-16 code units ({@link String#compareTo}), as RFC 8785
     * orders them, and returns null, or the first two members found that share a name, the
     * earlier in the input first.
     */
    Member[] sortFindingDuplicate() {
      sortByName();
      if (size() > 1) {
        for (int i = 1; i < size(); i++) {
          Member one = get(i - 1);
          Member other = get(i);
          if (one.name().equals(other.name())) {
            return one.offset() <= other.offset() ? new Member[] {one, other}
                : new Member[] {other, one};
          }
        }
      }
      return null;
    }
  }
}
