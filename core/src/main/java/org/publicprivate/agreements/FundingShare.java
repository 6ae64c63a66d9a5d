package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The part of a programme's budget that comes from one source, such as the national budget (국비).
 *
 * <pre>{@code
 * FundingShare national = FundingShare.builder()
 *     .source(FundingSource.NATIONAL)
 *     .amount(MoneyAmount.parse("200억 원"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class FundingShare implements WithFundingShare {
  FundingShare() {}

  /** Where the money comes from. */
  public abstract FundingSource source();

  /** How much. */
  public abstract MoneyAmount amount();

  /** The party that contributes the share, when it is a party of the agreement. */
  public abstract Optional<PartyId> contributor();

  /** A remark, such as {@code 시비 50%, 구비 50%}. */
  public abstract Optional<String> note();

  /** A share from a source. */
  public static FundingShare of(FundingSource source, MoneyAmount amount) {
    return builder().source(source).amount(amount).build();
  }

  /** A builder for a funding share; {@code source} and {@code amount} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingShare}. */
  public static final class Builder extends ImmutableFundingShare.Builder {
    Builder() {}
  }

  @Value.Check
  FundingShare normalize() {
    Optional<String> note = Text.normalize(note(), "FundingShare", "note");
    if (note.equals(note())) {
      return this;
    }
    return builder().from(this).note(note).build();
  }

}
