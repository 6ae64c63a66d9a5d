package org.publicprivate.agreements.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeId;

/**
 * With a {@link SharedWalk} payload the eight commitment rules walk the commitments once between
 * them and report exactly what each reports walking alone, as under a plain {@code Validator}.
 */
class SharedWalkTest {
  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Commitment commitment(String id, String summary, PartyId... parties) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParties(parties)
        .summary(summary)
        .category(CommitmentCategory.EMPLOYMENT)
        .obligation(ObligationLevel.INTENT)
        .build();
  }

  /** Breaks each of the eight rules that look at every commitment, some more than once. */
  private static Agreement document() {
    PartyId city = PartyId.of("city");
    PartyId company = PartyId.of("company");
    PartyId idle = PartyId.of("idle-foundation");
    return Agreement.builder()
        .id(AgreementId.of("shared-walk"))
        .title("공유 순회 시험")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.DRAFT)
        .effectivePeriod(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .addParties(
            Party.builder().id(city).name("시").kind(PartyKind.LOCAL_GOVERNMENT).build(),
            Party.builder().id(company).name("회사").kind(PartyKind.COMPANY).build(),
            Party.builder().id(idle).name("재단").kind(PartyKind.NON_PROFIT).build())
        .addCommitments(
            commitment("a", "행정 지원", city),
            commitment("a", "", company), // duplicate id, blank summary
            commitment("b", "x".repeat(4_001)), // too long, no committing party
            commitment("c", "투자", PartyId.of("ghost")).withProgramme(ProgrammeId.of("none"))
                .withDue(LocalDate.of(2030, 1, 1)), // unknown party and programme, due outside
            commitment("a", "고용", company).withBeneficiaries(PartyId.of("ghost"))) // again
        .build();
  }

  private static List<String> described(Set<ConstraintViolation<Agreement>> violations) {
    return violations.stream()
        .map(v -> v.getMessageTemplate() + " " + v.getPropertyPath() + " " + v.getMessage())
        .sorted()
        .toList();
  }

  @Test
  void walksOnceAndReportsWhatEachRuleReportsAlone() {
    Agreement agreement = document();
    SharedWalk walk = new SharedWalk();
    Validator shared = FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(walk).getValidator();

    List<String> alone = described(FACTORY.getValidator().validate(agreement));
    List<String> together = described(shared.validate(agreement));

    assertThat(walk.walkedAgreement()).isSameAs(agreement);
    assertThat(together).isEqualTo(alone);
    assertThat(alone)
        .anyMatch(v -> v.startsWith("{text.blank} commitments[1].summary"))
        .anyMatch(v -> v.startsWith("{text.tooLong} commitments[2].summary"))
        .anyMatch(v -> v.startsWith("{agreement.commitments.duplicateId} commitments[1].id"))
        .anyMatch(v -> v.startsWith("{agreement.commitments.duplicateId} commitments[4].id"))
        .anyMatch(v -> v.startsWith("{commitment.parties.min} commitments[2].parties"))
        .anyMatch(v -> v.startsWith("{reference.unknownParty} commitments[3].parties[0]"))
        .anyMatch(v -> v.startsWith("{reference.unknownParty} commitments[4].beneficiaries[0]"))
        .anyMatch(v -> v.startsWith("{reference.unknownProgramme} commitments[3].programme"))
        .anyMatch(v -> v.startsWith("{party.withoutCommitment} parties[2]"))
        .anyMatch(v -> v.startsWith("{commitment.due.outsideEffectivePeriod} commitments[3].due"));
  }

  @Test
  void walksAgainForAnotherAgreement() {
    SharedWalk walk = new SharedWalk();
    Validator shared = FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(walk).getValidator();
    Agreement first = document();
    Agreement second = first.withCommitments(first.commitments().subList(0, 1));

    shared.validate(first);
    List<String> again = described(shared.validate(second));

    assertThat(walk.walkedAgreement()).isSameAs(second);
    assertThat(again).isEqualTo(described(FACTORY.getValidator().validate(second)));
  }
}
