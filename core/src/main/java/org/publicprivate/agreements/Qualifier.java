package org.publicprivate.agreements;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How exactly a number is stated: exactly, about, at least or up to, as the press qualifies a
 * pledge ({@code 약 118억 원}, {@code 300명 이상}, {@code 최대 13억원}).
 *
 * <p>{@link #split} separates the qualifier words of a press phrase from the number they qualify,
 * and {@link #qualify} writes them back. In JSON, a constant is written by its name, such as
 * {@code AT_LEAST}.
 *
 * <pre>{@code
 * Qualifier.Split split = Qualifier.split("약 118억 원");
 * split.qualifier();                        // ABOUT
 * MoneyAmount.parse(split.rest());          // ₩11,800,000,000
 * Qualifier.AT_LEAST.qualify("300명");       // 300명 이상
 * }</pre>
 */
public enum Qualifier {
  /** The number as it stands; the press writes no word for it. */
  EXACTLY("정확히", List.of(), List.of(), ""),
  /** About the number (약, 여, 내외, 안팎, 가량, 규모). */
  ABOUT("약", List.of("약"), List.of("내외", "안팎", "가량", "규모"), "약 "),
  /** At least the number (이상, 최소). */
  AT_LEAST("이상", List.of("최소"), List.of("이상"), " 이상"),
  /** Up to the number (최대, 이내, 까지). */
  UP_TO("최대", List.of("최대"), List.of("이내", "까지"), "최대 ");

  /**
   * 여 right after a number's digit or Korean numeral ({@code 300여 명}, {@code 100여억 원},
   * {@code 1만여 명}, {@code 6천여 제곱미터}) means about.
   */
  private static final char ROUGHLY = '여';
  private static final String NUMERALS = "십백천만억조경";

  private final String koreanName;
  private final List<String> wordsBefore;
  private final List<String> wordsAfter;
  private final String written;

  Qualifier(String koreanName, List<String> wordsBefore, List<String> wordsAfter,
      String written) {
    this.koreanName = koreanName;
    this.wordsBefore = wordsBefore;
    this.wordsAfter = wordsAfter;
    this.written = written;
  }

  /** The qualifier's usual Korean word, such as {@code 약} or {@code 이상}. */
  public String koreanName() {
    return koreanName;
  }

  /**
   * The text qualified as the press writes it: {@code 약 300명} (ABOUT), {@code 300명 이상}
   * (AT_LEAST), {@code 최대 300명} (UP_TO), the text itself for EXACTLY. {@link #split} reads it back.
   */
  public String qualify(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return this == AT_LEAST ? text + written : written + text;
  }

  /**
   * Separates the qualifier words of a press phrase from the rest: {@code 약 118억 원} is ABOUT and
   * {@code 118억 원}, {@code 5억 원 내외} is ABOUT and {@code 5억 원}, {@code 최대 13억원} is UP_TO and
   * {@code 13억원}, {@code 300명 이상} is AT_LEAST and {@code 300명}, {@code 118억 원} is EXACTLY and
   * itself.
   *
   * <p>It reads a word before the number (약, 최대, 최소; followed by white space, a digit or a
   * currency sign), a word at the end (내외, 안팎, 가량, 규모, 이상, 이내, 까지; with or without a space
   * before it) and 여 right after a digit or a Korean numeral ({@code 300여 명}, {@code 1,314여명},
   * {@code 100여억 원}, {@code 1만여 명}), which it takes out of the rest. The same qualifier may be written twice ({@code 약 300여 명});
   * the rest is stripped of surrounding white space and otherwise left as it is. These are the
   * words {@link Quantity#parse} reads.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text has two different qualifiers, such as
   *     {@code 약 300명 이상}; the message quotes the text
   */
  public static Split split(CharSequence text) {
    return split(text, reason -> new IllegalArgumentException("Cannot split a Qualifier from \""
        + KoreanNumberReader.quote(text) + "\": " + reason));
  }

  /** {@link #split(CharSequence)}, failing with the caller's own words. */
  static Split split(CharSequence text, Function<String, IllegalArgumentException> fail) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    int end = text.length();
    while (start < end && KoreanNumberReader.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && KoreanNumberReader.isSpace(text.charAt(end - 1))) {
      end--;
    }
    Qualifier found = EXACTLY;
    String foundWord = null;
    outer:
    for (Qualifier qualifier : values()) {
      for (String word : qualifier.wordsBefore) {
        int after = start + word.length();
        if (after < end && regionIs(text, start, word) && startsNumber(text.charAt(after))) {
          found = qualifier;
          foundWord = word;
          start = after;
          break outer;
        }
      }
    }
    outer:
    for (Qualifier qualifier : values()) {
      for (String word : qualifier.wordsAfter) {
        int before = end - word.length();
        if (before > start && regionIs(text, before, word)) {
          found = combine(found, foundWord, qualifier, word, fail);
          foundWord = word;
          end = before;
          break outer;
        }
      }
    }
    StringBuilder rest = new StringBuilder(end - start);
    // 여 qualifies only the number the text starts with (1,314여명, 2,000여억 원): once anything
    // but the number's own characters comes, a 여 belongs to a label and stays as written.
    boolean inNumber = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (inNumber && c == ROUGHLY && i > start && isNumeral(text.charAt(i - 1))) {
        found = combine(found, foundWord, ABOUT, String.valueOf(ROUGHLY), fail);
        foundWord = String.valueOf(ROUGHLY);
        inNumber = false;
      } else {
        inNumber &= isNumeral(c) || c == ',' || c == '.' || KoreanNumberReader.isSpace(c)
            || Character.getType(c) == Character.CURRENCY_SYMBOL;
        rest.append(c);
      }
    }
    return new Split(found, rest.toString().strip());
  }

  private static Qualifier combine(Qualifier found, String foundWord, Qualifier next,
      String nextWord, Function<String, IllegalArgumentException> fail) {
    if (found != EXACTLY && found != next) {
      throw fail.apply("it has two qualifiers, " + foundWord + " (" + found + ") and " + nextWord
          + " (" + next + "); keep one of 약, 여, 내외, 안팎, 가량, 규모 (ABOUT), 이상, 최소 (AT_LEAST)"
          + " or 최대, 이내, 까지 (UP_TO)");
    }
    return next;
  }

  private static boolean isNumeral(char c) {
    return KoreanNumberReader.isDigit(c) || NUMERALS.indexOf(c) >= 0;
  }

  /** Whether a word before the number ends there: a space, a digit or a currency sign follows. */
  private static boolean startsNumber(char c) {
    return KoreanNumberReader.isSpace(c) || KoreanNumberReader.isDigit(c)
        || Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private static boolean regionIs(CharSequence text, int from, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(from + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A press phrase split by {@link Qualifier#split}: its qualifier and the rest, the number it
   * qualifies.
   *
   * @param qualifier the qualifier the words say, {@link Qualifier#EXACTLY} when there are none
   * @param rest the phrase without its qualifier words, stripped of surrounding white space
   */
  public record Split(Qualifier qualifier, String rest) {
    /**
     * A split phrase.
     *
     * @throws NullPointerException if {@code qualifier} or {@code rest} is null
     */
    public Split {
      Objects.requireNonNull(qualifier, "qualifier");
      Objects.requireNonNull(rest, "rest");
    }
  }
}
