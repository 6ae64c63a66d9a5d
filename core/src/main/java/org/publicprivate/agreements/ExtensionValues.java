package org.publicprivate.agreements;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The limits of {@link ExtensionValue}'s lists and objects, and their sorted copies. */
final class ExtensionValues {
  private ExtensionValues() {}

  static int depth(Iterable<ExtensionValue> values) {
    int deepest = 0;
    for (ExtensionValue value : values) {
      deepest = Math.max(deepest, value.depth());
    }
    return deepest + 1;
  }

  static int valueCount(Iterable<ExtensionValue> values) {
    long count = 1;
    for (ExtensionValue value : values) {
      count += value.valueCount();
    }
    return (int) Math.min(count, Integer.MAX_VALUE);
  }

  static void check(String kind, Iterable<ExtensionValue> values) {
    int depth = depth(values);
    if (depth > ExtensionValue.MAX_DEPTH) {
      throw new InvalidAttributeException("ExtensionValue", kind, "nested " + depth + " levels deep",
          "at most " + ExtensionValue.MAX_DEPTH + " levels deep");
    }
    int count = valueCount(values);
    if (count > ExtensionValue.MAX_VALUES) {
      throw new InvalidAttributeException("ExtensionValue", kind, "a value of " + count + " values",
          "at most " + ExtensionValue.MAX_VALUES + " values, nested ones included");
    }
  }

  /**
   * {@code members} sorted by name in UTF-16 code units, or null for null; a null name fails as
   * {@link ExtensionValue.ObjectValue} says, not as {@link TreeMap} would.
   */
  static SortedMap<String, ExtensionValue> sorted(Map<String, ? extends ExtensionValue> members) {
    if (members == null) {
      return null;
    }
    TreeMap<String, ExtensionValue> sorted = new TreeMap<>();
    for (Map.Entry<String, ? extends ExtensionValue> member : members.entrySet()) {
      if (member.getKey() == null) {
        throw new InvalidAttributeException("ExtensionValue", "object", "a null name",
            "named values; extensions have no null");
      }
      sorted.put(member.getKey(), member.getValue());
    }
    return sorted;
  }
}
