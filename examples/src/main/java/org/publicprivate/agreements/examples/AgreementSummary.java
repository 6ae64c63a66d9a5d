package org.publicprivate.agreements.examples;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;

/** A short human summary of an agreement, in Korean or English. */
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
      commitment.pledgedAmount().ifPresent(amount -> text.append(' ').append(amount.toKoreanString()));
      text.append('\n');
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
    }
    return text.toString().stripTrailing();
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
