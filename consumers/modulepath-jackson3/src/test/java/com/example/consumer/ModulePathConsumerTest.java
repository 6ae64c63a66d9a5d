package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.jackson3.AgreementJsonException;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Violation;
import tools.jackson.databind.json.JsonMapper;

/** What a user on the module path does with the library and Jackson 3. */
class ModulePathConsumerTest {

  static Agreement agreement() {
    return Agreement.builder()
        .id(AgreementId.of("ganasi-dara-2024"))
        .title("가나시-다라산업 투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT)
        .status(AgreementStatus.DRAFT)
        .addParties(
            Party.builder().id(PartyId.of("ganasi")).name("가나시")
                .kind(PartyKind.LOCAL_GOVERNMENT).build(),
            Party.builder().id(PartyId.of("dara")).name("다라산업(주)")
                .kind(PartyKind.COMPANY).build())
        .addCommitments(
            Commitment.builder().id(CommitmentId.of("plant")).addParties(PartyId.of("dara"))
                .summary("공장 신설").category(CommitmentCategory.INVESTMENT)
                .obligation(ObligationLevel.BINDING).build(),
            Commitment.builder().id(CommitmentId.of("permits")).addParties(PartyId.of("ganasi"))
                .summary("인허가 지원").category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
                .obligation(ObligationLevel.BEST_EFFORTS).build())
        .build();
  }

  @Test
  void runsOnTheModulePath() {
    assertEquals("com.example.consumer", Filing.class.getModule().getName());
    assertEquals("org.publicprivate.agreements", Agreement.class.getModule().getName());
  }

  @Test
  void findsTheModuleByItsServiceFileAndKeepsTheUsersRecord() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Filing filing = new Filing("투자유치과", agreement());

    String json = mapper.writeValueAsString(filing);

    assertTrue(json.startsWith("{\"office\":\"투자유치과\",\"agreement\":{\"formatVersion\":1,"));
    assertEquals(filing, mapper.readValue(json, Filing.class));
  }

  @Test
  void strictReadingNamesThePathInTheUsersRecord() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = "{\"office\":\"x\",\"agreement\":{\"id\":\"a\",\"kind\":\"TREATY\"}}";

    AgreementJsonException error =
        assertThrows(AgreementJsonException.class, () -> mapper.readValue(json, Filing.class));

    assertEquals("agreement.kind", error.jsonPath());
  }

  @Test
  void agreementValidatorNeedsNothingMore() {
    assertTrue(AgreementValidator.create(Locale.ENGLISH).validate(agreement()).isValid());
    Agreement alone = agreement().withParties(agreement().parties().get(0));
    assertEquals(List.of("agreement.parties.min", "agreement.parties.publicPrivate",
            "reference.unknownParty"),
        AgreementValidator.create(Locale.ENGLISH).validate(alone).errors().stream()
            .map(Violation::code).sorted().toList());
  }

  @Test
  void aPlainValidatorWithoutElUsesTheParameterInterpolator() {
    Validator validator = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    Agreement alone = agreement().withParties(agreement().parties().get(0));

    assertTrue(validator.validate(agreement()).isEmpty());
    Set<ConstraintViolation<Agreement>> violations = validator.validate(alone);
    assertEquals(List.of("agreement.parties.min", "agreement.parties.publicPrivate",
            "reference.unknownParty"),
        violations.stream().map(v -> Violation.from(v).code()).sorted().toList());
  }
}
