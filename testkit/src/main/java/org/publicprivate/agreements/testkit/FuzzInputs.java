package org.publicprivate.agreements.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.publicprivate.agreements.Agreement;

/**
 * Inputs for {@link Fuzz}: mutated agreement documents, and mutated texts for the Korean parsers.
 *
 * <p>{@link #agreementDocuments(Function)} writes 64 generated valid agreements once with the
 * caller's writer (this module depends on no JSON library), reads each into a tree and mutates the
 * tree the way a careless producer or an attacker would: values swapped between attributes,
 * elements and members duplicated or dropped, ids made to clash, values nested thousands deep,
 * texts made long or odd (combining marks, escaped lone surrogates, NUL, direction overrides,
 * full-width digits), values of the wrong JSON type; then, now and again, the bytes: a byte order
 * mark in front, the document cut short, a byte flipped.
 *
 * <p>{@link #texts(Gen)} mutates valid texts of a parser (such as {@code 12억 3,400만 원}) by
 * characters: Korean units, digits of other scripts, separators and spaces inserted, characters
 * dropped, duplicated and swapped, runs of digits long enough to overflow, the text repeated
 * thousands of times, and the same odd characters.
 */
public final class FuzzInputs {
  private static final int DOCUMENTS = 64;
  /** The longest text a mutation makes by repeating: long enough to show a quadratic cost. */
  private static final int MAX_TEXT = 100_000;
  private static final String[] ODD_TEXTS = {"", " ", "\u0000", "\uD800", "\uDFFF", "\u202E",
      "\u200B", "\uFEFF", "e\u0301\u0301\u0301", "１２３", "١٢٣", "⑫", "가".repeat(301), "\t\n",
      "\"", "\\", "null", "NaN", "-0", "9".repeat(40), "조경해", "\uD83D\uDE00", "ｗｏｎ", "\u00A0"};
  private static final String[] JSON_ODD_VALUES = {"null", "true", "0", "-0", "1e999", "-1",
      "0.5", "99999999999999999999999999999", "[]", "{}", "\"\"", "\"\\uD800\"", "\"\\u0000\"",
      "\"\\uDC00x\"", "\"a\\u0301\\u0301\"", "\"\\u202E\"", "\"１２억\"", "[null]", "{\"\":1}"};
  private static final String[] TEXT_INSERTIONS = {"0", "1", "9", "00", "십", "백", "천", "만", "억",
      "조", "경", "원", ",", ".", "-", "+", " ", "\u00A0", "\u3000", "e", "E", "%", "/", "(", ")",
      "개", "명", "㎡", "USD", "달러", "약", "여", "이상", "-", "--", "T", ":", "０", "٣", "\u0301",
      "\uD800", "\uDFFF", "\u0000", "\uFEFF", "\u202E"};
  private static final byte[][] BYTE_ORDER_MARKS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF}};

  private FuzzInputs() {
  }

  /**
   * Mutated agreement documents, each from one of 64 valid generated agreements written with
   * {@code writer}.
   *
   * @param writer writes an agreement as JSON, such as {@code AgreementJson.write}
   * @return the documents, as UTF-8 bytes (or not UTF-8 at all, now and again)
   */
  public static Gen<byte[]> agreementDocuments(Function<Agreement, String> writer) {
    Objects.requireNonNull(writer, "writer");
    List<Object> trees = new ArrayList<>();
    return Gens.composite("mutated agreement documents", draw -> {
      long seed = draw.next(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
      synchronized (trees) {
        if (trees.isEmpty()) {
          AgreementGens.validAgreements().samples(20261130L).limit(DOCUMENTS)
              .forEach(agreement -> trees.add(new JsonTree(writer.apply(agreement)).value()));
        }
      }
      SplittableRandom random = new SplittableRandom(seed);
      return mutateDocument(trees.get(random.nextInt(trees.size())), random);
    });
  }

  /**
   * Mutated texts: each a text of {@code valid} with one to four character mutations.
   *
   * @param valid valid texts of the parser, such as {@code MoneyAmount::toKoreanString} of
   *     generated amounts
   * @return the texts
   */
  public static Gen<String> texts(Gen<String> valid) {
    Objects.requireNonNull(valid, "valid");
    return Gens.composite("mutated " + valid, draw -> {
      String text = draw.next(valid);
      long seed = draw.next(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
      SplittableRandom random = new SplittableRandom(seed);
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        String mutated = mutateText(text, random);
        text = mutated.length() > 2 * MAX_TEXT ? text : mutated;
      }
      return text;
    });
  }

  static String mutateText(String text, SplittableRandom random) {
    int at = random.nextInt(text.length() + 1);
    switch (random.nextInt(11)) {
      case 0, 1:
        return text.substring(0, at) + pick(TEXT_INSERTIONS, random) + text.substring(at);
      case 2:
        return text.isEmpty() ? text : remove(text, random.nextInt(text.length()));
      case 3: {
        int end = at + random.nextInt(text.length() - at + 1);
        return text.substring(0, end) + text.substring(at, end) + text.substring(end);
      }
      case 4: {
        if (text.length() < 2) {
          return text;
        }
        int i = random.nextInt(text.length() - 1);
        return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
      }
      case 5:
        return text.substring(0, at) + "9".repeat(1 + random.nextInt(60)) + text.substring(at);
      case 6: // repeated, now and again up to MAX_TEXT characters
        return text.repeat(1 + random.nextInt(random.nextInt(20) == 0
            ? Math.max(1, MAX_TEXT / Math.max(1, text.length())) : 4));
      case 7:
        return text.substring(0, at);
      case 8:
        return text.substring(0, at) + pick(ODD_TEXTS, random) + text.substring(at);
      case 9:
        return " ".repeat(random.nextInt(3)) + text + " ".repeat(random.nextInt(3));
      default:
        return text.substring(0, at) + "만".repeat(1 + random.nextInt(5)) + text.substring(at);
    }
  }

  private static String remove(String text, int i) {
    return text.substring(0, i) + text.substring(i + 1);
  }

  static byte[] mutateDocument(Object tree, SplittableRandom random) {
    Object[] root = {copy(tree)};
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      root[0] = mutateTree(root[0], random);
    }
    byte[] bytes = JsonTree.write(root[0]).getBytes(UTF_8);
    switch (random.nextInt(12)) {
      case 0:
        return concat(BYTE_ORDER_MARKS[random.nextInt(BYTE_ORDER_MARKS.length)], bytes);
      case 1:
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 2: {
        byte[] flipped = bytes.clone();
        if (flipped.length > 0) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      }
      default:
        return bytes;
    }
  }

  private static Object mutateTree(Object root, SplittableRandom random) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (slots.isEmpty()) {
      return root;
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    switch (random.nextInt(9)) {
      case 0: { // swap the values of two attributes
        Slot other = slots.get(random.nextInt(slots.size()));
        Object value = slot.get();
        slot.set(other.get());
        other.set(value);
        return root;
      }
      case 1: // duplicate an element or a member
        slot.duplicate();
        return root;
      case 2: // drop an element or a member
        slot.drop();
        return root;
      case 3: { // clash ids: one id takes another's value
        List<Slot> ids = slots.stream().filter(s -> s.name() != null
            && (s.name().equals("id") || s.name().endsWith("Id")) && s.get() instanceof String)
            .toList();
        if (ids.size() >= 2) {
          ids.get(random.nextInt(ids.size())).set(ids.get(random.nextInt(ids.size())).get());
        }
        return root;
      }
      case 4: { // deep nesting, as nested values or, thousands deep, as raw text
        Object value = slot.get();
        if (random.nextInt(4) == 0) {
          int depth = 1_000 + random.nextInt(20_000);
          boolean arrays = random.nextBoolean();
          slot.set(new JsonTree.Raw((arrays ? "[" : "{\"a\":").repeat(depth)
              + (random.nextBoolean() ? JsonTree.write(value) : "")
              + (arrays ? "]" : "}").repeat(depth)));
          return root;
        }
        int depth = 1 + random.nextInt(60);
        for (int d = 0; d < depth; d++) {
          List<Object> wrapper = random.nextBoolean() ? new ArrayList<>() : new JsonTree.JsonObject();
          wrapper.add(wrapper instanceof JsonTree.JsonObject ? new SimpleEntry<>("a", value) : value);
          value = wrapper;
        }
        slot.set(value);
        return root;
      }
      case 5: { // long or odd text
        String odd = pick(ODD_TEXTS, random);
        String text = random.nextInt(3) == 0 && !odd.isEmpty()
            ? odd.repeat(1 + random.nextInt(Math.max(1, MAX_TEXT / odd.length()))) : odd;
        slot.set(text);
        return root;
      }
      case 6: // a value of another JSON type, or an odd literal
        slot.set(new JsonTree.Raw(pick(JSON_ODD_VALUES, random)));
        return root;
      case 7: { // a text value mutated as a parser's input would be
        if (slot.get() instanceof String text) {
          slot.set(mutateText(text, random));
        }
        return root;
      }
      default: { // a member renamed, to an unknown, empty or duplicated name
        if (slot.name() != null) {
          Slot other = slots.get(random.nextInt(slots.size()));
          slot.rename(random.nextBoolean() && other.name() != null ? other.name()
              : pick(new String[] {"", "x", "formatVersion", "ID", "id ", "\u0000"}, random));
        }
        return root;
      }
    }
  }

  private static <T> T pick(T[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }

  /** A deep copy of a tree: arrays, objects (lists of entries), strings and raw JSON. */
  private static Object copy(Object value) {
    if (value instanceof List<?> list) {
      List<Object> copied = value instanceof JsonTree.JsonObject ? new JsonTree.JsonObject()
          : new ArrayList<>(list.size());
      for (Object element : list) {
        if (element instanceof Map.Entry<?, ?> entry) {
          copied.add(new SimpleEntry<>((String) entry.getKey(), copy(entry.getValue())));
        } else {
          copied.add(copy(element));
        }
      }
      return copied;
    }
    return value;
  }

  private static void collect(Object value, List<Slot> slots) {
    if (!(value instanceof List<?>)) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) value;
    for (int i = 0; i < list.size(); i++) {
      slots.add(new Slot(list, i));
      Object element = list.get(i);
      collect(element instanceof Map.Entry<?, ?> entry ? entry.getValue() : element, slots);
    }
  }

  /** A place in the tree: an element of an array, or a member of an object. */
  private record Slot(List<Object> list, int index) {
    String name() {
      return index < list.size() && list.get(index) instanceof Map.Entry<?, ?> entry
          ? (String) entry.getKey() : null;
    }

    Object get() {
      if (index >= list.size()) {
        return null;
      }
      Object element = list.get(index);
      return element instanceof Map.Entry<?, ?> entry ? entry.getValue() : element;
    }

    void set(Object value) {
      if (index >= list.size()) {
        return;
      }
      String name = name();
      list.set(index, name != null ? new SimpleEntry<>(name, value) : value);
    }

    void rename(String name) {
      if (index < list.size()) {
        list.set(index, new SimpleEntry<>(name, get()));
      }
    }

    void duplicate() {
      if (index < list.size()) {
        Object element = list.get(index);
        list.add(index, element instanceof Map.Entry<?, ?> entry
            ? new SimpleEntry<>((String) entry.getKey(), copy(entry.getValue())) : copy(element));
      }
    }

    void drop() {
      if (index < list.size()) {
        list.remove(index);
      }
    }
  }
}
