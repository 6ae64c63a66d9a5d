package org.publicprivate.agreements.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.DocumentPath;
import org.publicprivate.agreements.validation.Findings;
import org.publicprivate.agreements.validation.Rule;
import org.publicprivate.agreements.validation.Severity;

/**
 * A city's house rule, as a service adds its own rules to the model's: every {@link
 * PartyKind#COMPANY} party needs a business registration number (사업자등록번호), so that the
 * investment desk can look the company up. The model itself does not require one: an MOU is
 * often announced before anyone writes the number down.
 *
 * <p>Run: {@code java -cp examples/target/agreements.jar
 * org.publicprivate.agreements.examples.CompanyRegistrationNumberRule}
 */
public final class CompanyRegistrationNumberRule implements Rule {
  /** The rule's code, in the city's own namespace. */
  public static final String CODE = "busan.company.brnRequired";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description(Locale locale) {
    return locale.getLanguage().equals("ko")
        ? "기업 당사자에 사업자등록번호가 없습니다"
        : "a company party has no business registration number";
  }

  @Override
  public Optional<String> message(Locale locale) {
    return Optional.of(locale.getLanguage().equals("ko")
        ? "기업 \"{name}\"의 사업자등록번호가 없습니다"
        : "company \"{name}\" has no business registration number");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    List<Party> parties = agreement.parties();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      if (party.kind() == PartyKind.COMPANY && party.businessRegistrationNumber().isEmpty()) {
        findings.report(DocumentPath.of("parties").index(i).property("businessRegistrationNumber"),
            Map.of("name", party.name()));
      }
    }
  }

  /** Validates the founding agreement with the house rule and prints the report. */
  public static void main(String[] args) {
    printReport(Console.utf8());
  }

  static void printReport(PrintStream out) {
    AgreementValidator validator = AgreementValidator.builder()
        .locale(Locale.KOREAN)
        .addRule(new CompanyRegistrationNumberRule())
        .build();
    validator.validate(BusanFutureCarMou.agreement()).violations().forEach(out::println);
  }
}
