package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;

/** The house-rule example: every company party needs a business registration number. */
class CompanyRegistrationNumberRuleTest {
  private static final AgreementValidator ENGLISH = AgreementValidator.builder()
      .locale(Locale.ENGLISH)
      .addRule(new CompanyRegistrationNumberRule())
      .build();

  @Test
  void reportsTheCompanyOfTheFoundingAgreementThatHasNoNumber() {
    ValidationReport report = ENGLISH.validate(BusanFutureCarMou.agreement());

    assertThat(report.errors()).containsExactly(new Violation("busan.company.brnRequired",
        Severity.ERROR, "parties[1].businessRegistrationNumber",
        "company \"르노코리아자동차\" has no business registration number"));
    assertThat(report.warnings()).hasSize(3);
  }

  @Test
  void acceptsACompanyWithANumberAndIgnoresPartiesOfOtherKinds() {
    Agreement founding = BusanFutureCarMou.agreement();
    Party renault = founding.parties().get(1)
        .withBusinessRegistrationNumber(BusinessRegistrationNumber.parse("123-45-67891")); // illustrative
    Agreement registered = founding.withParties(founding.parties().get(0), renault,
        founding.parties().get(2), founding.parties().get(3), founding.parties().get(4));

    assertThat(ENGLISH.validate(registered).isValid()).isTrue();
    assertThat(ENGLISH.validate(registered).codes())
        .doesNotContain(CompanyRegistrationNumberRule.CODE);
  }

  @Test
  void isListedAfterTheModelsRules() {
    assertThat(ENGLISH.rules()).last()
        .isInstanceOf(CompanyRegistrationNumberRule.class);
    assertThat(ENGLISH.rules().get(ENGLISH.rules().size() - 1).description(Locale.KOREAN))
        .isEqualTo("기업 당사자에 사업자등록번호가 없습니다");
  }
}
