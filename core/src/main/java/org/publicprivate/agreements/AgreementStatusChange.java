package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * One entry of the status history of an agreement: the {@link AgreementStatus} it took on a date, with a
 * note and the source that reports it.
 *
 * <pre>{@code
 * AgreementStatusChange change = AgreementStatusChange.of(AgreementStatus.SIGNED, PartialDate.of(2023, 5, 22));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class AgreementStatusChange implements StatusChange<AgreementStatus> {
  AgreementStatusChange() {}

  /** The change to {@code status} on {@code date}. */
  public static AgreementStatusChange of(AgreementStatus status, PartialDate date) {
    return builder().status(status).date(date).build();
  }

  /** A builder; {@code status} and {@code date} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AgreementStatusChange}. */
  public static final class Builder extends ImmutableAgreementStatusChange.Builder
      implements StatusChange.Builder<AgreementStatus, AgreementStatusChange> {
    Builder() {}
  }

  @Value.Check
  AgreementStatusChange normalize() {
    Optional<String> note = Text.normalize(note(), StatusChangeAttribute.NOTE);
    return note.equals(note()) ? this : builder().from(this).note(note).build();
  }
}
