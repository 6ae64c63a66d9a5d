package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualifierTest {

  @ParameterizedTest(name = "{0} is {1} and \"{2}\"")
  @CsvSource(delimiter = '|', textBlock = """
      약 118억 원        | ABOUT    | 118억 원
      5억 원 내외        | ABOUT    | 5억 원
      최대 13억원        | UP_TO    | 13억원
      300명 이상         | AT_LEAST | 300명
      118억 원           | EXACTLY  | 118억 원
      300여 명           | ABOUT    | 300 명
      1,314여명          | ABOUT    | 1,314명
      6만6,000여㎡       | ABOUT    | 6만6,000㎡
      100여억 원         | ABOUT    | 100억 원
      1만여 명           | ABOUT    | 1만 명
      12만 6천여 제곱미터 | ABOUT   | 12만 6천 제곱미터
      300명 이내         | UP_TO    | 300명
      최대 13억원까지    | UP_TO    | 13억원
      300명이상          | AT_LEAST | 300명
      최소 1,000명       | AT_LEAST | 1,000명
      300명 안팎         | ABOUT    | 300명
      1조 원 가량        | ABOUT    | 1조 원
      118억 원 규모      | ABOUT    | 118억 원
      약 300여 명        | ABOUT    | 300 명
      약2,800명          | ABOUT    | 2,800명
      약 US$ 1억         | ABOUT    | US$ 1억
      '  약 118억 원  '  | ABOUT    | 118억 원
      약속               | EXACTLY  | 약속
      최대주주           | EXACTLY  | 최대주주
      ''                 | EXACTLY  | ''
      십여 명            | ABOUT    | 십 명
      여의도             | EXACTLY  | 여의도
      이상               | EXACTLY  | 이상
      """)
  void splitsThePressQualifierWordsFromTheNumberTheyQualify(String text, Qualifier qualifier,
      String rest) {
    Qualifier.Split split = Qualifier.split(text);

    assertThat(split.qualifier()).isEqualTo(qualifier);
    assertThat(split.rest()).isEqualTo(rest);
  }

  @Test
  void splitsAnAmountTheMoneyParserThenReads() {
    Qualifier.Split split = Qualifier.split("약 118억 원");

    assertThat(MoneyAmount.parse(split.rest())).isEqualTo(MoneyAmount.ofWon(11_800_000_000L));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      약 300명 이상     | 약 (ABOUT) and 이상 (AT_LEAST)
      최대 300명 내외   | 최대 (UP_TO) and 내외 (ABOUT)
      300여 명 이내     | 이내 (UP_TO) and 여 (ABOUT)
      최소 5억 원까지   | 최소 (AT_LEAST) and 까지 (UP_TO)
      """)
  void refusesTwoDifferentQualifiersQuotingTheText(String text, String both) {
    assertThatThrownBy(() -> Qualifier.split(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot split a Qualifier from \"" + text + "\": it has two qualifiers, " + both
            + "; keep one of 약, 여, 내외, 안팎, 가량, 규모 (ABOUT), 이상, 최소 (AT_LEAST) or 최대, 이내,"
            + " 까지 (UP_TO)");
  }

  @ParameterizedTest
  @EnumSource(Qualifier.class)
  void splitsBackWhatItQualifies(Qualifier qualifier) {
    String written = qualifier.qualify("300명");

    assertThat(Qualifier.split(written)).isEqualTo(new Qualifier.Split(qualifier, "300명"));
  }

  @ParameterizedTest(name = "{0} writes {1}")
  @CsvSource(delimiter = '|', textBlock = """
      EXACTLY  | 300명      | 정확히
      ABOUT    | 약 300명   | 약
      AT_LEAST | 300명 이상 | 이상
      UP_TO    | 최대 300명 | 최대
      """)
  void qualifiesAsThePressDoesAndHasAKoreanName(Qualifier qualifier, String written,
      String koreanName) {
    assertThat(qualifier.qualify("300명")).isEqualTo(written);
    assertThat(qualifier.koreanName()).isEqualTo(koreanName);
  }

  @Test
  void refusesNullsNamingTheParameter() {
    assertThatThrownBy(() -> Qualifier.split(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> new Qualifier.Split(null, ""))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("qualifier");
    assertThatThrownBy(() -> new Qualifier.Split(Qualifier.ABOUT, null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("rest");
  }
}
