package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ids of the model write their text and order by it. */
class IdsTest {
  static Stream<Function<String, ? extends Comparable<?>>> ids() {
    return Stream.of(AgreementId::of, PartyId::of, CommitmentId::of, ProgrammeId::of,
        SourceId::of);
  }

  @ParameterizedTest
  @MethodSource("ids")
  <T extends Comparable<T>> void writesItsTextAndOrdersByIt(Function<String, T> id) {
    T busan = id.apply("busan-2024");
    T city = id.apply("city");

    assertThat(busan).hasToString("busan-2024");
    assertThat(busan.compareTo(city)).isNegative();
    assertThat(city.compareTo(busan)).isPositive();
    assertThat(busan.compareTo(id.apply("busan-2024"))).isZero();
    assertThat(Stream.of(city, busan).sorted().toList()).isEqualTo(List.of(busan, city));
  }
}
