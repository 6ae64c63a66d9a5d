package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.Violation;

class MutationsTest {
  private static final AgreementValidator VALIDATOR = AgreementValidator.create(Locale.ENGLISH);

  static java.util.List<Mutation> mutations() {
    return Mutations.all();
  }

  private static Set<String> errorCodes(Agreement agreement) {
    return VALIDATOR.validate(agreement).errors().stream().map(Violation::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyValidAgreementHasNoError() {
    PropertyResult result = Property.forAll(AgreementGens.validAgreements())
        .named("valid agreements have no error")
        .verify(agreement -> assertThat(errorCodes(agreement)).isEmpty());
    assertThat(result.tries()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void everyMutationGivesExactlyItsCode(Mutation mutation) {
    Property.forAll(AgreementGens.validAgreements())
        .named(mutation.code())
        .tries(200)
        .verify(valid -> assertThat(errorCodes(mutation.apply(valid)))
            .isEqualTo(mutation.expectedErrors()));
  }

  @Test
  void thereIsOneMutationForEveryErrorRuleOfTheRuleSet() {
    Set<String> errorRules = new TreeSet<>();
    for (Rule rule : AgreementValidator.create().rules()) {
      if (rule.severity() == Severity.ERROR) {
        errorRules.add(rule.code());
      }
    }
    assertThat(Mutations.all()).extracting(Mutation::code).containsExactlyInAnyOrderElementsOf(errorRules);
    assertThat(Mutations.of("relatedAgreement.self").code()).isEqualTo("relatedAgreement.self");
    assertThatThrownBy(() -> Mutations.of("party.duplicateName"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No ERROR rule has the code \"party.duplicateName\"");
  }
}
