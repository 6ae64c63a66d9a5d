package org.publicprivate.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/**
 * What one party, or several jointly, undertakes to do under an agreement.
 *
 * <pre>{@code
 * Commitment support = Commitment.builder()
 *     .id(CommitmentId.of("busan-admin-support"))
 *     .addParty(PartyId.of("busan"))
 *     .summary("미래차 산업 육성을 위한 인재 양성과 연구개발 확대를 위해 행정적으로 지원")
 *     .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
 *     .obligation(ObligationLevel.BEST_EFFORTS)
 *     .build();
 * support.status(); // CommitmentStatus.PLEDGED
 * }</pre>
 */
@Value.Immutable
public abstract class Commitment implements WithCommitment {
  Commitment() {}

  /** The commitment's identifier, unique within its agreement. */
  public abstract CommitmentId id();

  /**
   * Who commits: one party, or every party of a joint commitment ("양 기관은 … 협력한다").
   */
  public abstract List<PartyId> parties();

  /** What is committed, in Korean. */
  public abstract String summary();

  /** What is committed, in English. */
  public abstract Optional<String> englishSummary();

  /** What the commitment is about. */
  public abstract CommitmentCategory category();

  /** How strongly the commitment binds. */
  public abstract ObligationLevel obligation();

  /** Where the commitment stands; {@link CommitmentStatus#PLEDGED} unless set. */
  @Value.Default
  public CommitmentStatus status() {
    return CommitmentStatus.PLEDGED;
  }

  /** The parties the commitment is for, when it names them. */
  public abstract List<PartyId> beneficiaries();

  /**
   * Who benefits when it is not a party, in words, such as {@code 지역 청년} or {@code 지역
   * 중소기업}; each stripped and in NFC.
   */
  public abstract List<String> beneficiaryGroups();

  /** The money pledged, when the commitment names an amount. */
  public abstract Optional<MoneyAmount> pledgedAmount();

  /**
   * How exactly {@link #pledgedAmount()} is stated, when the source qualifies it ({@code 약 118억
   * 원}: {@link Qualifier#ABOUT}); absent means as stated. Without a pledged amount it is a
   * validation error.
   */
  public abstract Optional<Qualifier> amountQualifier();

  /** A pledge in a foreign currency, as the source states it ({@code 1억 달러}). */
  public abstract Optional<ForeignAmount> foreignAmount();

  /** What is pledged in numbers other than money: jobs, land, companies, events. */
  public abstract List<Quantity> quantities();

  /** Where the commitment is carried out, such as a plant or an industrial complex. */
  public abstract Optional<Location> location();

  /** When the commitment falls due. */
  public abstract Optional<LocalDate> due();

  /** The funded programme the commitment belongs to. */
  public abstract Optional<ProgrammeId> programme();

  /** What the commitment waits on before it binds, such as a programme's selection. */
  public abstract List<Condition> conditions();

  /**
   * The commitments of the same agreement this one depends on ("국비 공모에 선정되면 진입도로를
   * 개설한다"), by id; validation reports ids the agreement does not hold and cycles.
   */
  public abstract List<CommitmentId> dependsOn();

  /** The steps the commitment names on the way to its fulfilment. */
  public abstract List<Milestone> milestones();

  /** What was achieved, report by report, oldest first; each report's figures are cumulative. */
  public abstract List<ProgressReport> progress();

  /** The statuses the commitment took, oldest first; the last is normally {@link #status()}. */
  public abstract List<CommitmentStatusChange> statusHistory();

  /** The source documents the commitment is drawn from, by id. */
  public abstract List<SourceId> sources();

  /**
   * The latest progress report: the one whose {@code asOf} is latest (a partial date counting as
   * its earliest day), the later in the list among equal dates; empty when there is none.
   */
  public Optional<ProgressReport> latestProgress() {
    ProgressReport latest = null;
    for (ProgressReport report : progress()) {
      if (latest == null
          || !report.asOf().earliest().isBefore(latest.asOf().earliest())) {
        latest = report;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether {@code party} is one of the committing parties, alone or jointly.
   */
  public boolean isMadeBy(PartyId party) {
    return parties().contains(party);
  }

  /**
   * The values users attach under names of their own ({@code busan:investmentDeskId}), sorted by
   * name in UTF-16 code units; empty when there are none. See {@link Extensions} for the names and
   * the size limit; text in them is stored as given (no trimming, no NFC).
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, ExtensionValue> extensions();

  /**
   * A builder for a commitment; {@code id}, {@code summary}, {@code category} and {@code
   * obligation} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  @Value.Check
  Commitment normalize() {
    Extensions.check("Commitment", extensions());
    CalendarYears.check("Commitment", "due", due());
    String summary = Text.normalize(summary(), CommitmentAttribute.SUMMARY);
    Optional<String> givenEnglishSummary = englishSummary(); // each call wraps the field anew
    Optional<String> englishSummary =
        Text.normalize(givenEnglishSummary, CommitmentAttribute.ENGLISH_SUMMARY);
    List<String> groups = Text.normalize(beneficiaryGroups(), CommitmentAttribute.BENEFICIARY_GROUPS);
    if (summary.equals(summary()) && englishSummary.equals(givenEnglishSummary)
        && groups == beneficiaryGroups()) {
      return this;
    }
    return builder().from(this).summary(summary).englishSummary(englishSummary)
        .beneficiaryGroups(groups).build();
  }

}
