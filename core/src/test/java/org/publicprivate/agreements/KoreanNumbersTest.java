package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanNumbersTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0                   | 0                                | false
      7                   | 7                                | false
      5000                | 5,000                            | false
      10000               | 1만                              | true
      33000               | 3만 3,000                        | false
      120000              | 12만                             | true
      100000000           | 1억                              | true
      100010000           | 1억 1만                          | true
      1234567890000       | 1조 2,345억 6,789만              | true
      9223372036854775807 | 922경 3,372조 368억 5,477만 5,807 | false
      """)
  void writesKoreanUnitsAndSaysWhetherTheTextEndsInOne(long value, String text, boolean unit) {
    assertThat(KoreanNumbers.appendKorean(new StringBuilder(), value)).hasToString(text);
    assertThat(KoreanNumbers.endsInUnit(value)).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0       | 0
      999     | 999
      1000    | 1,000
      1234567 | 1,234,567
      """)
  void groupsThousands(long value, String text) {
    assertThat(KoreanNumbers.appendGrouped(new StringBuilder("x"), value)).hasToString("x" + text);
  }
}
