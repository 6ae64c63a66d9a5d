package org.publicprivate.agreements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A value a user attaches to an agreement's parts under a name of their own: text, a whole number,
 * a boolean, a list of values, or an object of named values; there is no null. Immutable, with
 * value equality; an object's members are kept sorted by name in UTF-16 code units (as RFC 8785
 * orders them), so two objects with the same members are equal whatever order they were given in.
 *
 * <pre>{@code
 * ExtensionValue desk = ExtensionValue.object(Map.of(
 *     "deskId", ExtensionValue.of("INV-2023-0142"),
 *     "priority", ExtensionValue.of(2),
 *     "tags", ExtensionValue.list(ExtensionValue.of("미래차"), ExtensionValue.of(true))));
 * desk.toString()   // {"deskId": "INV-2023-0142", "priority": 2, "tags": ["미래차", true]}
 * }</pre>
 *
 * <p>Limits, hard invariants checked as a value is built ({@link InvalidAttributeException}):
 * <ul>
 *   <li>a whole number is within ±(2^53−1) ({@link #MAX_WHOLE_NUMBER}), the range every JSON
 *       reader keeps exactly; other numbers go as text;
 *   <li>text is valid Unicode and stream-safe, as all text of the model ({@link FreeText}), and is
 *       otherwise <em>stored as given</em>: not trimmed and not normalised to NFC, since it is the
 *       user's data, not ours (names in extensions are stored as given too);
 *   <li>nesting is at most {@value #MAX_DEPTH} levels: text, a number or a boolean is one level,
 *       and each list or object around it adds one;
 *   <li>one value holds at most {@value #MAX_VALUES} values, itself and every nested one counted.
 * </ul>
 */
public sealed interface ExtensionValue {
  /** The largest whole number, 2^53−1; the smallest is its negation. */
  long MAX_WHOLE_NUMBER = (1L << 53) - 1;
  /** The most levels of nesting of one value. */
  int MAX_DEPTH = 16;
  /** The most values one value holds, itself included. */
  int MAX_VALUES = 10_000;

  /** Text, stored as given. */
  static ExtensionValue of(String text) {
    return new Text(text);
  }

  /** A whole number within ±(2^53−1). */
  static ExtensionValue of(long wholeNumber) {
    return new WholeNumber(wholeNumber);
  }

  /** A boolean. */
  static ExtensionValue of(boolean value) {
    return new Bool(value);
  }

  /** A list of values, in the order given. */
  static ExtensionValue list(ExtensionValue... values) {
    return new ListValue(values == null ? null : Arrays.asList(values.clone()));
  }

  /** A list of values, in the order given. */
  static ExtensionValue list(List<? extends ExtensionValue> values) {
    return new ListValue(values == null ? null : new ArrayList<>(values));
  }

  /** An object of named values, kept sorted by name. */
  static ExtensionValue object(Map<String, ? extends ExtensionValue> members) {
    return new ObjectValue(ExtensionValues.sorted(members));
  }

  /** The levels of nesting of this value: 1 for text, numbers and booleans. */
  default int depth() {
    return 1;
  }

  /**
   * The values this value holds, itself and every nested one counted: 1 for text, numbers and
   * booleans.
   */
  default int valueCount() {
    return 1;
  }

  /** Text, stored as given: not trimmed, not normalised. */
  record Text(String value) implements ExtensionValue {
    /** Checks the text: present, valid Unicode and stream-safe. */
    public Text {
      if (value == null) {
        throw new InvalidAttributeException("ExtensionValue", "text", "null",
            "text; extensions have no null");
      }
      FreeText.problem(value).ifPresent(problem -> {
        throw new InvalidAttributeException("ExtensionValue", "text", value,
            "valid Unicode and stream-safe: " + problem);
      });
    }

    @Override
    public String toString() {
      return quote(value);
    }
  }

  /** A whole number within ±(2^53−1). */
  record WholeNumber(long value) implements ExtensionValue {
    /** Checks the range. */
    public WholeNumber {
      if (value > MAX_WHOLE_NUMBER || value < -MAX_WHOLE_NUMBER) {
        throw new InvalidAttributeException("ExtensionValue", "wholeNumber", value,
            "within ±9007199254740991 (2^53−1), the range every JSON reader keeps exactly;"
                + " write other numbers as text");
      }
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements ExtensionValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A list of values, unmodifiable, in the order given. */
  record ListValue(List<ExtensionValue> values) implements ExtensionValue {
    /** Checks the elements and the limits, and keeps an unmodifiable copy. */
    public ListValue {
      if (values == null) {
        throw new InvalidAttributeException("ExtensionValue", "list", "null",
            "a list; extensions have no null");
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          throw new InvalidAttributeException("ExtensionValue", "list[" + i + "]", "null",
              "a value; extensions have no null");
        }
      }
      values = List.copyOf(values);
      ExtensionValues.check("list", values);
    }

    @Override
    public int depth() {
      return ExtensionValues.depth(values);
    }

    @Override
    public int valueCount() {
      return ExtensionValues.valueCount(values);
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }

  /** An object of named values, unmodifiable, sorted by name in UTF-16 code units. */
  record ObjectValue(SortedMap<String, ExtensionValue> members) implements ExtensionValue {
    /** Checks the names, the values and the limits, and keeps an unmodifiable sorted copy. */
    public ObjectValue {
      if (members == null) {
        throw new InvalidAttributeException("ExtensionValue", "object", "null",
            "an object; extensions have no null");
      }
      TreeMap<String, ExtensionValue> copy = new TreeMap<>();
      for (Map.Entry<String, ExtensionValue> member : members.entrySet()) {
        String name = member.getKey();
        if (name == null) {
          throw new InvalidAttributeException("ExtensionValue", "object", "a null name",
              "named values; extensions have no null");
        }
        FreeText.problem(name).ifPresent(problem -> {
          throw new InvalidAttributeException("ExtensionValue", "object", name,
              "a name of valid Unicode: " + problem);
        });
        if (member.getValue() == null) {
          throw new InvalidAttributeException("ExtensionValue", "object." + name, "null",
              "a value; extensions have no null");
        }
        copy.put(name, member.getValue());
      }
      members = Collections.unmodifiableSortedMap(copy);
      ExtensionValues.check("object", members.values());
    }

    @Override
    public int depth() {
      return ExtensionValues.depth(members.values());
    }

    @Override
    public int valueCount() {
      return ExtensionValues.valueCount(members.values());
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("{");
      for (Map.Entry<String, ExtensionValue> member : members.entrySet()) {
        text.append(text.length() > 1 ? ", " : "").append(quote(member.getKey())).append(": ")
            .append(member.getValue());
      }
      return text.append('}').toString();
    }
  }

  /** Text in quotes for {@code toString}, with quotes and backslashes escaped. */
  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
