package org.publicprivate.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.AmendmentAttribute;
import org.publicprivate.agreements.attributes.AttributePaths;

/**
 * A change made to an agreement after its signing (변경협약): when, what in words, which parts of
 * the record it changed as JSON paths of the amended document, and the source that reports it.
 *
 * <pre>{@code
 * Amendment extension = Amendment.builder()
 *     .date(LocalDate.of(2025, 6, 30))
 *     .summary("투자 기한을 2027년 말로 연장")
 *     .addChangedPath("commitments[0].due")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Amendment implements WithAmendment {
  Amendment() {}

  /** The day the amendment was made. */
  public abstract LocalDate date();

  /** The amendment in words, stripped and in NFC. */
  public abstract String summary();

  /**
   * The parts of the record the amendment changed, as JSON paths of the amended document such as
   * {@code commitments[2].pledgedAmount}; each names attributes the model declares.
   */
  public abstract List<String> changedPaths();

  /** The source document that reports the amendment, by its id. */
  public abstract Optional<SourceId> source();

  /** A builder; {@code date} and {@code summary} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }

  @Value.Check
  Amendment normalize() {
    CalendarYears.check("Amendment", "date", date());
    for (String path : changedPaths()) {
      Optional<String> problem = AttributePaths.problem(path);
      if (problem.isPresent()) {
        throw new InvalidAttributeException("Amendment", "changedPaths", path,
            "a JSON path of the model such as commitments[2].pledgedAmount, but " + problem.get());
      }
    }
    String summary = Text.normalize(summary(), AmendmentAttribute.SUMMARY);
    return summary.equals(summary())
        ? this : ImmutableAmendment.copyOf(this).withSummary(summary);
  }
}
