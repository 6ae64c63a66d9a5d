package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;

/**
 * A rule reports at most {@link AgreementValidator#MAX_FINDINGS_PER_RULE} violations of one
 * document one by one, the first in the document, and counts the rest in one violation {@code
 * rule.truncated} of the rule's severity; a plain Jakarta {@code Validator} reports the same.
 */
class FindingLimitTest {

  /** {@code n} commitments that all share one id: {@code n - 1} duplicates. */
  private static Agreement sharingOneId(int n) {
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      commitments.add(Documents.citySupport().withId(CommitmentId.of("same")));
    }
    return Documents.agreement().withCommitments(commitments);
  }

  @Test
  void listsTheFirstThousandFindingsOfARuleAndCountsTheRest() {
    ValidationReport report = Validators.ENGLISH.validate(sharingOneId(1_501));
    List<Violation> duplicates = report.violations().stream()
        .filter(v -> v.code().equals("agreement.commitments.duplicateId")).toList();

    assertThat(AgreementValidator.MAX_FINDINGS_PER_RULE).isEqualTo(1_000);
    assertThat(duplicates).hasSize(1_000);
    assertThat(duplicates.get(0).path()).isEqualTo("commitments[1].id");
    assertThat(duplicates.get(999).path()).isEqualTo("commitments[1000].id");
    assertThat(report.violations().get(0)).isEqualTo(new Violation("rule.truncated",
        Severity.ERROR, "", "rule agreement.commitments.duplicateId found 500 more violations;"
            + " only the first 1000 are listed"));
  }

  @Test
  void reportsExactlyTheLimitWithoutASummary() {
    ValidationReport report = Validators.KOREAN.validate(sharingOneId(1_001));

    assertThat(report.codes()).doesNotContain("rule.truncated");
    assertThat(report.errors()).hasSize(1_000);
  }

  @Test
  void aTruncatedWarningRuleStaysAWarning() {
    List<org.publicprivate.agreements.Party> parties = new ArrayList<>();
    parties.add(Documents.city());
    parties.add(Documents.company());
    for (int i = 0; i < 1_200; i++) {
      parties.add(Documents.party("p-" + i, "협력사 " + i,
          org.publicprivate.agreements.PartyKind.COMPANY));
    }
    ValidationReport report = Validators.KOREAN.validate(
        Documents.agreement().withParties(parties));

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).filteredOn(v -> v.code().equals("rule.truncated"))
        .extracting(Violation::message)
        .containsExactlyInAnyOrder(
            "규칙 agreement.signing.partyWithoutSignatory의 위반이 200건 더 있습니다. 처음 1000건만 보입니다",
            "규칙 party.withoutCommitment의 위반이 200건 더 있습니다. 처음 1000건만 보입니다");
  }

  @Test
  void aPlainValidatorReportsTheSameLimitedViolations() {
    Agreement agreement = sharingOneId(1_501);
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(java.util.Set.of(Locale.ENGLISH),
            Locale.ENGLISH, context -> Locale.ENGLISH, false))
        .buildValidatorFactory()) {
      List<Violation> plain = ValidationReport.of(factory.getValidator()
          .validate(agreement, Default.class, AgreementRules.Warnings.class).stream()
          .map(Violation::from).toList()).violations();

      assertThat(plain).isEqualTo(Validators.ENGLISH.validate(agreement).violations());
    }
  }
}
