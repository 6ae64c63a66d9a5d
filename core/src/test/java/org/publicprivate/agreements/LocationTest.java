package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void namesAPlaceAndOptionallyItsRegion() {
    Location plant = Location.of("부산공장", RegionCode.of("26440"));

    assertThat(plant.name()).isEqualTo("부산공장");
    assertThat(plant.regionCode()).contains(RegionCode.of("26440"));
    assertThat(Location.of("○○일반산업단지").regionCode()).isEmpty();
    assertThat(plant.withRegionCode(RegionCode.of("26")).regionCode())
        .contains(RegionCode.of("26"));
  }

  @Test
  void storesItsNameStrippedAndComposed() {
    String decomposed = Normalizer.normalize("부산공장", Normalizer.Form.NFD);

    Location typed = Location.builder().name("\u3000" + decomposed + " ").build();

    assertThat(typed.name()).isEqualTo("부산공장");
    assertThat(typed).isEqualTo(Location.of("부산공장"));
  }

  @Test
  void refusesAMissingName() {
    assertThatThrownBy(() -> Location.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }
}
