package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QuantityUnitTest {

  @ParameterizedTest(name = "{0} is {1}, written {2}")
  @CsvSource(delimiter = '|', textBlock = """
      JOBS          | 일자리   | 명
      PEOPLE        | 인원     | 명
      COMPANIES     | 기업     | 개사
      SQUARE_METRES | 면적     | ㎡
      PYEONG        | 평       | 평
      ITEMS         | 개수     | 개
      EVENTS        | 횟수     | 회
      """)
  void hasAKoreanNameAndTheWordItIsWrittenWith(QuantityUnit unit, String koreanName,
      String suffix) {
    assertThat(unit.koreanName()).isEqualTo(koreanName);
    assertThat(unit.suffix()).isEqualTo(suffix);
    assertThat(unit.suffixesRead()).first().isEqualTo(suffix);
  }

  @Test
  void otherIsWrittenWithItsLabelAndReadsNoWord() {
    assertThat(QuantityUnit.OTHER.koreanName()).isEqualTo("기타");
    assertThat(QuantityUnit.OTHER.suffix()).isEmpty();
    assertThat(QuantityUnit.OTHER.suffixesRead()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(QuantityUnit.class)
  void readsTheWordItWrites(QuantityUnit unit) {
    assertThat(unit.suffixesRead().isEmpty()).isEqualTo(unit.suffix().isEmpty());
  }

  @Test
  void sharesAWordOnlyWhereThePressUsesItForBoth() {
    Map<String, Set<QuantityUnit>> owners = new HashMap<>();
    for (QuantityUnit unit : QuantityUnit.values()) {
      for (String word : unit.suffixesRead()) {
        owners.merge(word, Set.of(unit), (a, b) -> {
          java.util.Set<QuantityUnit> both = new java.util.HashSet<>(a);
          both.addAll(b);
          return both;
        });
      }
    }
    owners.values().removeIf(units -> units.size() == 1);

    assertThat(owners).containsOnly(
        Map.entry("명", Set.of(QuantityUnit.JOBS, QuantityUnit.PEOPLE)),
        Map.entry("개", Set.of(QuantityUnit.JOBS, QuantityUnit.ITEMS)));
  }
}
