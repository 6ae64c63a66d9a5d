package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  /** The tail of every refusal: how quantities of the unit are written. */
  private static final Map<QuantityUnit, String> EXAMPLES = Map.of(
      QuantityUnit.JOBS, "300명, 약 300명, 300명 이상 or 2만 명",
      QuantityUnit.PEOPLE, "300명, 약 300명, 300명 이상 or 2만 명",
      QuantityUnit.COMPANIES, "300개사, 약 300개사, 300개사 이상 or 2만 개사",
      QuantityUnit.SQUARE_METRES, "300㎡, 약 300㎡, 300㎡ 이상 or 2만 ㎡",
      QuantityUnit.PYEONG, "300평, 약 300평, 300평 이상 or 2만 평",
      QuantityUnit.ITEMS, "300개, 약 300개, 300개 이상 or 2만 개",
      QuantityUnit.EVENTS, "300회, 약 300회, 300회 이상 or 2만 회",
      QuantityUnit.OTHER, "300 MW, 약 300 MW, 300 MW 이상 or 2만 MW");

  @Test
  void isExactAndUnlabelledUnlessSaidOtherwise() {
    Quantity jobs = Quantity.of(300, QuantityUnit.JOBS);

    assertThat(jobs.value()).isEqualTo(300);
    assertThat(jobs.unit()).isEqualTo(QuantityUnit.JOBS);
    assertThat(jobs.qualifier()).isEqualTo(Qualifier.EXACTLY);
    assertThat(jobs.label()).isEmpty();
    assertThat(jobs.withQualifier(Qualifier.AT_LEAST).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(jobs).isEqualTo(Quantity.builder().value(300).unit(QuantityUnit.JOBS).build());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 9_007_199_254_740_991L})
  void holdsEveryValueFromZeroToTwoToTheFiftyThirdMinusOne(long value) {
    assertThat(Quantity.of(value, QuantityUnit.ITEMS).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 9_007_199_254_740_992L, Long.MAX_VALUE, Long.MIN_VALUE})
  void rejectsValuesOutsideTheRangeJsonKeepsExactly(long value) {
    assertThatThrownBy(() -> Quantity.of(value, QuantityUnit.JOBS))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("Quantity");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.value()).isEqualTo(Long.toString(value));
        })
        .hasMessage("Quantity.value must be from 0 to 9,007,199,254,740,991 (2^53−1), was "
            + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u3000"})
  void rejectsAnOtherQuantityWithoutALabel(String label) {
    assertThatThrownBy(() -> Quantity.of(5, QuantityUnit.OTHER, Qualifier.EXACTLY, label))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("Quantity");
          assertThat(e.attribute()).isEqualTo("label");
        })
        .hasMessage("Quantity.label must be given when the unit is OTHER, naming what is counted,"
            + " such as MW, was \"\"");
    assertThatThrownBy(() -> Quantity.of(5, QuantityUnit.OTHER))
        .isInstanceOf(InvalidAttributeException.class);
  }

  @Test
  void storesItsLabelStrippedAndComposedAndABlankLabelAsAbsent() {
    String decomposed = Normalizer.normalize("신규 고용", Normalizer.Form.NFD);

    Quantity labelled = Quantity.of(300, QuantityUnit.JOBS, Qualifier.EXACTLY, " " + decomposed);

    assertThat(labelled.label()).contains("신규 고용");
    assertThat(labelled).isEqualTo(Quantity.of(300, QuantityUnit.JOBS, Qualifier.EXACTLY, "신규 고용"));
    assertThat(Quantity.of(300, QuantityUnit.JOBS, Qualifier.EXACTLY, "  ").label()).isEmpty();
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    assertThatThrownBy(() -> Quantity.of(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> Quantity.parse(null, QuantityUnit.JOBS))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Quantity.parse("300명", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("unit");
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} is \"{4}\"")
  @CsvSource(delimiter = '|', textBlock = """
      300       | JOBS          | AT_LEAST |          | 300명 이상
      300       | JOBS          | ABOUT    |          | 약 300명
      300       | JOBS          | UP_TO    |          | 최대 300명
      33000     | SQUARE_METRES | EXACTLY  |          | 3만 3,000㎡
      10000     | PYEONG        | EXACTLY  |          | 1만 평
      120000    | PYEONG        | EXACTLY  |          | 12만 평
      20000     | JOBS          | EXACTLY  |          | 2만 명
      50        | COMPANIES     | EXACTLY  |          | 50개사
      10        | ITEMS         | EXACTLY  |          | 10개
      4         | EVENTS        | EXACTLY  |          | 4회
      0         | PEOPLE        | EXACTLY  |          | 0명
      1607000   | SQUARE_METRES | ABOUT    |          | 약 160만 7,000㎡
      10000     | SQUARE_METRES | EXACTLY  |          | 1만 ㎡
      5         | OTHER         | EXACTLY  | MW       | 5 MW
      20000     | OTHER         | AT_LEAST | 가구     | 2만 가구 이상
      300       | JOBS          | AT_LEAST | 신규 고용 | 300명(신규 고용) 이상
      9007199254740991 | PEOPLE | EXACTLY  |          | 9,007조 1,992억 5,474만 991명
      """)
  void writesNumberUnitAndQualifierAsThePressDoes(long value, QuantityUnit unit,
      Qualifier qualifier, String label, String text) {
    Quantity quantity = Quantity.builder().value(value).unit(unit).qualifier(qualifier)
        .label(java.util.Optional.ofNullable(label)).build();

    assertThat(quantity.toKoreanString()).isEqualTo(text);
    assertThat(Quantity.parse(text, unit)).isEqualTo(quantity);
  }

  /**
   * Quantities as Korean regional and national news printed them in articles on investment
   * agreements (투자협약, 업무협약, 투자양해각서); each group names its article.
   */
  @ParameterizedTest(name = "{0} ({1}) is {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # https://sedaily.com/NewsView/2DBU9FAGDS
      1만 7730㎡      | SQUARE_METRES | 17730   | EXACTLY  |
      최대 122명      | JOBS          | 122     | UP_TO    |
      160여 명        | JOBS          | 160     | ABOUT    |
      5개 업체        | COMPANIES     | 5       | EXACTLY  |
      # https://www.sedaily.com/NewsView/1JIDSZ0DHO
      100여 명        | PEOPLE        | 100     | ABOUT    |
      7만9,339㎡      | SQUARE_METRES | 79339   | EXACTLY  |
      130명           | JOBS          | 130     | EXACTLY  |
      # https://sedaily.com/NewsView/1OH6M97FTO
      4개 기업        | COMPANIES     | 4       | EXACTLY  |
      225명           | JOBS          | 225     | EXACTLY  |
      1만3,200㎡      | SQUARE_METRES | 13200   | EXACTLY  |
      8,250㎡         | SQUARE_METRES | 8250    | EXACTLY  |
      2만1,584㎡      | SQUARE_METRES | 21584   | EXACTLY  |
      # https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02046726563546992
      20만평          | PYEONG        | 200000  | EXACTLY  |
      5만평           | PYEONG        | 50000   | EXACTLY  |
      약 40개사       | COMPANIES     | 40      | ABOUT    |
      약 4000명       | JOBS          | 4000    | ABOUT    |
      # https://www.pressian.com/pages/articles/245790
      50여 명         | JOBS          | 50      | ABOUT    |
      9,916㎡ 규모    | SQUARE_METRES | 9916    | ABOUT    |
      19명            | JOBS          | 19      | EXACTLY  |
      # https://www.asiae.co.kr/article/2021061017223292136
      1697명          | JOBS          | 1697    | EXACTLY  |
      # https://hankookilbo.com/News/Read/201912091486319026
      1314여명        | JOBS          | 1314    | ABOUT    |
      1,314명         | JOBS          | 1314    | EXACTLY  |
      6만6,000여㎡    | SQUARE_METRES | 66000   | ABOUT    |
      # https://lsdmusic.ru/download/acUO9fU3yrA (세종시 투자협약 보도)
      12만 6천여 제곱미터 | SQUARE_METRES | 126000 | ABOUT  |
      6곳             | COMPANIES     | 6       | EXACTLY  |
      594명           | JOBS          | 594     | EXACTLY  |
      # https://edaily.co.kr/News/Read?mediaCodeNo=257&newsId=03686726615963688
      11개사          | COMPANIES     | 11      | EXACTLY  |
      100여명         | JOBS          | 100     | ABOUT    |
      # http://biz.heraldcorp.com/view.php?cpv=1&ud=20220127000563
      800여개         | JOBS          | 800     | ABOUT    |
      7개사           | COMPANIES     | 7       | EXACTLY  |
      # https://cm.asiae.co.kr/ampview.htm?no=2017062013432459312
      101개           | JOBS          | 101     | EXACTLY  |
      # http://n700.ndsoftnews.com/news/articleView.html?idxno=65016
      약 28만6천484㎡ | SQUARE_METRES | 286484  | ABOUT    |
      # http://www.hc00.com/index.php?mid=news_02&page=80&document_srl=84730
      791,000㎡       | SQUARE_METRES | 791000  | EXACTLY  |
      약2,800명       | JOBS          | 2800    | ABOUT    |
      # 경남 창원 혁신중소기업 산업단지 투자협약 보도 (search corpus, no address)
      160만7000㎡     | SQUARE_METRES | 1607000 | EXACTLY  |
      544만7000㎡     | SQUARE_METRES | 5447000 | EXACTLY  |
      1만5000여명     | JOBS          | 15000   | ABOUT    |
      # https://www.anewsa.com/detail.php?number=1372626
      6만6000㎡(2만평) | SQUARE_METRES | 66000  | EXACTLY  | 2만평
      2만3000평       | PYEONG        | 23000   | EXACTLY  |
      # https://kjmbc.co.kr/NewsArticle/1140365
      3천만평         | PYEONG        | 30000000 | EXACTLY |
      5백만평         | PYEONG        | 5000000 | EXACTLY  |
      # http://www.inewschina.co.kr/news/newsview.php?ncode=1065592102156906
      33만㎡          | SQUARE_METRES | 330000  | EXACTLY  |
      10만톤          | OTHER         | 100000  | EXACTLY  | 톤
      # http://www.ikld.kr/news/articleView.html?idxno=97750
      3만3,000㎡      | SQUARE_METRES | 33000   | EXACTLY  |
      # https://fnnews.com/ampNews/201910221055214063
      200여명         | JOBS          | 200     | ABOUT    |
      # https://m.korea.kr/briefing/pressReleaseView.do?newsId=156537329
      320여 명        | PEOPLE        | 320     | ABOUT    |
      # https://mbn.co.kr/news/health/1205712
      48개 기업       | COMPANIES     | 48      | EXACTLY  |
      # https://m.wowtv.co.kr/NewsCenter/News/Read?articleId=202306152293i
      140개 기업      | COMPANIES     | 140     | EXACTLY  |
      최대 6배        | OTHER         | 6       | UP_TO    | 배
      # http://www.yonhapnewstv.co.kr/AKR20250918193002o57
      7,600개         | JOBS          | 7600    | EXACTLY  |
      # https://m.ajunews.com/amp/20231121093730223
      1500개 이상     | JOBS          | 1500    | AT_LEAST |
      # https://www.wowglobal.co.kr/News/NewsView?articleId=A202509140098
      약 1800개       | JOBS          | 1800    | ABOUT    |
      최대 1000명     | JOBS          | 1000    | UP_TO    |
      # https://m.etnews.com/200806250202
      50여개 기업     | COMPANIES     | 50      | ABOUT    |
      # http://www.ekoreanews.co.kr/news/articleView.html?idxno=10565
      61곳            | COMPANIES     | 61      | EXACTLY  |
      # MODEL.md, section "Quantity and ForeignAmount in Korean" (not press quotations)
      300명 내외      | JOBS          | 300     | ABOUT    |
      300명 이내      | JOBS          | 300     | UP_TO    |
      33,000m²        | SQUARE_METRES | 33000   | EXACTLY  |
      3.3만㎡         | SQUARE_METRES | 33000   | EXACTLY  |
      20만평          | PYEONG        | 200000  | EXACTLY  |
      4회             | EVENTS        | 4       | EXACTLY  |
      """)
  void readsQuantitiesAsTheKoreanPressPrintsThem(String text, QuantityUnit unit, long value,
      Qualifier qualifier, String label) {
    Quantity quantity = Quantity.parse(text, unit);

    assertThat(quantity.value()).isEqualTo(value);
    assertThat(quantity.unit()).isEqualTo(unit);
    assertThat(quantity.qualifier()).isEqualTo(qualifier);
    assertThat(quantity.label().orElse(null)).isEqualTo(label);
  }

  /**
   * Refusals, each with its exact reason: phrases from the same articles that are not a quantity
   * of the unit asked for, and constructed mistakes (marked).
   */
  @ParameterizedTest(name = "{0} ({1}): {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # https://www.asiae.co.kr/article/2021061017223292136
      12개 제조기업   | COMPANIES     | "개 제조기업" is not a unit word of COMPANIES, which reads 개사, 곳, 개 기업 or 개 업체
      # https://m.ajunews.com/view/20150611091020265
      300여명 이상    | JOBS          | it has two qualifiers, 이상 (AT_LEAST) and 여 (ABOUT); keep one of 약, 여, 내외, 안팎, 가량, 규모 (ABOUT), 이상, 최소 (AT_LEAST) or 최대, 이내, 까지 (UP_TO)
      # https://fnnews.com/ampNews/201910221055214063
      1만800㎡터      | SQUARE_METRES | "㎡터" is not a unit word of SQUARE_METRES, which reads ㎡, m², m2 or 제곱미터
      # https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02046726563546992
      656천㎡         | SQUARE_METRES | 천, 백 and 십 take a single digit 1 to 9 before them, such as 5천만
      331천㎡         | SQUARE_METRES | 천, 백 and 십 take a single digit 1 to 9 before them, such as 5천만
      약 40개사       | ITEMS         | "개사" is the unit word of COMPANIES, not of ITEMS, which reads 개, 대 or 건
      # 경남 창원 혁신중소기업 산업단지 투자협약 보도 (search corpus, no address)
      300여 중소기업  | COMPANIES     | "중소기업" is not a unit word of COMPANIES, which reads 개사, 곳, 개 기업 or 개 업체
      # https://m.etnews.com/200806250202
      15개 독일 업체  | COMPANIES     | "개 독일 업체" is not a unit word of COMPANIES, which reads 개사, 곳, 개 기업 or 개 업체
      # https://m.nocutnews.co.kr/news/amp/4764821
      약 120여개      | COMPANIES     | "개" is the unit word of JOBS and ITEMS, not of COMPANIES, which reads 개사, 곳, 개 기업 or 개 업체
      # https://www.hankyung.com/article/2001121487451
      2백54개 일본 기업 | COMPANIES   | "개 일본 기업" is not a unit word of COMPANIES, which reads 개사, 곳, 개 기업 or 개 업체
      # https://sedaily.com/NewsView/2DBU9FAGDS, read with the wrong unit
      1만 7730㎡      | PYEONG        | "㎡" is the unit word of SQUARE_METRES, not of PYEONG, which reads 평
      최대 122명      | SQUARE_METRES | "명" is the unit word of JOBS and PEOPLE, not of SQUARE_METRES, which reads ㎡, m², m2 or 제곱미터
      5개 업체        | JOBS          | "개 업체" is the unit word of COMPANIES, not of JOBS, which reads 명 or 개
      # https://hankookilbo.com/News/Read/201912091486319026, read with the wrong unit
      1,314명         | EVENTS        | "명" is the unit word of JOBS and PEOPLE, not of EVENTS, which reads 회 or 차례
      6만6,000여㎡    | JOBS          | "㎡" is the unit word of SQUARE_METRES, not of JOBS, which reads 명 or 개
      # https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02046726563546992, read with the wrong unit
      20만평          | SQUARE_METRES | "평" is the unit word of PYEONG, not of SQUARE_METRES, which reads ㎡, m², m2 or 제곱미터
      # constructed
      명              | JOBS          | it has no digits
      약              | JOBS          | it has no digits
      만 명           | JOBS          | 만 has no number before it; write digits before every unit, such as 1억 or 5천만
      -300명          | JOBS          | negative quantities are not allowed
      △300명          | JOBS          | negative quantities are not allowed
      3.5명           | JOBS          | a quantity is a whole number; a decimal point may stand only directly before 경, 조, 억 or 만, such as 3.3만
      1.000명         | JOBS          | a quantity is a whole number; a decimal point may stand only directly before 경, 조, 억 or 만, such as 3.3만
      1.00001만㎡     | SQUARE_METRES | a quantity is a whole number, and 1.00001만 is not one
      1 000명         | JOBS          | a number follows another without a unit between them; white space does not separate thousands, commas do
      1,0000명        | JOBS          | commas may only separate groups of three digits, such as 1,500,000
      007명           | JOBS          | numbers must not start with 0
      5만 3억 명      | PEOPLE        | units must descend 경, 조, 억, 만, each at most once, but 억 follows 만
      1억 12,000만 명 | PEOPLE        | the number after 억 must be below 10,000
      1.명            | JOBS          | `'.' cannot stand after "1"`
      9007199254740992명 | JOBS       | it is above the largest quantity, 9,007,199,254,740,991 (9,007조 1,992억 5,474만 991)
      1경 명          | JOBS          | it is above the largest quantity, 9,007,199,254,740,991 (9,007조 1,992억 5,474만 991)
      99999999999999999999명 | JOBS   | it is above the largest quantity, 9,007,199,254,740,991 (9,007조 1,992억 5,474만 991)
      300             | JOBS          | it has no unit word after the number; JOBS, which reads 명 or 개
      300 MW          | JOBS          | "MW" is not a unit word of JOBS, which reads 명 or 개
      300             | OTHER         | it has no label; a quantity of OTHER writes what it counts after the number
      약 300명 이상   | JOBS          | it has two qualifiers, 약 (ABOUT) and 이상 (AT_LEAST); keep one of 약, 여, 내외, 안팎, 가량, 규모 (ABOUT), 이상, 최소 (AT_LEAST) or 최대, 이내, 까지 (UP_TO)
      최대 300명 내외 | JOBS          | it has two qualifiers, 최대 (UP_TO) and 내외 (ABOUT); keep one of 약, 여, 내외, 안팎, 가량, 규모 (ABOUT), 이상, 최소 (AT_LEAST) or 최대, 이내, 까지 (UP_TO)
      300명(신규 고용 | JOBS          | "명(신규 고용" is not a unit word of JOBS, which reads 명 or 개
      """)
  void refusesWhatIsNotAQuantityOfTheUnitQuotingTheText(String text, QuantityUnit unit,
      String reason) {
    assertThatThrownBy(() -> Quantity.parse(text, unit))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read a Quantity of " + unit + " from \"" + text + "\": " + reason
            + "; write such as " + EXAMPLES.get(unit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\u3000"})
  void refusesBlankText(String text) {
    assertThatThrownBy(() -> Quantity.parse(text, QuantityUnit.JOBS))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read a Quantity of JOBS from \"" + text + "\": it is blank"
            + "; write such as " + EXAMPLES.get(QuantityUnit.JOBS));
  }

  @ParameterizedTest
  @EnumSource(QuantityUnit.class)
  void readsBackWhatItWritesInEveryUnitAndQualifier(QuantityUnit unit) {
    String label = unit == QuantityUnit.OTHER ? "MW" : null;
    for (Qualifier qualifier : Qualifier.values()) {
      for (long value : new long[] {0, 7, 10_000, 33_000, 100_000_000, Quantity.MAX_VALUE}) {
        Quantity quantity = Quantity.builder().value(value).unit(unit).qualifier(qualifier)
            .label(java.util.Optional.ofNullable(label)).build();
        assertThat(Quantity.parse(quantity.toKoreanString(), unit)).isEqualTo(quantity);
      }
    }
  }

  @Test
  void readsDecomposedHangulAsTypedOnMacOs() {
    String typed = Normalizer.normalize("약 1만 평", Normalizer.Form.NFD);

    assertThat(Quantity.parse(typed, QuantityUnit.PYEONG))
        .isEqualTo(Quantity.of(10_000, QuantityUnit.PYEONG, Qualifier.ABOUT));
  }

  @Test
  void readsEveryWordOfItsUnitWithOrWithoutASpace() {
    for (QuantityUnit unit : QuantityUnit.values()) {
      for (String suffix : unit.suffixesRead()) {
        assertThat(Quantity.parse("12" + suffix, unit).value()).isEqualTo(12);
        assertThat(Quantity.parse("2만 " + suffix, unit).value()).isEqualTo(20_000);
      }
    }
  }

  /** Found by fuzzing (seed 28860993227768): a 여 inside a label is the label's, not a qualifier. */
  @Test
  void keepsA여InsideALabelAsWritten() {
    Quantity read = Quantity.parse("약 1 갊궕갼 갃꿧븥힣 -0여여뙽", QuantityUnit.OTHER);

    assertThat(read.label()).contains("갊궕갼 갃꿧븥힣 -0여여뙽");
    assertThat(read.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(Quantity.parse(read.toKoreanString(), QuantityUnit.OTHER)).isEqualTo(read);
    assertThat(Quantity.parse("5 MW 2여기", QuantityUnit.OTHER).label()).contains("MW 2여기");
  }
}
