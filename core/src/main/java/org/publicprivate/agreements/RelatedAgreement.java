package org.publicprivate.agreements;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another agreement that this one continues, amends, supersedes, implements or refers to.
 *
 * <pre>{@code
 * RelatedAgreement predecessor = RelatedAgreement.builder()
 *     .relation(AgreementRelation.CONTINUES)
 *     .title("미래차 전략산업 생태계 구축 및 일자리 창출 공동노력 합의")
 *     .date(PartialDate.of(2021, 9))
 *     .addCounterparty("르노그룹")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RelatedAgreement implements WithRelatedAgreement {
  RelatedAgreement() {}

  /** How this agreement relates to the other. */
  public abstract AgreementRelation relation();

  /** The other agreement's title. */
  public abstract String title();

  /** When the other agreement was made, as precisely as known. */
  public abstract Optional<PartialDate> date();

  /** The other agreement's id, when it is recorded too. */
  public abstract Optional<AgreementId> agreementId();

  /** Who made the other agreement, by name. */
  public abstract List<String> counterparties();

  /** A builder; {@code relation} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelatedAgreement}. */
  public static final class Builder extends ImmutableRelatedAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  RelatedAgreement normalize() {
    String title = Text.normalize(title(), "RelatedAgreement", "title");
    List<String> counterparties =
        Text.normalize(counterparties(), "RelatedAgreement", "counterparties");
    if (title.equals(title()) && counterparties.equals(counterparties())) {
      return this;
    }
    return builder().from(this).title(title).counterparties(counterparties).build();
  }

}
