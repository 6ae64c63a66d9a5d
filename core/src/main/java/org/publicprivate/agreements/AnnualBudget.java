package org.publicprivate.agreements;

import java.time.Year;
import org.immutables.value.Value;

/**
 * The part of a programme's budget planned for one fiscal year.
 *
 * <pre>{@code
 * AnnualBudget first = AnnualBudget.of(Year.of(2024), MoneyAmount.parse("50억 원"));
 * }</pre>
 */
@Value.Immutable
public abstract class AnnualBudget implements WithAnnualBudget {
  AnnualBudget() {}

  /** The fiscal year. */
  public abstract Year year();

  /** The budget for that year. */
  public abstract MoneyAmount amount();

  /** The budget of one fiscal year. */
  public static AnnualBudget of(Year year, MoneyAmount amount) {
    return builder().year(year).amount(amount).build();
  }

  @Value.Check
  void check() {
    CalendarYears.check("AnnualBudget", "year", year());
  }

  /** A builder for an annual budget; {@code year} and {@code amount} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualBudget}. */
  public static final class Builder extends ImmutableAnnualBudget.Builder {
    Builder() {}
  }
}
