package org.publicprivate.agreements;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.ProgressReportAttribute;

/**
 * What a commitment had achieved as of a date: quantities and money, each cumulative (everything
 * up to that date, not what was added since the previous report), with the source that reports it.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.builder()
 *     .asOf(PartialDate.of(2024, 12))
 *     .addAchieved(Quantity.of(120, QuantityUnit.JOBS))
 *     .source(SourceId.of("press-2025-01"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProgressReport implements WithProgressReport {
  ProgressReport() {}

  /** The date the figures stand at. */
  public abstract PartialDate asOf();

  /** The report in words, stripped and in NFC; absent when blank. */
  public abstract Optional<String> summary();

  /** The quantities achieved up to {@link #asOf()}. */
  public abstract List<Quantity> achieved();

  /** The money spent up to {@link #asOf()}. */
  public abstract Optional<MoneyAmount> spent();

  /** The source document that reports the figures, by its id. */
  public abstract Optional<SourceId> source();

  /** The achieved quantity of {@code unit}, when the report gives one. */
  public Optional<Quantity> achieved(QuantityUnit unit) {
    for (Quantity quantity : achieved()) {
      if (quantity.unit() == unit) {
        return Optional.of(quantity);
      }
    }
    return Optional.empty();
  }

  /** A builder; {@code asOf} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressReport}. */
  public static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }

  @Value.Check
  ProgressReport normalize() {
    Optional<String> summary = Text.normalize(summary(), ProgressReportAttribute.SUMMARY);
    return summary.equals(summary())
        ? this : ImmutableProgressReport.copyOf(this).withSummary(summary);
  }
}
