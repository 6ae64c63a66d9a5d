package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @ParameterizedTest(name = "{0} lies in {1}")
  @CsvSource({"26,26", "26440,26", "4812510100,48", "11110,11", "29170,29"})
  void knowsTheProvinceOrMetropolitanCityItLiesIn(String code, String sido) {
    RegionCode region = RegionCode.of(code);

    assertThat(region.value()).isEqualTo(code);
    assertThat(region.toString()).isEqualTo(code);
    assertThat(region.sidoCode()).isEqualTo(RegionCode.of(sido));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "264", "2644", "264400", "264401010", "26440101001", "2644O",
      "２６", " 26", "26 ", "26-440", "부산"})
  void refusesAnythingButTwoFiveOrTenDigits(String code) {
    assertThatThrownBy(() -> RegionCode.of(code))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("RegionCode");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.value()).isEqualTo(code);
        })
        .hasMessage("RegionCode.value must be 2 digits (시·도), 5 (시·군·구) or 10 (읍·면·동·리) of a"
            + " 법정동코드, such as 26440, was \"" + code + "\"");
  }

  @Test
  void equalDigitsGiveEqualCodesAndCodesOrderByDigits() {
    assertThat(RegionCode.of("26440")).isEqualTo(RegionCode.of("26440"))
        .hasSameHashCodeAs(RegionCode.of("26440"));
    assertThat(RegionCode.of("26").compareTo(RegionCode.of("26440"))).isNegative();
    assertThat(RegionCode.of("26440").compareTo(RegionCode.of("27"))).isNegative();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> RegionCode.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }
}
