package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Party;

/** Rule {@code party.identifiers.duplicateScheme}: one identifier per register for each party. */
class OneIdentifierPerSchemeTest {
  private static final String CODE = "party.identifiers.duplicateScheme";

  private static Agreement withCompany(Party company) {
    return Documents.agreement().withParties(Documents.city(), company);
  }

  @Test
  void reportsASecondIdentifierOfOneSchemeAgainstTheFirst() {
    Agreement agreement = withCompany(Documents.company().withIdentifiers(
        Identifier.of("XI-LEI", "9884004KA53VQ5J3J815"), Identifier.of("KR-BRN", "1208147521"),
        Identifier.of("XI-LEI", "5493001KJTIIGC8Y1R12")));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "parties[1].identifiers[2].scheme", "scheme \"XI-LEI\" is already used by identifiers[0]"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "parties[1].identifiers[2].scheme", "체계 \"XI-LEI\"는 이미 identifiers[0]에서 쓰였습니다"));
  }

  @Test
  void acceptsOneIdentifierOfEachScheme() {
    Agreement agreement = withCompany(Documents.company().withIdentifiers(
        Identifier.of("XI-LEI", "9884004KA53VQ5J3J815"), Identifier.of("KR-BRN", "1208147521")));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsOneSchemeOnTwoParties() {
    Identifier lei = Identifier.of("XI-LEI", "9884004KA53VQ5J3J815");
    Agreement agreement = Documents.agreement().withParties(
        Documents.city().withIdentifiers(Identifier.of("XI-LEI", "5493001KJTIIGC8Y1R12")),
        Documents.company().withIdentifiers(lei));

    assertThat(english(agreement)).isEmpty();
  }
}
