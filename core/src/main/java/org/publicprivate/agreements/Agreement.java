package org.publicprivate.agreements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.validation.AgreementRules;
import org.publicprivate.agreements.validation.Severity;

/**
 * A public–private agreement: who signed what, who commits to what, and the funded programmes that
 * hang on it. This is the document that the library reads, writes and validates.
 *
 * <p>Building an agreement checks only the hard invariants of its parts; the rules of a complete
 * agreement (enough parties, references that resolve, balanced budgets) are checked by
 * {@link org.publicprivate.agreements.validation.AgreementValidator}, which reports every problem at
 * once. They are Jakarta Bean Validation constraints on this type, so a plain Jakarta {@code
 * Validator} reports them too.
 *
 * <pre>{@code
 * Agreement mou = Agreement.builder()
 *     .id(AgreementId.of("busan-future-car-mou-2023"))
 *     .title("부산 미래차산업 생태계 구축에 관한 업무협약")
 *     .kind(AgreementKind.MOU)
 *     .status(AgreementStatus.SIGNED)
 *     .addParties(busan, renaultKorea)
 *     .addCommitment(support)
 *     .build();
 * mou.commitmentsOf(PartyId.of("busan"));
 * }</pre>
 */
@Value.Immutable
@AgreementRules
@AgreementRules(groups = AgreementRules.Warnings.class, payload = Severity.Warning.class)
public abstract class Agreement implements WithAgreement {
  Agreement() {}

  /** The agreement's identifier. */
  public abstract AgreementId id();

  /** The agreement's Korean title. */
  public abstract String title();

  /** The agreement's English title. */
  public abstract Optional<String> englishTitle();

  /** Other titles the press uses for the agreement, each stripped and in NFC. */
  public abstract List<String> aliases();

  /** The agreement's legal form. */
  public abstract AgreementKind kind();

  /** Where the agreement stands. */
  public abstract AgreementStatus status();

  /** What the agreement is for. */
  public abstract Optional<String> purpose();

  /**
   * The languages the agreement is signed in, as well-formed BCP 47 tags in normal form ({@code
   * ko}, {@code en}, {@code zh-Hans}).
   */
  public abstract List<Locale> languages();

  /**
   * The language whose text prevails when the versions differ; validation checks it is among
   * {@link #languages()} when they are listed.
   */
  public abstract Optional<Locale> prevailingLanguage();

  /** When, where and by whom it is signed. */
  public abstract Optional<Signing> signing();

  /** When it is in force. */
  public abstract Optional<DateRange> effectivePeriod();

  /** The parties, in the order the agreement names them. */
  public abstract List<Party> parties();

  /** The commitments, in the order the agreement lists them. */
  public abstract List<Commitment> commitments();

  /** The funded programmes the agreement hangs on. */
  public abstract List<FundedProgramme> programmes();

  /** Other agreements this one relates to. */
  public abstract List<RelatedAgreement> relatedAgreements();

  /** The changes made to the agreement after its signing, oldest first. */
  public abstract List<Amendment> amendments();

  /** The statuses the agreement took, oldest first; the last is normally {@link #status()}. */
  public abstract List<AgreementStatusChange> statusHistory();

  /** The documents this record is drawn from. */
  public abstract List<SourceDocument> sources();

  /** Keywords for search and grouping. */
  public abstract List<String> keywords();

  /** The party with the given id; the first one if several share it. */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(partiesById().get(Objects.requireNonNull(id, "id").value()));
  }

  /** The programme with the given id; the first one if several share it. */
  public Optional<FundedProgramme> programme(ProgrammeId id) {
    return Optional.ofNullable(programmesById().get(Objects.requireNonNull(id, "id").value()));
  }

  /** The commitment with the given id; the first one if several share it. */
  public Optional<Commitment> commitment(CommitmentId id) {
    return Optional.ofNullable(commitmentsById().get(Objects.requireNonNull(id, "id").value()));
  }

  /**
   * The sum over the commitments of their quantities of {@code unit}: how many new jobs, square
   * metres or companies the agreement pledges. Every commitment counts, whatever its status, and
   * every quantity as its value, whatever its qualifier ({@code 300명 이상} counts 300); zero when
   * no commitment pledges the unit. A commitment pledges a unit once (rule {@code
   * commitment.quantities.duplicateUnit}); where one pledges it twice, both count. Quantities of
   * {@link QuantityUnit#OTHER} are summed whatever their labels say.
   *
   * <pre>{@code
   * investment.pledged(QuantityUnit.JOBS); // 350: 300명 이상 and 약 50명
   * }</pre>
   *
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}, which takes more than
   *     1,024 quantities of the largest value; the message names the unit and the quantity at
   *     which the sum overflowed. Nothing silently wraps, as with {@link #totalPledged()}.
   */
  public long pledged(QuantityUnit unit) {
    Objects.requireNonNull(unit, "unit");
    long sum = 0;
    List<Commitment> commitments = commitments();
    for (int i = 0; i < commitments.size(); i++) {
      List<Quantity> quantities = commitments.get(i).quantities();
      for (int j = 0; j < quantities.size(); j++) {
        Quantity quantity = quantities.get(j);
        if (quantity.unit() == unit) {
          sum += quantity.value(); // both at least zero: an overflow turns the sum negative
          if (sum < 0) {
            throw new ArithmeticException(String.format(Locale.ROOT,
                "Agreement.pledged(%s) overflows: the sum exceeds %,d at commitments[%d]"
                    + ".quantities[%d]", unit, Long.MAX_VALUE, i, j));
          }
        }
      }
    }
    return sum;
  }

  /**
   * The sum over the commitments of the achieved quantity of {@code unit} in their {@linkplain
   * Commitment#latestProgress() latest progress report}: how many of the pledged jobs exist as of
   * the latest reports. Reports are cumulative, so only the latest of each commitment counts; a
   * commitment without a report, or whose latest report does not give the unit, adds nothing.
   *
   * <pre>{@code
   * investment.achieved(QuantityUnit.JOBS); // 120, against 350 pledged
   * }</pre>
   *
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}; the message names the
   *     unit and the commitment at which the sum overflowed, as {@link #pledged} does
   */
  public long achieved(QuantityUnit unit) {
    Objects.requireNonNull(unit, "unit");
    long sum = 0;
    List<Commitment> commitments = commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Optional<ProgressReport> latest = commitments.get(i).latestProgress();
      if (latest.isEmpty()) {
        continue;
      }
      for (Quantity quantity : latest.get().achieved()) {
        if (quantity.unit() == unit) {
          sum += quantity.value(); // both at least zero: an overflow turns the sum negative
          if (sum < 0) {
            throw new ArithmeticException(String.format(Locale.ROOT,
                "Agreement.achieved(%s) overflows: the sum exceeds %,d at commitments[%d]",
                unit, Long.MAX_VALUE, i));
          }
        }
      }
    }
    return sum;
  }

  /** The commitments the party makes, alone or jointly with others, in order. */
  public List<Commitment> commitmentsOf(PartyId party) {
    Objects.requireNonNull(party, "party");
    List<Commitment> made = new ArrayList<>();
    for (Commitment commitment : commitments()) {
      if (commitment.isMadeBy(party)) {
        made.add(commitment);
      }
    }
    return Collections.unmodifiableList(made);
  }

  /**
   * The sum of every commitment's pledged amount; zero when none names one.
   *
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE} won
   */
  public MoneyAmount totalPledged() {
    List<MoneyAmount> pledged = new ArrayList<>();
    for (Commitment commitment : commitments()) {
      commitment.pledgedAmount().ifPresent(pledged::add);
    }
    return MoneyAmount.sum(pledged);
  }

  /** The sectors of the parties, in the order of {@link Sector}. */
  public Set<Sector> sectors() {
    EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (Party party : parties()) {
      sectors.add(party.sector());
    }
    return Collections.unmodifiableSet(sectors);
  }

  /**
   * The values users attach under names of their own ({@code busan:investmentDeskId}), sorted by
   * name in UTF-16 code units; empty when there are none. See {@link Extensions} for the names and
   * the size limit; text in them is stored as given (no trimming, no NFC).
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, ExtensionValue> extensions();

  /** A builder; {@code id}, {@code title}, {@code kind} and {@code status} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  /**
   * Keyed by the ids' text: a {@code HashMap} keeps strings that share a hash code in a tree, so
   * ids built to collide cost a logarithm each, not a scan.
   */
  @Value.Lazy
  Map<String, Party> partiesById() {
    Map<String, Party> byId = new HashMap<>(parties().size() * 2);
    for (Party party : parties()) {
      byId.putIfAbsent(party.id().value(), party);
    }
    return byId;
  }

  /** Keyed by the ids' text, as {@link #partiesById()}. */
  @Value.Lazy
  Map<String, FundedProgramme> programmesById() {
    Map<String, FundedProgramme> byId = new HashMap<>(programmes().size() * 2);
    for (FundedProgramme programme : programmes()) {
      byId.putIfAbsent(programme.id().value(), programme);
    }
    return byId;
  }

  /** Keyed by the ids' text, as {@link #partiesById()}. */
  @Value.Lazy
  Map<String, Commitment> commitmentsById() {
    Map<String, Commitment> byId = new HashMap<>(commitments().size() * 2);
    for (Commitment commitment : commitments()) {
      byId.putIfAbsent(commitment.id().value(), commitment);
    }
    return byId;
  }

  @Value.Check
  Agreement normalize() {
    Extensions.check("Agreement", extensions());
    String title = Text.normalize(title(), AgreementAttribute.TITLE);
    Optional<String> englishTitle = Text.normalize(englishTitle(), AgreementAttribute.ENGLISH_TITLE);
    Optional<String> purpose = Text.normalize(purpose(), AgreementAttribute.PURPOSE);
    List<String> keywords = Text.normalize(keywords(), AgreementAttribute.KEYWORDS);
    List<String> aliases = Text.normalize(aliases(), AgreementAttribute.ALIASES);
    List<Locale> languages = new ArrayList<>(languages().size());
    for (Locale language : languages()) {
      languages.add(LanguageTags.normalize(language, AgreementAttribute.LANGUAGES));
    }
    Optional<Locale> prevailing = prevailingLanguage().map(
        language -> LanguageTags.normalize(language, AgreementAttribute.PREVAILING_LANGUAGE));
    if (title.equals(title()) && englishTitle.equals(englishTitle()) && purpose.equals(purpose())
        && keywords.equals(keywords()) && aliases == aliases() && languages.equals(languages())
        && prevailing.equals(prevailingLanguage())) {
      return this;
    }
    return builder()
        .from(this)
        .title(title)
        .englishTitle(englishTitle)
        .aliases(aliases)
        .purpose(purpose)
        .languages(languages)
        .prevailingLanguage(prevailing)
        .keywords(keywords)
        .build();
  }

}
