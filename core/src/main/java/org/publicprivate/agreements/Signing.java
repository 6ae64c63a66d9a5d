package org.publicprivate.agreements;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When, where and by whom an agreement is signed. Times are Korea time (Asia/Seoul).
 *
 * <pre>{@code
 * Signing signing = Signing.builder()
 *     .date(LocalDate.of(2023, 5, 22))
 *     .time(LocalTime.of(11, 0))
 *     .venue("부산유라시아플랫폼")
 *     .addSignatory(mayor)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Signing implements WithSigning {
  /** The time zone of {@link #time()}: Asia/Seoul. */
  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  Signing() {}

  /** The day of the signing. */
  public abstract LocalDate date();

  /** The time of the signing, Korea time, in whole seconds (usually whole minutes). */
  public abstract Optional<LocalTime> time();

  /** Where the signing takes place, such as {@code 부산유라시아플랫폼}. */
  public abstract Optional<String> venue();

  /** The people who sign, in the order given. */
  public abstract List<Signatory> signatories();

  /** The moment of the signing in Korea time, when its time is known. */
  public Optional<ZonedDateTime> dateTime() {
    return time().map(t -> ZonedDateTime.of(date(), t, KOREA));
  }

  /** A builder for a signing; {@code date} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signing}. */
  public static final class Builder extends ImmutableSigning.Builder {
    Builder() {}
  }

  @Value.Check
  Signing normalize() {
    CalendarYears.check("Signing", "date", date());
    if (time().isPresent() && time().get().getNano() != 0) {
      throw new InvalidAttributeException("Signing", "time", time().get(),
          "a time of day in whole seconds, such as 11:00 or 11:00:30");
    }
    Optional<String> venue = Text.normalize(venue(), "Signing", "venue");
    if (venue.equals(venue())) {
      return this;
    }
    return builder().from(this).venue(venue).build();
  }
}
