package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code extensions} of the four owners: names, order, the size limit, text as given. */
class ExtensionsTest {
  private static final ExtensionValue DESK = ExtensionValue.of("INV-2023-0142");

  private static Party.Builder party() {
    return Party.builder().id(PartyId.of("busan")).name("부산광역시").kind(PartyKind.LOCAL_GOVERNMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"busan:investmentDeskId", "a:b", "x-1:Flag_x-1", "city-hall:v2.note",
      "abcdefghijklmnopqrstuvwxyz012345:n",
      "b:N123456789012345678901234567890123456789012345678901234567890123"})
  void acceptsNamesOfAPrefixAndAName(String name) {
    assertThat(Extensions.isName(name)).isTrue();
    assertThat(party().putExtension(name, DESK).build().extensions()).containsEntry(name, DESK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"deskId", "Busan:deskId", "busan:", ":deskId", "busan:desk:id",
      "busan:1desk", "1busan:desk", "busan_city:desk", "부산:deskId", "busan:데스크", "busan:desk id",
      "", "abcdefghijklmnopqrstuvwxyz0123456:n",
      "b:N1234567890123456789012345678901234567890123456789012345678901234"})
  void refusesEveryOtherTopLevelNameNamingIt(String name) {
    assertThat(Extensions.isName(name)).isFalse();
    assertThatThrownBy(() -> party().putExtension(name, DESK).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Party.extensions must be named prefix:name")
        .hasMessageEndingWith("was \"" + name + "\"");
  }

  @Test
  void everyOwnerChecksItsNames() {
    assertThatThrownBy(() -> Commitment.builder().id(CommitmentId.of("c")).summary("지원")
        .category(CommitmentCategory.OTHER).obligation(ObligationLevel.INTENT)
        .putExtension("note", DESK).build())
        .hasMessageStartingWith("Commitment.extensions must be named prefix:name");
    assertThatThrownBy(() -> FundedProgramme.builder().id(ProgrammeId.of("p")).name("사업")
        .period(FiscalYears.of(Year.of(2024), Year.of(2025))).totalBudget(MoneyAmount.ZERO)
        .status(ProgrammeStatus.PLANNED).putExtension("note", DESK).build())
        .hasMessageStartingWith("FundedProgramme.extensions must be named prefix:name");
    assertThatThrownBy(() -> Agreement.builder().id(AgreementId.of("a")).title("협약")
        .kind(AgreementKind.MOU).status(AgreementStatus.DRAFT).putExtension("note", DESK).build())
        .hasMessageStartingWith("Agreement.extensions must be named prefix:name");
  }

  @Test
  void keepsExtensionsSortedByNameInUtf16CodeUnitsWhateverTheOrderTheyWereGivenIn() {
    Party one = party().putExtension("z:a", DESK).putExtension("a:z", ExtensionValue.of(1))
        .putExtension("a:Z", ExtensionValue.of(true)).build();
    Party other = party().putExtension("a:Z", ExtensionValue.of(true))
        .putExtension("a:z", ExtensionValue.of(1)).putExtension("z:a", DESK).build();

    assertThat(one.extensions().keySet()).containsExactly("a:Z", "a:z", "z:a");
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.withExtensions(Map.of())).isNotEqualTo(one);
    assertThatThrownBy(() -> one.extensions().put("b:c", DESK))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void storesTextAsGivenWithoutTrimmingOrNfc() {
    String nfd = "\u1100\u1161\u11A8 ";
    Party party = party().putExtension("busan:note", ExtensionValue.of(nfd)).build();

    assertThat(((ExtensionValue.Text) party.extensions().get("busan:note")).value()).isEqualTo(nfd);
  }

  @Test
  void oneOwnersExtensionsHoldAtMostTenThousandValuesInAll() {
    List<ExtensionValue> numbers = new ArrayList<>(Collections.nCopies(4_999, ExtensionValue.of(7)));
    ExtensionValue half = ExtensionValue.list(numbers);
    Party full = party().putExtension("a:one", half).putExtension("a:two", half).build();
    assertThat(full.extensions()).hasSize(2);

    assertThatThrownBy(() -> party().putExtension("a:one", half).putExtension("a:two", half)
        .putExtension("a:three", DESK).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("Party.extensions must be at most 10000 values in all, nested ones included,"
            + " was \"10001 values\"");
    assertThat(Extensions.MAX_VALUES).isEqualTo(10_000);
  }
}
