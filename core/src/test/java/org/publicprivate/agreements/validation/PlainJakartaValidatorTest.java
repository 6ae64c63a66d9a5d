package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;

/**
 * A plain default Jakarta {@code Validator}, as a Spring or Quarkus service gets it (here with
 * Expressly as its Jakarta EL), reports the same rules as {@link AgreementValidator}: same codes,
 * paths, severities and messages.
 */
class PlainJakartaValidatorTest {

  /** What a violation of a plain validator says, in the facade's terms. */
  private static Violation asViolation(ConstraintViolation<Agreement> violation) {
    String template = violation.getMessageTemplate();
    assertThat(template).startsWith("{").endsWith("}");
    return new Violation(
        template.substring(1, template.length() - 1),
        violation.getConstraintDescriptor().getPayload().contains(Severity.Warning.class)
            ? Severity.WARNING
            : Severity.ERROR,
        AgreementValidator.jsonPath(violation.getPropertyPath()),
        violation.getMessage());
  }

  private static List<Violation> validate(Agreement agreement, Locale locale) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      // The default interpolator, which needs Jakarta EL: not the facade's EL-free one.
      assertThat(factory.getMessageInterpolator())
          .isInstanceOf(ResourceBundleMessageInterpolator.class);
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Agreement>> found = validator.validate(agreement);
      return ValidationReport.of(found.stream().map(PlainJakartaValidatorTest::asViolation).toList())
          .violations();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void reportsTheSameCodesPathsAndSeveritiesAsTheFacade() {
    List<Violation> plain = validate(ManyRulesAtOnceTest.document(), Locale.ENGLISH);
    List<Violation> facade = Validators.english(ManyRulesAtOnceTest.document());

    assertThat(plain).hasSize(22);
    assertThat(plain)
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactlyElementsOf(
            facade.stream()
                .map(v -> tuple(v.code(), v.path(), v.severity()))
                .toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "ko"})
  void interpolatesTheSameMessagesAsTheFacade(String language) {
    Locale locale = Locale.forLanguageTag(language);

    assertThat(validate(ManyRulesAtOnceTest.document(), locale))
        .containsExactlyElementsOf(
            AgreementValidator.create(locale).validate(ManyRulesAtOnceTest.document()).violations());
    assertThat(validate(ManyRulesAtOnceTest.loneSignedPartyWithoutASigning(), locale))
        .containsExactlyElementsOf(
            AgreementValidator.create(locale)
                .validate(ManyRulesAtOnceTest.loneSignedPartyWithoutASigning())
                .violations());
  }

  @Test
  void findsNothingInTheCleanBaseline() {
    assertThat(validate(Documents.agreement(), Locale.ENGLISH)).isEmpty();
  }
}
