package org.publicprivate.agreements.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of an agreement: where it is, what happened, and the values
 * before and after, as the model holds them (a {@code String}, a {@code MoneyAmount}, a
 * {@code List<PartyId>}, a whole {@code Commitment} for an added or removed commitment…).
 *
 * <pre>{@code
 * change.path();   // "commitments[2].pledgedAmount.amount"
 * change.kind();   // CHANGED
 * change.before(); // Optional[100000000000]
 * change.after();  // Optional[120000000000]
 * }</pre>
 *
 * @param path the JSON path of the attribute or element, such as {@code commitments[2].due}; see
 *     {@link AgreementDiff} for which index an element matched by id has
 * @param kind what happened
 * @param before the earlier value: empty exactly when the kind is {@link ChangeKind#ADDED}
 * @param after the later value: empty exactly when the kind is {@link ChangeKind#REMOVED}
 */
public record Change(String path, ChangeKind kind, Optional<Object> before, Optional<Object> after) {
  /**
   * Checks that the values fit the kind.
   *
   * @throws IllegalArgumentException when a value is given that the kind has not, or missing that
   *     it has
   */
  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isPresent() != (kind != ChangeKind.ADDED)
        || after.isPresent() != (kind != ChangeKind.REMOVED)) {
      throw new IllegalArgumentException("Change " + kind + " at " + path
          + ": an ADDED change has only a value after, a REMOVED one only a value before, a"
          + " CHANGED one both; was before " + before + ", after " + after);
    }
  }

  /** The change as one line: {@code path: before → after}, with {@code (none)} for no value. */
  @Override
  public String toString() {
    return path + ": " + before.map(String::valueOf).orElse("(none)") + " → "
        + after.map(String::valueOf).orElse("(none)");
  }
}
