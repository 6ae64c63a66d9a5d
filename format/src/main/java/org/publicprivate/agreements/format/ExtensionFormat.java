package org.publicprivate.agreements.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.Extensions;
import org.publicprivate.agreements.FreeText;

/**
 * The JSON of the {@code extensions} of an agreement, a party, a commitment or a programme: an
 * object of {@code prefix:name} members, each an {@link ExtensionValue}. Objects are written with
 * their members sorted by name in UTF-16 code units, as the model keeps them; a reader takes them in
 * any order and keeps them whole, and rejects what the model cannot hold (a {@code null}, a number
 * with a fraction or outside ±(2^53−1), a top-level name without a prefix, nesting beyond the
 * limit, too many values) at the path of the offending value.
 */
final class ExtensionFormat {
  private static final String WHOLE_NUMBERS = "extensions hold whole numbers within"
      + " ±9007199254740991 (2^53−1), the range every JSON reader keeps exactly; write other"
      + " numbers as text";

  private ExtensionFormat() {}

  /** Reads the extensions object at the current token, giving each to {@code put}. */
  static Object read(Input in, BiConsumer<String, ExtensionValue> put) {
    int[] count = {0};
    in.readMembers(ExtensionValue.class, name -> {
      if (!Extensions.isName(name)) {
        throw in.fail("\"" + Input.shorten(name) + "\" is not an extension name; a top-level name"
            + " is " + Extensions.NAME_RULE);
      }
      put.accept(name, readValue(in, 1, count));
    });
    return count;
  }

  private static ExtensionValue readValue(Input in, int level, int[] count) {
    if (level > ExtensionValue.MAX_DEPTH) {
      throw in.fail("nested more than " + ExtensionValue.MAX_DEPTH + " levels deep; an extension"
          + " value nests at most " + ExtensionValue.MAX_DEPTH + " levels");
    }
    count[0]++;
    Optional<String> tooMany = Extensions.sizeProblem(count[0]);
    if (tooMany.isPresent()) {
      throw in.fail("too many values; an owner's extensions hold " + tooMany.get());
    }
    switch (in.token()) {
      case STRING:
        return ExtensionValue.of(in.string());
      case INTEGER:
        return ExtensionValue.of(wholeNumber(in));
      case DECIMAL:
        throw in.fail("number " + Input.shorten(in.text()) + " has a fraction or an exponent; "
            + WHOLE_NUMBERS);
      case BOOLEAN:
        return ExtensionValue.of(in.bool());
      case START_ARRAY:
        List<ExtensionValue> elements = new ArrayList<>();
        in.readArray(elements, (list, i) -> list.add(readValue(i, level + 1, count)));
        return ExtensionValue.list(elements);
      case START_OBJECT:
        SortedMap<String, ExtensionValue> members = new TreeMap<>();
        in.readMembers(ExtensionValue.class, name -> {
          FreeText.problem(name).ifPresent(problem -> {
            throw in.fail("the name is not valid Unicode: " + problem);
          });
          members.put(name, readValue(in, level + 1, count));
        });
        return ExtensionValue.object(members);
      case NULL:
        throw in.fail("must not be null; extensions hold no null (leave the member out)");
      default:
        throw in.fail("expected text, a whole number, a boolean, a list or an object, found "
            + in.token().description());
    }
  }

  private static long wholeNumber(Input in) {
    String text = in.text();
    long value = in.fits(false) ? Long.parseLong(text) : Long.MAX_VALUE;
    if (value > ExtensionValue.MAX_WHOLE_NUMBER || value < -ExtensionValue.MAX_WHOLE_NUMBER) {
      throw in.fail("number " + Input.shorten(text) + " is out of range; " + WHOLE_NUMBERS);
    }
    return value;
  }

  /** Writes {@code extensions} under {@code name}; nothing when there are none. */
  static Output write(Output out, Name name, SortedMap<String, ExtensionValue> extensions) {
    return extensions.isEmpty() ? out
        : out.value(name, extensions, (o, members) -> writeMembers(o.writer(), members));
  }

  private static void writeMembers(TokenWriter writer, Map<String, ExtensionValue> members) {
    writer.startObject();
    for (Map.Entry<String, ExtensionValue> member : members.entrySet()) {
      writer.name(member.getKey());
      writeValue(writer, member.getValue());
    }
    writer.endObject();
  }

  private static void writeValue(TokenWriter writer, ExtensionValue value) {
    if (value instanceof ExtensionValue.Text text) {
      writer.string(text.value());
    } else if (value instanceof ExtensionValue.WholeNumber number) {
      writer.number(number.value());
    } else if (value instanceof ExtensionValue.Bool bool) {
      writer.bool(bool.value());
    } else if (value instanceof ExtensionValue.ListValue list) {
      writer.startArray();
      for (ExtensionValue element : list.values()) {
        writeValue(writer, element);
      }
      writer.endArray();
    } else {
      writeMembers(writer, ((ExtensionValue.ObjectValue) value).members());
    }
  }
}
