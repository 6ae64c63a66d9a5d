package org.publicprivate.agreements;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.FundedProgrammeAttribute;

/**
 * A funded programme that an agreement hangs on, such as a state-funded project of 200억 원 over
 * fiscal years 2024–2027.
 *
 * <pre>{@code
 * FundedProgramme programme = FundedProgramme.builder()
 *     .id(ProgrammeId.of("export-future-car"))
 *     .name("수출주도 미래차산업 혁신성장 기술지원 기반 구축사업")
 *     .period(FiscalYears.of(2024, 2027))
 *     .totalBudget(MoneyAmount.parse("200억 원"))
 *     .status(ProgrammeStatus.APPLIED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class FundedProgramme implements WithFundedProgramme {
  FundedProgramme() {}

  /** The programme's identifier, unique within its agreement. */
  public abstract ProgrammeId id();

  /** The programme's official Korean name. */
  public abstract String name();

  /** The programme's English name. */
  public abstract Optional<String> englishName();

  /** What the programme does. */
  public abstract Optional<String> description();

  /** Who funds it, when the funder is not a party, such as {@code 산업통상자원부}. */
  public abstract Optional<String> funder();

  /** The party that leads the programme. */
  public abstract Optional<PartyId> leadParty();

  /** The fiscal years the programme runs. */
  public abstract FiscalYears period();

  /** The programme's whole budget. */
  public abstract MoneyAmount totalBudget();

  /** How the budget splits by source; when given, the shares sum to the total budget. */
  public abstract List<FundingShare> fundingShares();

  /** How the budget splits by year; when given, the years sum to the total budget. */
  public abstract List<AnnualBudget> annualBudgets();

  /** Where the programme stands. */
  public abstract ProgrammeStatus status();

  /** The statuses the programme took, oldest first; the last is normally {@link #status()}. */
  public abstract List<ProgrammeStatusChange> statusHistory();

  /** The source documents the programme is drawn from, by id. */
  public abstract List<SourceId> sources();

  /**
   * The values users attach under names of their own ({@code busan:investmentDeskId}), sorted by
   * name in UTF-16 code units; empty when there are none. See {@link Extensions} for the names and
   * the size limit; text in them is stored as given (no trimming, no NFC).
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, ExtensionValue> extensions();

  /**
   * A builder for a programme; {@code id}, {@code name}, {@code period}, {@code totalBudget} and
   * {@code status} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundedProgramme}. */
  public static final class Builder extends ImmutableFundedProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  FundedProgramme normalize() {
    Extensions.check("FundedProgramme", extensions());
    String name = Text.normalize(name(), FundedProgrammeAttribute.NAME);
    Optional<String> englishName =
        Text.normalize(englishName(), FundedProgrammeAttribute.ENGLISH_NAME);
    Optional<String> description =
        Text.normalize(description(), FundedProgrammeAttribute.DESCRIPTION);
    Optional<String> funder = Text.normalize(funder(), FundedProgrammeAttribute.FUNDER);
    if (name.equals(name()) && englishName.equals(englishName()) && description.equals(description())
        && funder.equals(funder())) {
      return this;
    }
    return builder()
        .from(this)
        .name(name)
        .englishName(englishName)
        .description(description)
        .funder(funder)
        .build();
  }

}
