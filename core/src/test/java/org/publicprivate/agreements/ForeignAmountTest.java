package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignAmountTest {
  private static final String FORMS = "write such as 1억 달러, US$ 1억, $100,000,000,"
      + " USD 100,000,000, 5,000만 유로, €50,000,000, 100억 엔, 1억 위안, 2,000만 파운드 or 1,234.5 달러";

  private static ForeignAmount of(String code, String amount) {
    return ForeignAmount.of(Currency.getInstance(code), new BigDecimal(amount));
  }

  @Test
  void holdsItsCurrencyAndAmount() {
    ForeignAmount pledge = of("USD", "100000000");

    assertThat(pledge.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(pledge.amount()).isEqualByComparingTo("100000000");
  }

  @ParameterizedTest(name = "{0} {1} is stored as {2}")
  @CsvSource(delimiter = '|', textBlock = """
      USD | 1.50       | 1.5
      USD | 1.00       | 1
      USD | 1E+8       | 100000000
      EUR | 100000.000 | 100000
      JPY | 0.0        | 0
      """)
  void storesItsAmountWithoutTrailingZerosSoThatEqualAmountsAreEqual(String code, String amount,
      String stored) {
    ForeignAmount foreign = of(code, amount);

    assertThat(foreign.amount().toPlainString()).isEqualTo(stored);
    assertThat(foreign).isEqualTo(of(code, stored)).hasSameHashCodeAs(of(code, stored));
  }

  @Test
  void refusesWonPointingToMoneyAmount() {
    assertThatThrownBy(() -> of("KRW", "1000"))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("ForeignAmount");
          assertThat(e.attribute()).isEqualTo("currency");
          assertThat(e.value()).isEqualTo("KRW");
        })
        .hasMessage("ForeignAmount.currency must be a currency other than KRW; an amount of won is"
            + " a MoneyAmount, was KRW");
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      USD | -1                  | zero or more and below 2^63 (9,223,372,036,854,775,808) USD
      USD | -0.01               | zero or more and below 2^63 (9,223,372,036,854,775,808) USD
      EUR | 9223372036854775808 | zero or more and below 2^63 (9,223,372,036,854,775,808) EUR
      USD | 1.234               | at most 2 decimals, as USD has
      JPY | 100.5               | a whole number of JPY, which has no decimals
      BHD | 1.2345              | at most 3 decimals, as BHD has
      """)
  void refusesNegativeHugeOrTooPreciseAmounts(String code, String amount, String allowed) {
    assertThatThrownBy(() -> of(code, amount))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("ForeignAmount");
          assertThat(e.attribute()).isEqualTo("amount");
        })
        .hasMessage("ForeignAmount.amount must be " + allowed + ", was \"" + amount + "\"");
  }

  @Test
  void refusesACurrencyWithoutAMinorUnit() {
    assertThatThrownBy(() -> of("XAU", "1"))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ForeignAmount.currency must be an ISO 4217 currency with a defined minor"
            + " unit, such as USD, EUR or JPY, was XAU");
  }

  @Test
  void refusesNullsNamingTheAttribute() {
    assertThatThrownBy(() -> ForeignAmount.of(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> ForeignAmount.of(Currency.getInstance("USD"), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> ForeignAmount.parse(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @ParameterizedTest(name = "{0} {1} is \"{2}\" and \"{3}\"")
  @CsvSource(delimiter = '|', textBlock = """
      USD | 100000000  | 1억 달러          | USD 100,000,000
      EUR | 50000000   | 5,000만 유로      | EUR 50,000,000
      JPY | 10000000000 | 100억 엔         | JPY 10,000,000,000
      CNY | 100000000  | 1억 위안          | CNY 100,000,000
      GBP | 20000000   | 2,000만 파운드    | GBP 20,000,000
      CHF | 1000000    | 1,000,000 CHF     | CHF 1,000,000
      USD | 1500       | 1,500 달러        | USD 1,500
      USD | 1234.5     | 1,234.5 달러      | USD 1,234.5
      USD | 150000000  | 1억 5,000만 달러  | USD 150,000,000
      USD | 0          | 0 달러            | USD 0
      USD | 0.05       | 0.05 달러         | USD 0.05
      EUR | 100000000.5 | 100,000,000.5 유로 | EUR 100,000,000.5
      BHD | 1.234      | 1.234 BHD         | BHD 1.234
      USD | 9223372036854775807.99 | 9,223,372,036,854,775,807.99 달러 | USD 9,223,372,036,854,775,807.99
      """)
  void writesKoreanUnitsAndTheCurrencyWordOrTheIsoCode(String code, String amount, String korean,
      String canonical) {
    ForeignAmount foreign = of(code, amount);

    assertThat(foreign.toKoreanString()).isEqualTo(korean);
    assertThat(foreign.toString()).isEqualTo(canonical);
    assertThat(ForeignAmount.parse(korean)).isEqualTo(foreign);
    assertThat(ForeignAmount.parse(canonical)).isEqualTo(foreign);
  }

  /**
   * Foreign amounts as Korean news printed them in articles on investment agreements and pledges
   * (투자협약, 투자 양해각서, 투자신고); each group names its article.
   */
  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02046726563546992
      2억2800만 달러   | USD | 228000000
      # https://www.kmib.co.kr/article/view.asp?arcid=0028974889
      3500억 달러      | USD | 350000000000
      2000억 달러      | USD | 200000000000
      1500억 달러      | USD | 150000000000
      200억 달러       | USD | 20000000000
      # https://m.segye.com/view/20251114510959?OutUrl=google
      3천500억달러     | USD | 350000000000
      2천억달러        | USD | 200000000000
      1천500억달러     | USD | 150000000000
      # https://imnews.imbc.com/news/2025/econo/article/6775630_36738.html
      3,500억 달러     | USD | 350000000000
      # https://www.keyzard.cc/ash1106/nb/223088053668
      59억 달러        | USD | 5900000000
      # https://m.ajunews.com/view/20080417000037
      11억8천만 달러   | USD | 1180000000
      1억4천만달러     | USD | 140000000
      2천만달러        | USD | 20000000
      # https://www.donga.com/en/List/article/all/20080414/258058/1?m=kor
      1억5000만 달러   | USD | 150000000
      3억2500만 달러   | USD | 325000000
      # https://dailian.co.kr/news/view/1245899
      9억 4000만 달러  | USD | 940000000
      80억 달러        | USD | 8000000000
      # https://m.businesspost.co.kr/BP?command=mobile_view&num=318811
      9억4천만 달러    | USD | 940000000
      # https://m.edaily.co.kr/news/read?mediaCodeNo=257&newsId=03220966635644016
      9.4억 달러       | USD | 940000000
      # http://www.amenews.kr/news/view.php?idx=7479&mcode=m57vrxf
      5억1,000만달러   | USD | 510000000
      3억5,300만달러   | USD | 353000000
      2,300만달러      | USD | 23000000
      # https://zdnet.co.kr/view/?no=20110510154658
      5.1억달러        | USD | 510000000
      1억5백만달러     | USD | 105000000
      4억6백만달러     | USD | 406000000
      3억5천300만달러  | USD | 353000000
      # https://ajunews.com/view/20111202000201
      10억弗           | USD | 1000000000
      10억5500만 달러  | USD | 1055000000
      4억4500만 달러   | USD | 445000000
      # https://m.sedaily.com/NewsView/1HUI9EU16M
      4억600만달러     | USD | 406000000
      3억8,200만달러   | USD | 382000000
      830만달러        | USD | 8300000
      # https://www.joongang.co.kr/article/521674
      1억6천만불       | USD | 160000000
      1억5천800만달러  | USD | 158000000
      7천560만달러     | USD | 75600000
      # https://m.etoday.co.kr/view.php?idxno=164010
      5억9천만달러     | USD | 590000000
      17억7000만달러   | USD | 1770000000
      # http://kidd.co.kr/news/149125
      8억 7000만 달러  | USD | 870000000
      # http://chinacorea.com/krtj/zhjj_30/202208/t20220816_800303821.html
      68.6억 달러      | USD | 6860000000
      # https://m.edaily.co.kr/amp/read?mediaCodeNo=257&newsId=02725686606150912
      4조 달러         | USD | 4000000000000
      # https://m.etoday.co.kr/view.php?idxno=2250444
      100억 파운드     | GBP | 10000000000
      35억 파운드      | GBP | 3500000000
      # https://ppomppu.co.kr/zboard/view.php?id=news&no=506897&page=1
      1조 9300억 엔    | JPY | 1930000000000
      # http://www.yonhapnewstv.co.kr/AKR20250918193002o57
      1,500억 파운드   | GBP | 150000000000
      1천억 파운드     | GBP | 100000000000
      # https://www.wowglobal.co.kr/News/NewsView?articleId=A202509140098
      12억5000만 파운드 | GBP | 1250000000
      400만 파운드     | GBP | 4000000
      # https://m.wowtv.co.kr/NewsCenter/News/Read?articleId=2025070857301
      1조파운드        | GBP | 1000000000000
      # https://mbn.co.kr/news/health/1205712
      213억 위안       | CNY | 21300000000
      # MODEL.md, section "Quantity and ForeignAmount in Korean" (not press quotations)
      1억 달러         | USD | 100000000
      US$ 1억          | USD | 100000000
      $100,000,000     | USD | 100000000
      USD 100,000,000  | USD | 100000000
      5,000만 유로     | EUR | 50000000
      €50,000,000      | EUR | 50000000
      100억 엔         | JPY | 10000000000
      1억 위안         | CNY | 100000000
      2,000만 파운드   | GBP | 20000000
      1,000,000 CHF    | CHF | 1000000
      ZAR 1,000        | ZAR | 1000
      1,234.5 달러     | USD | 1234.5
      """)
  void readsForeignAmountsAsTheKoreanPressPrintsThem(String text, String code, String amount) {
    assertThat(ForeignAmount.parse(text)).isEqualTo(of(code, amount));
  }

  /**
   * Refusals, each with its exact reason: phrases from the same articles that are not an amount
   * of their own, and constructed mistakes (marked).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # https://dailian.co.kr/news/view/1245899
      9억 4000만 달러(약 1조 2000억 원) | `'(' (U+0028) cannot stand at index 11`
      # https://economist.co.kr/article/view/ecn202306210049
      1조2000억원      | it is in Korean won; read amounts of won with MoneyAmount.parse
      # https://fnnews.com/ampNews/201910221055214063
      360억원          | it is in Korean won; read amounts of won with MoneyAmount.parse
      # https://m.ajunews.com/view/20080417000037
      약 12억 달러     | it is qualified (ABOUT); an amount of its own is exact, so read the qualifier with Qualifier.split first
      # https://m.etoday.co.kr/view.php?idxno=2250444
      약 40억 파운드   | it is qualified (ABOUT); an amount of its own is exact, so read the qualifier with Qualifier.split first
      # http://www.ekoreanews.co.kr/news/articleView.html?idxno=10565
      50억 달러 이상   | it is qualified (AT_LEAST); an amount of its own is exact, so read the qualifier with Qualifier.split first
      # https://m.edaily.co.kr/amp/read?mediaCodeNo=257&newsId=02725686606150912
      10억 달러 미만   | `'미' (U+BBF8) cannot stand at index 7`
      # https://cm.asiae.co.kr/article/2011051017123736969
      5억1000만달러를  | `'를' (U+B97C) cannot stand at index 9`
      # constructed
      100              | it names no currency
      1억              | it names no currency
      달러             | it has no digits
      US$              | it has no digits
      만 달러          | 만 has no number before it; write digits before every unit, such as 1억 or 5천만
      $100 달러        | the currency is written twice; write it once, before or after the number
      USD 100 USD      | the currency is written twice; write it once, before or after the number
      1.234 달러       | USD has at most 2 decimals
      1.5 엔           | JPY has no decimals
      USD 0.001        | USD has at most 2 decimals
      ¥100             | ¥ stands for both yen and yuan; write 엔, 위안, JPY or CNY
      100 ￥           | ¥ stands for both yen and yuan; write 엔, 위안, JPY or CNY
      ₩1,000           | it is in Korean won; read amounts of won with MoneyAmount.parse
      KRW 1,000        | it is in Korean won; read amounts of won with MoneyAmount.parse
      1,000 KRW        | it is in Korean won; read amounts of won with MoneyAmount.parse
      XAU 100          | XAU is not a currency of money with a minor unit
      -5억 달러        | negative amounts are not allowed
      $-100            | negative amounts are not allowed
      100 usd          | `'u' (U+0075) cannot stand at index 4`
      100 ABC          | `'A' (U+0041) cannot stand at index 4`
      5만 3억 달러     | units must descend 경, 조, 억, 만, each at most once, but 억 follows 만
      1.23456만 달러   | a decimal before 경, 조, 억 or 만 must make a whole number, and 1.23456만 does not
      1,0000 달러      | commas may only separate groups of three digits, such as 1,500,000
      9223372036854775808 달러 | it is above the largest amount, 9,223,372,036,854,775,807 (922경 3,372조 368억 5,477만 5,807)
      1000경 달러      | it is above the largest amount, 9,223,372,036,854,775,807 (922경 3,372조 368억 5,477만 5,807)
      """)
  void refusesWhatIsNotAForeignAmountQuotingTheText(String text, String reason) {
    assertThatThrownBy(() -> ForeignAmount.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read a ForeignAmount from \"" + text + "\": " + reason + "; " + FORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\u3000"})
  void refusesBlankText(String text) {
    assertThatThrownBy(() -> ForeignAmount.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read a ForeignAmount from \"" + text + "\": it is blank; " + FORMS);
  }

  @Test
  void readsDecomposedHangulAsTypedOnMacOs() {
    String typed = java.text.Normalizer.normalize("5,000만 유로", java.text.Normalizer.Form.NFD);

    assertThat(ForeignAmount.parse(typed)).isEqualTo(of("EUR", "50000000"));
  }

  @Test
  void readsAQualifiedPledgeOnceTheQualifierIsSplitOff() {
    Qualifier.Split split = Qualifier.split("약 12억 달러");

    assertThat(split.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(ForeignAmount.parse(split.rest())).isEqualTo(of("USD", "1200000000"));
  }
}
