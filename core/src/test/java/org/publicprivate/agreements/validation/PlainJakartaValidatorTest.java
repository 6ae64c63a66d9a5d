package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;

/**
 * A plain default Jakarta {@code Validator}, as a Spring or Quarkus service gets it (here with
 * Expressly as its Jakarta EL), reports the same rules as {@link AgreementValidator} when asked for
 * both groups, and only the errors in the default group, as {@code @Valid} asks.
 */
class PlainJakartaValidatorTest {

  private static List<Violation> validate(Agreement agreement, Locale locale, Class<?>... groups) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      // The default interpolator, which needs Jakarta EL: not the facade's EL-free one.
      assertThat(factory.getMessageInterpolator())
          .isInstanceOf(ResourceBundleMessageInterpolator.class);
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Agreement>> found = validator.validate(agreement, groups);
      return ValidationReport.of(found.stream().map(Violation::from).toList()).violations();
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<Violation> both(Agreement agreement, Locale locale) {
    return validate(agreement, locale, Default.class, AgreementRules.Warnings.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "ko"})
  void bothGroupsReportWhatTheFacadeReportsWithTheSameCodesPathsSeveritiesAndMessages(
      String language) {
    Locale locale = Locale.forLanguageTag(language);
    AgreementValidator facade = AgreementValidator.create(locale);

    List<Violation> plain = both(ManyRulesAtOnceTest.document(), locale);
    assertThat(plain).hasSize(41);
    assertThat(plain)
        .containsExactlyElementsOf(facade.validate(ManyRulesAtOnceTest.document()).violations());
    assertThat(both(ManyRulesAtOnceTest.loneSignedPartyWithoutASigning(), locale))
        .containsExactlyElementsOf(
            facade.validate(ManyRulesAtOnceTest.loneSignedPartyWithoutASigning()).violations());
  }

  @Test
  void theDefaultGroupReportsTheErrorsAndNoWarning() {
    List<Violation> plain = validate(ManyRulesAtOnceTest.document(), Locale.ENGLISH);

    assertThat(plain)
        .containsExactlyElementsOf(
            Validators.ENGLISH.validate(ManyRulesAtOnceTest.document()).errors());
  }

  @Test
  void theWarningsGroupReportsTheWarningsWithTheWarningPayload() {
    List<Violation> plain =
        validate(ManyRulesAtOnceTest.document(), Locale.ENGLISH, AgreementRules.Warnings.class);

    assertThat(plain)
        .isNotEmpty()
        .containsExactlyElementsOf(
            Validators.ENGLISH.validate(ManyRulesAtOnceTest.document()).warnings());
  }

  @Test
  void theDefaultGroupAcceptsADocumentWhoseOnlyViolationsAreWarnings() {
    Party withoutSignatory = Documents.party("busan-parts", "부산자동차부품조합",
        org.publicprivate.agreements.PartyKind.COOPERATIVE);
    Agreement warned = Documents.agreement()
        .withParties(Documents.city(), Documents.company(), withoutSignatory);

    assertThat(Validators.ENGLISH.validate(warned).warnings()).isNotEmpty();
    assertThat(Validators.ENGLISH.validate(warned).isValid()).isTrue();
    assertThat(validate(warned, Locale.ENGLISH)).isEmpty();
    assertThat(validate(warned, Locale.ENGLISH, AgreementRules.Warnings.class))
        .extracting(Violation::code)
        .contains("agreement.signing.partyWithoutSignatory", "party.withoutCommitment");
  }

  @Test
  void theDefaultGroupRejectsADocumentWithAnError() {
    Agreement broken = Documents.agreement().withTitle(" ");

    assertThat(validate(broken, Locale.ENGLISH))
        .containsExactly(new Violation("text.blank", Severity.ERROR, "title", "must not be blank"));
  }

  /** A user's own type holding an agreement, validated with a cascade, as {@code @Valid} does. */
  record Submission(@jakarta.validation.Valid Agreement agreement) {}

  @Test
  void aCascadeFromTheUsersOwnTypePrefixesThePathWithItsProperty() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      List<Violation> found = factory.getValidator()
          .validate(new Submission(Documents.agreement().withTitle(" "))).stream()
          .map(Violation::from).toList();

      assertThat(found).containsExactly(
          new Violation("text.blank", Severity.ERROR, "agreement.title", "must not be blank"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void findsNothingInTheCleanBaseline() {
    assertThat(both(Documents.agreement(), Locale.ENGLISH)).isEmpty();
  }
}
