package org.publicprivate.agreements.validation;

import java.util.Locale;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;

/**
 * One validation rule: a stable code, a severity, a description for rule lists, and a check that
 * reports every offence in an agreement to a {@link Findings} sink.
 *
 * <p>The rules of the model are built in; {@link AgreementValidator#rules()} lists them. Add your
 * own with {@link AgreementValidator.Builder#addRule}: their findings appear in the same report,
 * in the same order. A rule's code lives in its owner's namespace: at least two dot-separated
 * words, the first of which is not one of the model's ({@code busan.company.brnRequired}). Its
 * messages come from {@link #message(Locale)} or from a bundle given to the builder, keyed by the
 * code. A rule must be thread-safe: one instance checks many agreements at once.
 *
 * <pre>{@code
 * final class CompanyNeedsRegistrationNumber implements Rule {
 *   public String code() { return "busan.company.brnRequired"; }
 *   public Severity severity() { return Severity.ERROR; }
 *   public String description(Locale locale) {
 *     return locale.getLanguage().equals("ko")
 *         ? "기업 당사자에 사업자등록번호가 없습니다" : "a company party has no business registration number";
 *   }
 *   public Optional<String> message(Locale locale) {
 *     return Optional.of(locale.getLanguage().equals("ko")
 *         ? "{name}의 사업자등록번호가 없습니다" : "{name} has no business registration number");
 *   }
 *   public void check(Agreement agreement, Findings findings) {
 *     for (int i = 0; i < agreement.parties().size(); i++) {
 *       Party party = agreement.parties().get(i);
 *       if (party.kind() == PartyKind.COMPANY && party.businessRegistrationNumber().isEmpty()) {
 *         findings.report(DocumentPath.of("parties").index(i), Map.of("name", party.name()));
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Rule {

  /** The rule's stable code, such as {@code reference.unknownParty}. */
  String code();

  /** Whether the rule's violations make a document invalid. */
  Severity severity();

  /** What the rule checks, in one line: Korean for a Korean {@code locale}, English otherwise. */
  String description(Locale locale);

  /**
   * Reports every offence of {@code agreement} against this rule to {@code findings}. An exception
   * thrown here does not escape {@link AgreementValidator#validate}: it becomes a violation with
   * code {@code rule.failed} naming this rule.
   */
  void check(Agreement agreement, Findings findings);

  /**
   * The message template of this rule's violations in {@code locale}, with {@code {name}}
   * parameters; empty (the default) to take it from the validator's bundles, keyed by the code.
   */
  default Optional<String> message(Locale locale) {
    return Optional.empty();
  }
}
