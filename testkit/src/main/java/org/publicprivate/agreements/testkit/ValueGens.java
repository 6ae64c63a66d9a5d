package org.publicprivate.agreements.testkit;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;

/**
 * Generators of the model's value types: identifiers, money and its Korean text, dates, fiscal
 * years, partial dates, registration numbers with valid checksums, names and people.
 *
 * <pre>{@code
 * Property.forAll(ValueGens.money())
 *     .check(amount -> MoneyAmount.parse(amount.toKoreanString()).equals(amount));
 * }</pre>
 */
public final class ValueGens {
  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._:-";
  private static final long[] MONEY_EDGES = {
    0, 1, 9_999, 10_000, 100_000_000L, 1_000_000_000_000L, 10_000_000_000_000_000L, Long.MAX_VALUE
  };

  private ValueGens() {}

  // ---- identifiers ----

  /** Text that every identifier type accepts: 1 to 64 characters of its alphabet. */
  public static Gen<String> idTexts() {
    return Gens.combine(Gens.strings(ID_START, 1, 1), Gens.strings(ID_REST, 0, 63), String::concat);
  }

  /** Agreement ids. */
  public static Gen<AgreementId> agreementIds() {
    return idTexts().map(AgreementId::of);
  }

  /** Party ids. */
  public static Gen<PartyId> partyIds() {
    return idTexts().map(PartyId::of);
  }

  /** Commitment ids. */
  public static Gen<CommitmentId> commitmentIds() {
    return idTexts().map(CommitmentId::of);
  }

  /** Programme ids. */
  public static Gen<ProgrammeId> programmeIds() {
    return idTexts().map(ProgrammeId::of);
  }

  // ---- money ----

  /**
   * Any amount of won, with the edge values 0, 1, 9,999, 10,000, 10^8, 10^12, 10^16 and
   * {@link Long#MAX_VALUE} weighted in, and amounts of every magnitude; shrinks toward zero.
   */
  public static Gen<MoneyAmount> money() {
    return money(Long.MAX_VALUE);
  }

  /** Amounts from zero to {@code max} won, edge values within that range weighted in. */
  public static Gen<MoneyAmount> money(long max) {
    Long[] edges = java.util.Arrays.stream(MONEY_EDGES).filter(e -> e <= max).boxed()
        .toArray(Long[]::new);
    // longs draws magnitudes evenly by bit length, so small and huge amounts are both common.
    return Gens.withEdgeCases(Gens.longs(0, max), edges).map(MoneyAmount::ofWon);
  }

  /**
   * Amounts written in every notation that {@link MoneyAmount#parse} accepts, with the amount each
   * means: plain digits, thousands separators, {@code ₩}, {@code KRW}, {@code 원} with and without
   * a space, Korean units with and without spaces, {@code 천}/{@code 백} inside a group, and a
   * decimal before a unit where the amount allows it.
   */
  public static Gen<MoneyText> moneyTexts() {
    return Gens.composite("moneyTexts", draw -> {
      MoneyAmount amount = draw.next(money());
      int notation = draw.next(Gens.ints(0, KoreanMoneyNotation.COUNT - 1));
      return new MoneyText(KoreanMoneyNotation.write(amount.won(), notation), amount);
    });
  }

  // ---- dates ----

  /** Calendar days from 1990 to 2050. */
  public static Gen<LocalDate> dates() {
    LocalDate first = LocalDate.of(1990, 1, 1);
    long days = ChronoUnit.DAYS.between(first, LocalDate.of(2050, 12, 31));
    return Gens.longs(0, days).map(first::plusDays);
  }

  /** Times of day to the minute, as agreements are signed. */
  public static Gen<LocalTime> times() {
    return Gens.combine(Gens.ints(0, 23), Gens.ints(0, 59), LocalTime::of);
  }

  /** Runs of 1 to 8 fiscal years starting from 2000 to 2040. */
  public static Gen<FiscalYears> fiscalYears() {
    return Gens.combine(Gens.ints(2000, 2040), Gens.ints(0, 7),
        (first, extra) -> FiscalYears.of(first, first + extra));
  }

  /** Partial dates known to the year, the month or the day. */
  public static Gen<PartialDate> partialDates() {
    return Gens.oneOf(
        Gens.ints(1990, 2050).map(PartialDate::of),
        Gens.combine(Gens.ints(1990, 2050), Gens.ints(1, 12), PartialDate::of),
        dates().map(PartialDate::of));
  }

  // ---- registration numbers ----

  /** Business registration numbers (사업자등록번호) whose check digit holds. */
  public static Gen<BusinessRegistrationNumber> businessRegistrationNumbers() {
    return Gens.longs(0, 999_999_999L).map(n -> {
      String digits = String.format(Locale.ROOT, "%09d", n);
      int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * weights[i];
      }
      sum += (digits.charAt(8) - '0') * 5 / 10;
      return BusinessRegistrationNumber.of(digits + (10 - sum % 10) % 10);
    });
  }

  /** Corporate registration numbers (법인등록번호) whose check digit holds. */
  public static Gen<CorporateRegistrationNumber> corporateRegistrationNumbers() {
    return Gens.longs(0, 999_999_999_999L).map(n -> {
      String digits = String.format(Locale.ROOT, "%012d", n);
      int sum = 0;
      for (int i = 0; i < 12; i++) {
        sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
      }
      return CorporateRegistrationNumber.of(digits + (10 - sum % 10) % 10);
    });
  }

  // ---- text ----

  /** Words of 1 to 6 Hangul syllables. */
  public static Gen<String> hangulWords() {
    return Gens.strings(0xAC00, 0xD7A3, 1, 6);
  }

  /** Korean personal names: a family name and one or two syllables. */
  public static Gen<String> koreanPersonNames() {
    return Gens.combine(Gens.elements("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "홍"),
        Gens.strings(0xAC00, 0xD7A3, 1, 2), String::concat);
  }

  /** English words and phrases of Latin letters, for English names and summaries. */
  public static Gen<String> englishTexts() {
    return Gens.listOf(Gens.strings("abcdefghijklmnopqrstuvwxyz", 1, 10), 1, 8)
        .map(words -> {
          String text = String.join(" ", words);
          return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        });
  }

  /**
   * {@code gen}'s text as users type it: sometimes decomposed into NFD (as macOS delivers Hangul),
   * sometimes with spaces or an ideographic space around it. The model stores every variant as
   * the plain text, so the values built from either are equal.
   */
  public static Gen<String> asTyped(Gen<String> gen) {
    return Gens.combine(gen, Gens.ints(0, 5), (text, variant) -> switch (variant) {
      case 1 -> Normalizer.normalize(text, Normalizer.Form.NFD);
      case 2 -> "  " + text + " ";
      case 3 -> "\u3000" + Normalizer.normalize(text, Normalizer.Form.NFD) + "\t";
      default -> text;
    });
  }

  /** People with a Korean name and, mostly, a title. */
  public static Gen<Person> persons() {
    return Gens.combine(koreanPersonNames(),
        Gens.optionals(Gens.elements("시장", "도지사", "대표이사", "원장", "총장", "회장", "이사장")),
        (name, title) -> Person.builder().name(name).title(title).build());
  }

  /** Web addresses of invented organisations. */
  public static Gen<URI> websites() {
    return Gens.strings("abcdefghijklmnopqrstuvwxyz", 2, 12)
        .map(host -> URI.create("https://www." + host + ".example"));
  }

  /** Years from 2000 to 2050. */
  public static Gen<Year> years() {
    return Gens.ints(2000, 2050).map(Year::of);
  }

  static <T> Gen<T> elements(List<T> values) {
    return Gens.elements(values);
  }
}
