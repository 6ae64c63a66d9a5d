package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementRules;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.Violation;

/**
 * What {@code @Valid} does with the founding agreement: a plain Jakarta {@code Validator} in the
 * default group accepts it (its three findings are warnings) and rejects the illustrative draft
 * with errors; asked for the warnings' group too, it reports the warnings.
 */
class PlainValidatorTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH),
            Locale.ENGLISH, context -> Locale.ENGLISH, false))
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void theDefaultGroupAcceptsTheFoundingAgreement() {
    assertThat(validator.validate(BusanFutureCarMou.agreement())).isEmpty();
  }

  @Test
  void bothGroupsReportTheFoundingAgreementsThreeWarnings() {
    Set<ConstraintViolation<Agreement>> found = validator.validate(
        BusanFutureCarMou.agreement(), Default.class, AgreementRules.Warnings.class);

    assertThat(found.stream().map(Violation::from).sorted(
            java.util.Comparator.comparing(Violation::path)).toList())
        .containsExactly(
            new Violation("agreement.signing.partyWithoutSignatory", Severity.WARNING,
                "parties[2]", "party \"busan-auto-parts-cooperative\" has no signatory"),
            new Violation("agreement.signing.partyWithoutSignatory", Severity.WARNING,
                "parties[3]", "party \"bug-university-council\" has no signatory"),
            new Violation("agreement.signing.partyWithoutSignatory", Severity.WARNING,
                "parties[4]", "party \"busan-technopark\" has no signatory"));
  }

  @Test
  void theDefaultGroupRejectsADraftWithErrorsWithOurCodes() {
    List<String> codes = validator.validate(GanasiInvestmentAgreement.withMistakes()).stream()
        .map(violation -> violation.getMessageTemplate()).sorted().toList();

    assertThat(codes).containsExactly("{agreement.commitments.duplicateId}",
        "{agreement.signing.required}", "{reference.unknownParty}",
        "{reference.unknownProgramme}");
  }
}
