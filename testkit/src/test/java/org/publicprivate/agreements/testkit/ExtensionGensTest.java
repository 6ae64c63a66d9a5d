package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.Extensions;

/** Valid agreements carry extensions in a share of cases, with every kind of value the model allows. */
class ExtensionGensTest {
  private static final int SAMPLES = 400;

  private static List<Agreement> samples() {
    Gen<Agreement> valid = AgreementGens.validAgreements();
    return LongStream.range(0, SAMPLES).mapToObj(valid::sample).toList();
  }

  private static List<Map<String, ExtensionValue>> everyOwnersExtensions(Agreement agreement) {
    List<Map<String, ExtensionValue>> all = new ArrayList<>();
    all.add(agreement.extensions());
    agreement.parties().forEach(p -> all.add(p.extensions()));
    agreement.commitments().forEach(c -> all.add(c.extensions()));
    agreement.programmes().forEach(p -> all.add(p.extensions()));
    return all;
  }

  private static Stream<ExtensionValue> flatten(ExtensionValue value) {
    if (value instanceof ExtensionValue.ListValue list) {
      return Stream.concat(Stream.of(value), list.values().stream().flatMap(ExtensionGensTest::flatten));
    }
    if (value instanceof ExtensionValue.ObjectValue object) {
      return Stream.concat(Stream.of(value),
          object.members().values().stream().flatMap(ExtensionGensTest::flatten));
    }
    return Stream.of(value);
  }

  @Test
  void aShareOfValidAgreementsCarriesExtensionsOnEachOfTheFourOwners() {
    List<Agreement> samples = samples();
    long extended = samples.stream()
        .filter(a -> everyOwnersExtensions(a).stream().anyMatch(e -> !e.isEmpty())).count();

    assertThat(extended).isBetween(SAMPLES / 10L, SAMPLES / 2L);
    assertThat(samples).anyMatch(a -> !a.extensions().isEmpty())
        .anyMatch(a -> a.parties().stream().anyMatch(p -> !p.extensions().isEmpty()))
        .anyMatch(a -> a.commitments().stream().anyMatch(c -> !c.extensions().isEmpty()))
        .anyMatch(a -> a.programmes().stream().anyMatch(p -> !p.extensions().isEmpty()));
  }

  @Test
  void valuesNestKoreanTextEdgeNumbersAndEmptyListsAndObjects() {
    List<ExtensionValue> values = samples().stream()
        .flatMap(a -> everyOwnersExtensions(a).stream())
        .flatMap(e -> e.values().stream()).flatMap(ExtensionGensTest::flatten).toList();

    assertThat(values)
        .anyMatch(v -> v.depth() >= 3)
        .anyMatch(v -> v instanceof ExtensionValue.Text t && t.value().chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
        .anyMatch(v -> v.equals(ExtensionValue.of(ExtensionValue.MAX_WHOLE_NUMBER)))
        .anyMatch(v -> v.equals(ExtensionValue.of(-ExtensionValue.MAX_WHOLE_NUMBER)))
        .anyMatch(v -> v instanceof ExtensionValue.Bool)
        .anyMatch(v -> v.equals(ExtensionValue.list()))
        .anyMatch(v -> v.equals(ExtensionValue.object(Map.of())));
  }

  @Test
  void everyTopLevelNameIsAnExtensionName() {
    assertThat(samples().stream().flatMap(a -> everyOwnersExtensions(a).stream())
        .flatMap(e -> e.keySet().stream()))
        .isNotEmpty().allMatch(Extensions::isName);
  }
}
