package org.publicprivate.agreements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes and reads quantities as Korean text: the number as {@link KoreanNumbers} writes and reads
 * it, the unit word of {@link QuantityUnit}, a label, and the qualifier words of
 * {@link Qualifier#split}.
 *
 * <p>The text is {@code [qualifier] number[여] [unit word][(label)] [qualifier]}, or for
 * {@link QuantityUnit#OTHER} {@code [qualifier] number label [qualifier]}. A label of OTHER that
 * itself ends in a qualifier word (이상, 내외…) or starts with a digit or a Korean unit reads back
 * otherwise; the press writes no such label.
 */
final class KoreanQuantityFormat {
  private static final String LARGEST =
      KoreanNumbers.appendKorean(new StringBuilder(), Quantity.MAX_VALUE).toString();

  private KoreanQuantityFormat() {}

  static String format(Quantity quantity) {
    StringBuilder text = KoreanNumbers.appendKorean(new StringBuilder(24), quantity.value());
    if (quantity.unit() == QuantityUnit.OTHER) {
      text.append(' ').append(quantity.label().orElseThrow());
    } else {
      if (KoreanNumbers.endsInUnit(quantity.value())) {
        text.append(' ');
      }
      text.append(quantity.unit().suffix());
      quantity.label().ifPresent(label -> text.append('(').append(label).append(')'));
    }
    return quantity.qualifier().qualify(text);
  }

  static Quantity parse(CharSequence text, QuantityUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    // Hangul typed on macOS arrives decomposed; the unit words are composed.
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    Qualifier.Split split = Qualifier.split(composed, reason -> fail(text, unit, reason));
    return new Reader(split.rest(), text, unit).read(split.qualifier());
  }

  private static IllegalArgumentException fail(CharSequence text, QuantityUnit unit,
      String reason) {
    return new IllegalArgumentException("Cannot read a Quantity of " + unit + " from \""
        + KoreanNumberReader.quote(text) + "\": " + reason + "; write such as " + examples(unit));
  }

  /** How quantities of the unit are written: {@code 300명, 약 300명, 300명 이상 or 2만 명}. */
  private static String examples(QuantityUnit unit) {
    String label = unit == QuantityUnit.OTHER ? "MW" : null;
    return format(quantity(300, unit, Qualifier.EXACTLY, label)) + ", "
        + format(quantity(300, unit, Qualifier.ABOUT, label)) + ", "
        + format(quantity(300, unit, Qualifier.AT_LEAST, label)) + " or "
        + format(quantity(20_000, unit, Qualifier.EXACTLY, label));
  }

  private static Quantity quantity(long value, QuantityUnit unit, Qualifier qualifier,
      String label) {
    return Quantity.builder().value(value).unit(unit).qualifier(qualifier)
        .label(Optional.ofNullable(label)).build();
  }

  /** One pass over the text of one quantity, without its qualifier words. */
  private static final class Reader extends KoreanNumberReader {
    private final CharSequence original;
    private final QuantityUnit unit;

    Reader(CharSequence rest, CharSequence original, QuantityUnit unit) {
      super(rest);
      this.original = original;
      this.unit = unit;
    }

    Quantity read(Qualifier qualifier) {
      if (!strip()) {
        throw fail("it is blank");
      }
      if (atMinusSign()) {
        throw fail("negative quantities are not allowed");
      }
      long value = readGroups(false);
      if (value > Quantity.MAX_VALUE) {
        throw tooLarge();
      }
      skipSpaces();
      String after = text.subSequence(pos, end).toString();
      if (unit == QuantityUnit.OTHER) {
        if (after.isEmpty()) {
          throw fail("it has no label; a quantity of OTHER writes what it counts after the number");
        }
        return quantity(value, unit, qualifier, after);
      }
      String label = null;
      int open = after.indexOf('(');
      if (open >= 0 && after.endsWith(")")) {
        label = after.substring(open + 1, after.length() - 1);
        after = after.substring(0, open).strip();
      }
      checkUnitWord(after);
      return quantity(value, unit, qualifier, label);
    }

    private void checkUnitWord(String word) {
      String allowed = unit + ", which reads " + listed(unit.suffixesRead());
      if (word.isEmpty()) {
        throw fail("it has no unit word after the number; " + allowed);
      }
      String compact = withoutSpaces(word);
      for (String suffix : unit.suffixesRead()) {
        if (withoutSpaces(suffix).equals(compact)) {
          return;
        }
      }
      List<String> owners = new ArrayList<>();
      for (QuantityUnit other : QuantityUnit.values()) {
        for (String suffix : other.suffixesRead()) {
          if (withoutSpaces(suffix).equals(compact)) {
            owners.add(other.name());
          }
        }
      }
      throw fail(owners.isEmpty()
          ? "\"" + word + "\" is not a unit word of " + allowed
          : "\"" + word + "\" is the unit word of " + String.join(" and ", owners) + ", not of "
              + allowed);
    }

    /** {@code 명}, {@code 명 or 개}, {@code ㎡, m², m2 or 제곱미터}. */
    private static String listed(List<String> words) {
      int last = words.size() - 1;
      return last == 0 ? words.get(0)
          : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    private static String withoutSpaces(String text) {
      StringBuilder compact = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        if (!isSpace(text.charAt(i))) {
          compact.append(text.charAt(i));
        }
      }
      return compact.toString();
    }

    @Override
    IllegalArgumentException unexpectedCharacter() {
      int codePoint = Character.codePointAt(text, pos);
      return fail("'" + new String(Character.toChars(codePoint)) + "' cannot stand after \""
          + text.subSequence(0, pos) + "\"");
    }

    @Override
    boolean atEndOfNumber() {
      return atWord();
    }

    @Override
    String fractionOfOneReason() {
      return "a quantity is a whole number; a decimal point may stand only directly before 경, 조,"
          + " 억 or 만, such as 3.3만";
    }

    @Override
    String notWholeReason(String written) {
      return "a quantity is a whole number, and " + written + " is not one";
    }

    @Override
    IllegalArgumentException tooLarge() {
      return fail("it is above the largest quantity, 9,007,199,254,740,991 (" + LARGEST + ")");
    }

    @Override
    IllegalArgumentException fail(String reason) {
      return KoreanQuantityFormat.fail(original, unit, reason);
    }
  }
}
