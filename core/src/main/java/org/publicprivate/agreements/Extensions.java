package org.publicprivate.agreements;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the {@code extensions} of an {@link Agreement}, a {@link Party}, a {@link Commitment}
 * and a {@link FundedProgramme}: the values users attach under names of their own.
 *
 * <p>A top-level name is {@code prefix:name}, such as {@code busan:investmentDeskId}: the prefix is
 * {@code [a-z][a-z0-9-]{0,31}} and the name {@code [A-Za-z][A-Za-z0-9_.-]{0,63}}, which keeps users'
 * names apart from the format's. Names inside an object value are free. One owner's extensions hold
 * at most {@value #MAX_VALUES} values in all, each top-level value and every value nested in it
 * counted; each value nests at most {@value ExtensionValue#MAX_DEPTH} levels. Text is stored as
 * given, not trimmed and not normalised to NFC: it is the user's data, not ours.
 */
public final class Extensions {
  /** The most values one owner's extensions hold, nested ones included. */
  public static final int MAX_VALUES = ExtensionValue.MAX_VALUES;
  /** What a top-level name must look like, in the words of a message. */
  public static final String NAME_RULE = "prefix:name, the prefix [a-z][a-z0-9-]{0,31} and the"
      + " name [A-Za-z][A-Za-z0-9_.-]{0,63}, such as busan:investmentDeskId";
  private static final Pattern NAME =
      Pattern.compile("[a-z][a-z0-9-]{0,31}:[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private Extensions() {}

  /** Whether {@code name} is a top-level extension name ({@code prefix:name}). */
  public static boolean isName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The problem of one owner's extensions as a whole, or empty: they hold too many values. */
  public static Optional<String> sizeProblem(long valueCount) {
    return valueCount <= MAX_VALUES
        ? Optional.empty()
        : Optional.of("at most " + MAX_VALUES + " values in all, nested ones included");
  }

  /** Checks the names and the size of {@code owner}'s extensions. */
  static void check(String owner, Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return; // most owners have none: no iterator, no closure
    }
    long count = 0;
    for (Map.Entry<String, ExtensionValue> extension : extensions.entrySet()) {
      if (!isName(extension.getKey())) {
        throw new InvalidAttributeException(owner, "extensions", extension.getKey(),
            "named " + NAME_RULE);
      }
      count += extension.getValue().valueCount();
    }
    long total = count;
    sizeProblem(total).ifPresent(problem -> {
      throw new InvalidAttributeException(owner, "extensions", total + " values", problem);
    });
  }
}
