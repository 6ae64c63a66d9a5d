package org.publicprivate.agreements.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.SourceId;

/**
 * Generators of the model's value types: identifiers, money and its Korean text, quantities,
 * foreign amounts, dates, fiscal years, partial dates, registration numbers with valid checksums,
 * region codes, locations, register identifiers, language tags, names and people.
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
  /** Labels the press writes after a number of something the units do not name. */
  private static final List<String> QUANTITY_LABELS = List.of(
      "MW", "톤", "가구", "병상", "배", "신규 고용", "청년 일자리", "지역 인재", "스마트공장", "대 분량");
  /** The words that end a qualified number, which a label must not end with. */
  private static final List<String> QUALIFIER_WORDS_AFTER =
      List.of("내외", "안팎", "가량", "규모", "이상", "이내", "까지");
  private static final String KOREAN_NUMERALS = "십백천만억조경";
  private static final String UPPER_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

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

  // ---- quantities and foreign amounts ----

  /**
   * Quantities of every unit and qualifier, values from 0 to 2^53−1 with the group edges weighted
   * in, and labels (always for {@link QuantityUnit#OTHER}, sometimes for the other units); shrinks
   * toward an exact quantity of zero jobs.
   */
  public static Gen<Quantity> quantities() {
    Gen<Long> values = Gens.withEdgeCases(Gens.longs(0, Quantity.MAX_VALUE),
        0L, 1L, 9_999L, 10_000L, 33_000L, 100_000_000L, Quantity.MAX_VALUE);
    return Gens.composite("quantities", draw -> {
      QuantityUnit unit = draw.next(Gens.elements(QuantityUnit.values()));
      Gen<String> labels = quantityLabels();
      return Quantity.builder()
          .value(draw.next(values))
          .unit(unit)
          .qualifier(draw.next(Gens.elements(Qualifier.values())))
          .label(unit == QuantityUnit.OTHER
              ? Optional.of(draw.next(labels)) : draw.next(Gens.optionals(labels)))
          .build();
    });
  }

  /**
   * Labels of quantities: the press's own words and invented Hangul phrases, such as
   * {@link org.publicprivate.agreements.Quantity#toKoreanString()} reads back. A phrase that starts
   * with a Korean numeral, ends with a qualifier word or has 여 right after a numeral would read
   * back as part of the number or its qualifier, and the press writes none; those are left out.
   */
  public static Gen<String> quantityLabels() {
    Gen<String> phrases = Gens.listOf(hangulWords(), 1, 3).map(words -> String.join(" ", words))
        .filter(ValueGens::readsBackAsALabel, "a label that reads back as a label");
    return Gens.frequency(1, Gens.elements(QUANTITY_LABELS), 1, phrases);
  }

  private static boolean readsBackAsALabel(String label) {
    if (KOREAN_NUMERALS.indexOf(label.charAt(0)) >= 0
        || QUALIFIER_WORDS_AFTER.stream().anyMatch(label::endsWith)) {
      return false;
    }
    for (int i = 1; i < label.length(); i++) {
      if (label.charAt(i) == '여' && KOREAN_NUMERALS.indexOf(label.charAt(i - 1)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Amounts in the currencies the Korean press names by a word (USD, EUR, JPY, CNY, GBP) and in
   * others written with their ISO code (CHF, AUD, BHD with three decimals, VND with none), whole
   * units up to {@link Long#MAX_VALUE} with the group edges weighted in, and decimals up to what
   * the currency has; shrinks toward zero dollars.
   */
  public static Gen<ForeignAmount> foreignAmounts() {
    Gen<Currency> currencies = Gens.elements("USD", "EUR", "JPY", "CNY", "GBP", "CHF", "AUD", "BHD",
        "VND").map(Currency::getInstance);
    Gen<Long> wholes = Gens.withEdgeCases(Gens.longs(0, Long.MAX_VALUE),
        0L, 1L, 1_500L, 10_000L, 100_000_000L, Long.MAX_VALUE);
    return Gens.composite("foreignAmounts", draw -> {
      Currency currency = draw.next(currencies);
      int digits = currency.getDefaultFractionDigits();
      int scale = draw.next(Gens.ints(0, digits));
      long fraction = scale == 0 ? 0 : draw.next(Gens.longs(0, (long) Math.pow(10, scale) - 1));
      BigDecimal amount = BigDecimal.valueOf(draw.next(wholes))
          .add(BigDecimal.valueOf(fraction, scale));
      return ForeignAmount.of(currency, amount);
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

  // ---- places and registers ----

  /** 법정동코드 and their prefixes: 2, 5 or 10 digits. */
  public static Gen<RegionCode> regionCodes() {
    return Gens.elements(2, 5, 10).flatMap(length -> Gens.strings("0123456789", length, length))
        .map(RegionCode::of);
  }

  /**
   * Identifiers in registers: schemes of one to three parts of upper-case letters and digits
   * ({@code XI-LEI}, {@code KR-BRN}), ids of 1 to 128 characters, Hangul included, without white
   * space around them.
   */
  public static Gen<Identifier> identifiers() {
    Gen<String> schemes = Gens.combine(Gens.strings(UPPER_AND_DIGITS, 2, 16),
        Gens.listOf(Gens.strings(UPPER_AND_DIGITS, 1, 16), 0, 2),
        (first, rest) -> rest.isEmpty() ? first : first + "-" + String.join("-", rest));
    Gen<String> ids = Gens.oneOf(
            Gens.strings(UPPER_AND_DIGITS + "abcdefghijklmnopqrstuvwxyz-._:/ ", 1, 128),
            Gens.strings(0xAC00, 0xD7A3, 1, 40))
        .filter(id -> !id.isBlank() && id.strip().equals(id), "no white space around it");
    return Gens.combine(schemes, ids, Identifier::of);
  }

  /**
   * Places of commitments: a plant, an industrial complex or a district, as the press names them,
   * with a region code or without.
   */
  public static Gen<Location> locations() {
    Gen<String> names = Gens.combine(hangulWords(),
        Gens.elements("공장", "일반산업단지", "국가산업단지", "연구센터", "캠퍼스", ""), String::concat);
    return Gens.combine(names, Gens.optionals(regionCodes()),
        (name, code) -> Location.builder().name(name).regionCode(code).build());
  }

  /**
   * Language tags of agreements' languages, in their normal form: the usual ones (ko, en, zh-Hans,
   * ja, en-US) and others built of a language, a script, a region and a variant.
   */
  public static Gen<Locale> languageTags() {
    Gen<Locale> usual = Gens.elements("ko", "en", "zh-Hans", "zh-Hant", "ja", "en-US", "fr", "de",
        "vi", "es-419", "ko-KR").map(Locale::forLanguageTag);
    Gen<Locale> built = Gens.composite("languageTags", draw -> new Locale.Builder()
        .setLanguage(draw.next(Gens.strings("abcdefghijklmnopqrstuvwxyz", 2, 3)))
        .setScript(draw.next(Gens.elements("", "Latn", "Hang", "Cyrl")))
        .setRegion(draw.next(Gens.elements("", "KR", "US", "CN", "150")))
        .setVariant(draw.next(Gens.elements("", "1996", "posix")))
        .build());
    return Gens.frequency(3, usual, 1, built);
  }

  /** Source ids. */
  public static Gen<SourceId> sourceIds() {
    return idTexts().map(SourceId::of);
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
