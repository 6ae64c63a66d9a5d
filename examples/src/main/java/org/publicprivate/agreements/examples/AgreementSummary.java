package org.publicprivate.agreements.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;

/**
 * A short human summary of an agreement, in Korean or English. Amounts and quantities are written
 * in Korean in both ({@code 약 2,000억 원 · 1억 달러 · 300명 이상}), as the press prints them; each
 * commitment's groups of beneficiaries, place, conditions ({@code 조건: 국비 공모 선정 (대기)}) and
 * the commitments it depends on follow it on lines of their own, and then what became of it after
 * signing: progress against the pledge, milestones, status history and sources.
 */
public final class AgreementSummary {
  private AgreementSummary() {}

  /** The summary of {@code agreement}: Korean for a Korean {@code locale}, English otherwise. */
  public static String of(Agreement agreement, Locale locale) {
    boolean korean = "ko".equals(locale.getLanguage());
    StringBuilder text = new StringBuilder();
    String title = korean ? agreement.title() : agreement.englishTitle().orElse(agreement.title());
    text.append(title).append('\n');
    text.append(korean ? "종류: " : "Kind: ")
        .append(korean ? agreement.kind().koreanName() : agreement.kind().name())
        .append(korean ? " · 상태: " : " · Status: ")
        .append(korean ? agreement.status().koreanName() : agreement.status().name())
        .append('\n');
    agreement.signing().ifPresent(signing -> signing(text, signing, agreement, korean));
    text.append(korean ? "당사자:" : "Parties:").append('\n');
    for (Party party : agreement.parties()) {
      text.append("  - ")
          .append(korean ? party.name() : party.englishName().orElse(party.name()))
          .append(" (")
          .append(korean ? party.kind().koreanName() : party.kind().name())
          .append(", ")
          .append(korean ? party.sector().koreanName() : party.sector().name())
          .append(")\n");
    }
    text.append(korean ? "약속:" : "Commitments:").append('\n');
    for (Commitment commitment : agreement.commitments()) {
      text.append("  - ")
          .append(names(agreement, commitment.parties(), korean))
          .append(": ")
          .append(korean ? commitment.summary() : commitment.englishSummary().orElse(commitment.summary()))
          .append(" [")
          .append(korean ? commitment.obligation().koreanName() : commitment.obligation().name())
          .append("]");
      text.append(amounts(commitment));
      text.append('\n');
      if (!commitment.beneficiaryGroups().isEmpty()) {
        text.append(korean ? "    대상: " : "    For: ")
            .append(String.join(", ", commitment.beneficiaryGroups())).append('\n');
      }
      commitment.location().ifPresent(location -> text.append(korean ? "    장소: " : "    Location: ")
          .append(location.name()).append('\n'));
      for (Condition condition : commitment.conditions()) {
        text.append(korean ? "    조건: " : "    Condition: ")
            .append(condition.description()
                .orElse(korean ? condition.kind().koreanName() : condition.kind().name()))
            .append(" (")
            .append(korean ? condition.status().koreanName() : condition.status().name())
            .append(")\n");
      }
      if (!commitment.dependsOn().isEmpty()) {
        text.append(korean ? "    선행 약속: " : "    Depends on: ")
            .append(commitment.dependsOn().stream().map(CommitmentId::value)
                .collect(Collectors.joining(", ")))
            .append('\n');
      }
      FollowUpSummary.commitment(text, commitment, korean);
    }
    for (FundedProgramme programme : agreement.programmes()) {
      text.append(korean ? "사업: " : "Programme: ")
          .append(korean ? programme.name() : programme.englishName().orElse(programme.name()))
          .append('\n')
          .append("  ")
          .append(programme.totalBudget().toKoreanString())
          .append(korean ? ", 회계연도 " : ", fiscal years ")
          .append(programme.period())
          .append(korean ? ", 상태: " : ", status: ")
          .append(korean ? programme.status().koreanName() : programme.status().name())
          .append('\n');
      FollowUpSummary.programme(text, programme, korean);
    }
    FollowUpSummary.agreement(text, agreement, korean);
    return text.toString().stripTrailing();
  }

  /**
   * The commitment's amounts and quantities in Korean, as the press writes them, each after
   * {@code " · "} (the first after a space): {@code 약 2,000억 원 · 1억 달러 · 300명 이상}.
   */
  private static String amounts(Commitment commitment) {
    List<String> amounts = new ArrayList<>();
    commitment.pledgedAmount().ifPresent(amount -> amounts.add(commitment.amountQualifier()
        .orElse(Qualifier.EXACTLY).qualify(amount.toKoreanString())));
    commitment.foreignAmount().ifPresent(amount -> amounts.add(amount.toKoreanString()));
    for (Quantity quantity : commitment.quantities()) {
      amounts.add(quantity.toKoreanString());
    }
    return amounts.isEmpty() ? "" : " " + String.join(" · ", amounts);
  }

  private static void signing(StringBuilder text, Signing signing, Agreement agreement, boolean korean) {
    text.append(korean ? "체결: " : "Signed: ").append(signing.date());
    signing.time().ifPresent(time -> text.append(' ').append(time));
    signing.venue().ifPresent(venue -> text.append(", ").append(venue));
    text.append('\n');
    for (Signatory signatory : signing.signatories()) {
      text.append(korean ? "  서명: " : "  Signatory: ")
          .append(signatory.name());
      signatory.title().ifPresent(title -> text.append(' ').append(title));
      text.append(" (").append(names(agreement, List.of(signatory.party()), korean)).append(")\n");
    }
  }

  private static String names(Agreement agreement, List<PartyId> ids, boolean korean) {
    return ids.stream()
        .map(id -> agreement.party(id)
            .map(p -> korean ? p.name() : p.englishName().orElse(p.name()))
            .orElse(id.value()))
        .collect(Collectors.joining(", "));
  }
}
