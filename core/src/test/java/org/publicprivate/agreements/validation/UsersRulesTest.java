package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyKind;

/**
 * Rules of a user's own, added with {@link AgreementValidator#builder()}: reported in the same
 * report and order as the model's, with messages from the rule or from a bundle, and never an
 * exception out of {@code validate}.
 */
class UsersRulesTest {

  /** A user's rule with the given code, severity, message and check. */
  private static Rule rule(String code, Severity severity, String message,
      BiConsumer<Agreement, Findings> check) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public String description(Locale locale) {
        return "a test rule";
      }

      @Override
      public Optional<String> message(Locale locale) {
        return Optional.ofNullable(message);
      }

      @Override
      public void check(Agreement agreement, Findings findings) {
        check.accept(agreement, findings);
      }
    };
  }

  /** Every COMPANY party needs a business registration number. */
  private static final Rule COMPANY_NEEDS_BRN = rule("busan.company.brnRequired", Severity.ERROR,
      "{name} has no business registration number", (agreement, findings) -> {
        for (int i = 0; i < agreement.parties().size(); i++) {
          Party party = agreement.parties().get(i);
          if (party.kind() == PartyKind.COMPANY && party.businessRegistrationNumber().isEmpty()) {
            findings.report(DocumentPath.of("parties").index(i), Map.of("name", party.name()));
          }
        }
      });

  @Test
  void addsSeveralRulesAtOnceInTheirOrder() {
    Rule title = rule("busan.title.checked", Severity.WARNING, "checked",
        (agreement, findings) -> findings.report(DocumentPath.of("title"), Map.of()));
    AgreementValidator validator = AgreementValidator.builder()
        .addRules(List.of(title, COMPANY_NEEDS_BRN))
        .locale(Locale.ENGLISH)
        .build();

    assertThat(validator.validate(Documents.agreement()).violations()).containsExactly(
        new Violation("busan.company.brnRequired", Severity.ERROR, "parties[1]",
            "한빛모빌리티 has no business registration number"),
        new Violation("busan.title.checked", Severity.WARNING, "title", "checked"));
  }

  @Test
  void ordersNumbersAtTheEndOfAUsersPathsAsNumbers() {
    Rule notes = rule("busan.notes", Severity.WARNING, "note", (agreement, findings) -> {
      for (String name : new String[] {"note10", "note2", "note", "note1"}) {
        findings.report(DocumentPath.of("extensions").property(name), Map.of());
      }
    });
    AgreementValidator validator = AgreementValidator.builder().addRule(notes).build();

    assertThat(validator.validate(Documents.agreement()).violations()).extracting(Violation::path)
        .containsExactly("extensions.note", "extensions.note1", "extensions.note2",
            "extensions.note10");
  }

  @Test
  void reportsTheFindingsOfAUsersRuleInTheSameReportAndOrderAsTheModels() {
    AgreementValidator validator = AgreementValidator.builder()
        .locale(Locale.ENGLISH)
        .addRule(COMPANY_NEEDS_BRN)
        .build();
    Agreement agreement = Documents.agreement().withTitle(" ");

    assertThat(validator.validate(agreement).violations()).containsExactly(
        new Violation("busan.company.brnRequired", Severity.ERROR, "parties[1]",
            "한빛모빌리티 has no business registration number"),
        new Violation("text.blank", Severity.ERROR, "title", "must not be blank"));
    assertThat(validator.validate(agreement).isValid()).isFalse();
  }

  @Test
  void listsTheModelsRulesThenTheUsersOwn() {
    AgreementValidator validator = AgreementValidator.builder().addRule(COMPANY_NEEDS_BRN).build();

    assertThat(validator.rules()).hasSize(ModelRules.SEVERITIES.size() + 1);
    assertThat(validator.rules().get(0).code()).isEqualTo("text.blank");
    assertThat(validator.rules().get(validator.rules().size() - 1)).isSameAs(COMPANY_NEEDS_BRN);
    assertThat(AgreementValidator.create().rules()).doesNotContain(COMPANY_NEEDS_BRN);
  }

  @Test
  void aUsersWarningLeavesTheDocumentValid() {
    Rule keywords = rule("busan.keywords.missing", Severity.WARNING, "add keywords",
        (agreement, findings) -> findings.report(DocumentPath.of("keywords")));
    ValidationReport report = AgreementValidator.builder().addRule(keywords).build()
        .validate(Documents.agreement());

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).containsExactly(
        new Violation("busan.keywords.missing", Severity.WARNING, "keywords", "add keywords"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "ko"})
  void takesAMessageFromTheUsersBundleInTheValidatorsLanguage(String language) {
    Rule withoutMessage = rule("busan.signing.venue", Severity.WARNING, null,
        (agreement, findings) -> findings.report(DocumentPath.of("signing").property("venue"),
            Map.of("venue", "시청")));
    ListResourceBundle english = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"busan.signing.venue", "venue {venue} is not on the list"}};
      }
    };
    ListResourceBundle korean = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"busan.signing.venue", "장소 {venue}는 목록에 없습니다"}};
      }
    };
    boolean isKorean = language.equals("ko");
    AgreementValidator validator = AgreementValidator.builder()
        .locale(Locale.forLanguageTag(language))
        .addRule(withoutMessage)
        .messages(isKorean ? korean : english)
        .build();

    assertThat(validator.validate(Documents.agreement()).violations())
        .extracting(Violation::message)
        .containsExactly(isKorean ? "장소 시청는 목록에 없습니다" : "venue 시청 is not on the list");
  }

  @Test
  void aRuleThatThrowsIsReportedAsRuleFailedOfItsSeverityAndTheOtherRulesStillRun() {
    Rule broken = rule("busan.broken", Severity.WARNING, "never",
        (agreement, findings) -> {
          throw new IllegalStateException("no registry connection");
        });
    ValidationReport report = AgreementValidator.builder()
        .locale(Locale.ENGLISH)
        .addRule(broken)
        .addRule(COMPANY_NEEDS_BRN)
        .build()
        .validate(Documents.agreement());

    assertThat(report.isValid()).isFalse(); // for the company rule's error, not the warning's
    assertThat(report.violations()).containsExactly(
        new Violation("rule.failed", Severity.WARNING, "",
            "rule busan.broken failed and was not checked:"
                + " java.lang.IllegalStateException: no registry connection"),
        new Violation("busan.company.brnRequired", Severity.ERROR, "parties[1]",
            "한빛모빌리티 has no business registration number"));
  }

  @Test
  void aRuleThatOverflowsTheStackOrReportsNullIsReportedAsRuleFailed() {
    Rule deep = rule("busan.deep", Severity.ERROR, "never",
        (agreement, findings) -> recurse(1));
    Rule nulls = rule("busan.nulls", Severity.ERROR, "never",
        (agreement, findings) -> findings.report(null));
    ValidationReport report = AgreementValidator.builder()
        .locale(Locale.KOREAN)
        .addRule(deep)
        .addRule(nulls)
        .build()
        .validate(Documents.agreement());

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rule.failed", ""),
            org.assertj.core.groups.Tuple.tuple("rule.failed", ""));
    assertThat(report.violations()).extracting(Violation::message)
        .anySatisfy(message -> assertThat(message)
            .startsWith("규칙 busan.deep이 실패하여 검사되지 않았습니다: java.lang.StackOverflowError"))
        .anySatisfy(message -> assertThat(message)
            .startsWith("규칙 busan.nulls이 실패하여 검사되지 않았습니다: java.lang.NullPointerException"));
  }

  @Test
  void anArgumentWhoseTextThrowsFailsTheRuleNotTheValidation() {
    Object hostile = new Object() {
      @Override
      public String toString() {
        throw new UnsupportedOperationException("no text");
      }
    };
    Rule rule = rule("busan.hostile", Severity.ERROR, "{value}",
        (agreement, findings) -> findings.report(DocumentPath.of("title"), Map.of("value", hostile)));

    ValidationReport report = AgreementValidator.builder().locale(Locale.ENGLISH).addRule(rule)
        .build().validate(Documents.agreement());

    assertThat(report.violations()).containsExactly(new Violation("rule.failed", Severity.ERROR,
        "", "rule busan.hostile failed and was not checked:"
            + " java.lang.UnsupportedOperationException: no text"));
  }

  @Test
  void writesNullAndArrayArgumentsAsHibernateValidatorDoes() {
    java.util.Map<String, Object> arguments = new java.util.HashMap<>();
    arguments.put("none", null);
    arguments.put("ints", new int[] {1, 2});
    arguments.put("names", new String[] {"가", "나"});
    Rule rule = rule("busan.arguments", Severity.WARNING, "{none} {ints} {names}",
        (agreement, findings) -> findings.report(DocumentPath.of("title"), arguments));

    assertThat(AgreementValidator.builder().addRule(rule).build().validate(Documents.agreement())
        .violations()).extracting(Violation::message).containsExactly("null [1, 2] [가, 나]");
  }

  @Test
  void aRuleThatChangesItsCodeOrSeverityAfterBuildIsReportedAsBuilt() {
    int[] calls = {0};
    Rule fickle = new Rule() {
      @Override
      public String code() {
        return calls[0]++ == 0 ? "busan.fickle" : null;
      }

      @Override
      public Severity severity() {
        return calls[0] > 1 ? null : Severity.WARNING;
      }

      @Override
      public String description(Locale locale) {
        return "changes its mind";
      }

      @Override
      public Optional<String> message(Locale locale) {
        return Optional.of("fickle");
      }

      @Override
      public void check(Agreement agreement, Findings findings) {
        findings.report(DocumentPath.of("title"));
      }
    };
    AgreementValidator validator = AgreementValidator.builder().addRule(fickle).build();

    assertThat(validator.validate(Documents.agreement()).violations())
        .containsExactly(new Violation("busan.fickle", Severity.WARNING, "title", "fickle"));
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"busan", "Busan.company", "busan..x", "busan.company-brn", "busan.1x",
      "busan.company.", ".busan"})
  void refusesAMalformedCode(String code) {
    Rule malformed = rule(code, Severity.ERROR, "m", (agreement, findings) -> { });

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgreementValidator.builder().addRule(malformed).build())
        .withMessageContaining("must be words of letters and digits separated by dots")
        .withMessageContaining("was \"" + code + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text.blank", "reference.mine", "party.company.brn", "rule.failed",
      "history.mine", "agreement.x"})
  void refusesACodeInTheModelsNamespaces(String code) {
    Rule intruder = rule(code, Severity.ERROR, "m", (agreement, findings) -> { });

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgreementValidator.builder().addRule(intruder).build())
        .withMessageContaining("Rule.code \"" + code + "\"")
        .withMessageContaining("must not start with \"" + code.substring(0, code.indexOf('.')));
  }

  @Test
  void refusesTwoRulesWithOneCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgreementValidator.builder()
            .addRule(COMPANY_NEEDS_BRN).addRule(COMPANY_NEEDS_BRN).build())
        .withMessageContaining("\"busan.company.brnRequired\"")
        .withMessageContaining("is used by another rule too");
  }

  @Test
  void refusesARuleWithoutAMessageInTheValidatorsLanguage() {
    Rule silent = rule("busan.silent", Severity.ERROR, null, (agreement, findings) -> { });

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgreementValidator.builder().locale(Locale.KOREAN).addRule(silent)
            .build())
        .withMessage("rule \"busan.silent\" has no message in Korean: return one from"
            + " Rule.message or add a bundle with the key busan.silent to"
            + " AgreementValidator.Builder.messages");
  }

  @Test
  void refusesARuleWithoutSeverity() {
    Rule unsure = rule("busan.unsure", null, "m", (agreement, findings) -> { });

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgreementValidator.builder().addRule(unsure).build())
        .withMessage("Rule.severity of \"busan.unsure\" must be ERROR or WARNING, was null");
  }
}
