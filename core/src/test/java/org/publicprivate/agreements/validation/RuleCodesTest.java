package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;

/**
 * The 40 codes of MODEL.md's tables that are built ({@link ModelRules}) are the codes of the rule
 * set, with the tables' severities, and of the message bundles (with the engine's two codes);
 * {@code Agreement} carries the rules as two constraints.
 */
class RuleCodesTest {
  private static final Set<String> ENGINE_CODES = Set.of("rule.failed", "rule.truncated");

  private static Set<String> bundleCodes() {
    Set<String> codes = new HashSet<>(ModelRules.SEVERITIES.keySet());
    codes.addAll(ENGINE_CODES);
    return codes;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ContributorValidationMessages.properties",
        "ContributorValidationMessages_en.properties",
        "ContributorValidationMessages_ko.properties"
      })
  void eachMessageBundleHasAMessageForExactlyTheCodesOfTheModelAndTheEngine(String bundle)
      throws IOException {
    Properties messages = load(bundle);

    assertThat(messages.stringPropertyNames()).isEqualTo(bundleCodes());
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

    assertThat(bundleCodes())
        .allSatisfy(
            code ->
                assertThat(parameters(korean.getProperty(code)))
                    .as(code)
                    .isEqualTo(parameters(english.getProperty(code))));
  }

  @Test
  void theRuleSetHasExactlyTheCodesOfTheModelWithTheSeveritiesOfTheModel() {
    List<Rule> rules = AgreementValidator.create().rules();
    Map<String, Severity> severities =
        rules.stream().collect(Collectors.toMap(Rule::code, Rule::severity));

    assertThat(rules).hasSize(ModelRules.SEVERITIES.size());
    assertThat(severities).isEqualTo(ModelRules.SEVERITIES);
  }

  @Test
  void everyRuleDescribesItselfInKoreanAndInEnglish() {
    for (Rule rule : AgreementValidator.create().rules()) {
      String korean = rule.description(Locale.KOREAN);
      String english = rule.description(Locale.ENGLISH);
      assertThat(korean).as(rule.code()).isNotBlank().containsPattern("[가-힣]");
      assertThat(english).as(rule.code()).isNotBlank().doesNotContainPattern("[가-힣]");
      assertThat(rule.description(Locale.GERMAN)).isEqualTo(english);
    }
  }

  @Test
  void agreementCarriesTheRulesAsTwoConstraintsOneForErrorsAndOneForWarnings() {
    AgreementRules.List constraints = Agreement.class.getAnnotation(AgreementRules.List.class);

    assertThat(constraints.value()).hasSize(2);
    assertThat(constraints.value()[0].groups()).isEmpty();
    assertThat(constraints.value()[0].payload()).isEmpty();
    assertThat(constraints.value()[1].groups()).containsExactly(AgreementRules.Warnings.class);
    assertThat(constraints.value()[1].payload()).containsExactly(Severity.Warning.class);
    assertThat(Arrays.stream(Agreement.class.getAnnotations())
            .map(annotation -> annotation.annotationType().getPackageName())
            .filter(name -> name.startsWith("org.publicprivate")))
        .containsExactly("org.publicprivate.agreements.validation");
  }

  @Test
  void agreementImportsAtMostTwoValidationTypes() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/org/publicprivate/agreements/Agreement.java"));

    assertThat(source.lines()
            .filter(line -> line.startsWith("import org.publicprivate.agreements.validation.")))
        .containsExactly(
            "import org.publicprivate.agreements.validation.AgreementRules;",
            "import org.publicprivate.agreements.validation.Severity;");
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
