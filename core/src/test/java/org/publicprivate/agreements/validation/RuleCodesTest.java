package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Payload;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;

/**
 * The 21 codes of MODEL.md's table are the codes of the message bundles, of the constraint
 * annotations and of the constraints on {@link Agreement}, with the table's severities.
 */
class RuleCodesTest {
  private static final List<Class<? extends Annotation>> ANNOTATIONS =
      List.of(
          NoBlankText.class,
          TextWithinLength.class,
          AtLeastTwoParties.class,
          PublicAndPrivateParties.class,
          UniquePartyIds.class,
          UniqueCommitmentIds.class,
          UniqueProgrammeIds.class,
          CommittingPartyNamed.class,
          KnownPartyReferences.class,
          KnownProgrammeReferences.class,
          SigningWhenSigned.class,
          SignatoryForEveryParty.class,
          EffectiveFromSigning.class,
          CommitmentFromEveryParty.class,
          DistinctPartyNames.class,
          BalancedFunding.class,
          BalancedAnnualBudgets.class,
          AnnualBudgetsWithinPeriod.class,
          OneBudgetPerYear.class,
          DueWithinEffectivePeriod.class,
          NoSelfReference.class);

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ContributorValidationMessages.properties",
        "ContributorValidationMessages_en.properties",
        "ContributorValidationMessages_ko.properties"
      })
  void eachMessageBundleHasAMessageForExactlyTheCodesOfTheModel(String bundle) throws IOException {
    Properties messages = load(bundle);

    assertThat(messages.stringPropertyNames()).isEqualTo(ModelRules.SEVERITIES.keySet());
    assertThat(messages.values()).allSatisfy(message -> assertThat((String) message).isNotBlank());
  }

  @Test
  void theDefaultBundleIsTheEnglishOne() throws IOException {
    assertThat(load("ContributorValidationMessages.properties"))
        .isEqualTo(load("ContributorValidationMessages_en.properties"));
  }

  @Test
  void theKoreanBundleUsesTheSameParametersAsTheEnglishOne() throws IOException {
    Properties english = load("ContributorValidationMessages_en.properties");
    Properties korean = load("ContributorValidationMessages_ko.properties");

    assertThat(ModelRules.SEVERITIES.keySet())
        .allSatisfy(
            code ->
                assertThat(parameters(korean.getProperty(code)))
                    .as(code)
                    .isEqualTo(parameters(english.getProperty(code))));
  }

  @Test
  void theAnnotationsCarryExactlyTheCodesOfTheModel() {
    assertThat(ANNOTATIONS.stream().map(RuleCodesTest::code))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ModelRules.SEVERITIES.keySet());
  }

  @Test
  void eachAnnotationsMessageTemplateIsItsCode() throws ReflectiveOperationException {
    for (Class<? extends Annotation> annotation : ANNOTATIONS) {
      assertThat(annotation.getMethod("message").getDefaultValue())
          .as(annotation.getSimpleName())
          .isEqualTo("{" + code(annotation) + "}");
    }
  }

  @Test
  void agreementCarriesEveryRuleWithTheSeverityOfTheModel() {
    Map<String, Severity> onAgreement =
        ANNOTATIONS.stream()
            .collect(Collectors.toMap(RuleCodesTest::code, RuleCodesTest::severityOnAgreement));

    assertThat(onAgreement).isEqualTo(ModelRules.SEVERITIES);
  }

  private static String code(Class<? extends Annotation> annotation) {
    try {
      return (String) annotation.getField("CODE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(annotation.getSimpleName() + " has no CODE", e);
    }
  }

  private static Severity severityOnAgreement(Class<? extends Annotation> type) {
    Annotation constraint = Agreement.class.getAnnotation(type);
    assertThat(constraint).as("@" + type.getSimpleName() + " on Agreement").isNotNull();
    try {
      @SuppressWarnings("unchecked")
      Class<? extends Payload>[] payload =
          (Class<? extends Payload>[]) type.getMethod("payload").invoke(constraint);
      return Arrays.asList(payload).contains(Severity.Warning.class)
          ? Severity.WARNING
          : Severity.ERROR;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> parameters(String message) {
    return Pattern.compile("\\{[a-z]+}")
        .matcher(message)
        .results()
        .map(MatchResult::group)
        .sorted()
        .toList();
  }

  private static Properties load(String bundle) throws IOException {
    try (InputStream in = RuleCodesTest.class.getResourceAsStream("/" + bundle)) {
      assertThat(in).as(bundle).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
