package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.QuantityAttribute;

/**
 * A pledge in numbers other than money: 300 new jobs, 3만 3,000㎡ of land, 50 companies, each with
 * how exactly it was stated ({@link Qualifier}) and, where the unit alone does not say what is
 * counted, a label.
 *
 * <p>The value is a whole number from 0 to 2^53−1, the range every JSON reader keeps exactly. A
 * quantity of {@link QuantityUnit#OTHER} needs a label (such as {@code MW}); for other units the
 * label is optional and says more ({@code 신규 고용}). The label is stored stripped and in NFC; a
 * blank label is absent.
 *
 * <pre>{@code
 * Quantity jobs = Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST);
 * jobs.toKoreanString();                                        // 300명 이상
 * Quantity.parse("3만 3,000㎡", QuantityUnit.SQUARE_METRES).value(); // 33000
 * Quantity.parse("1,314여명", QuantityUnit.JOBS).qualifier();     // ABOUT
 * }</pre>
 */
@Value.Immutable
public abstract class Quantity implements WithQuantity {
  /** The largest value, 2^53−1: 9,007,199,254,740,991. */
  public static final long MAX_VALUE = (1L << 53) - 1;

  Quantity() {}

  /** The number, from 0 to {@link #MAX_VALUE}. */
  public abstract long value();

  /** What is counted or measured. */
  public abstract QuantityUnit unit();

  /** How exactly the number is stated; {@link Qualifier#EXACTLY} unless set. */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACTLY;
  }

  /** What is counted, in words; required when the unit is {@link QuantityUnit#OTHER}. */
  public abstract Optional<String> label();

  /**
   * The quantity of {@code value} in {@code unit}, stated exactly and without a label.
   *
   * @throws InvalidAttributeException if the value is outside 0 to {@link #MAX_VALUE}, or the unit
   *     is {@link QuantityUnit#OTHER}, which needs a label
   */
  public static Quantity of(long value, QuantityUnit unit) {
    return builder().value(value).unit(unit).build();
  }

  /**
   * The quantity of {@code value} in {@code unit}, qualified, without a label.
   *
   * @throws InvalidAttributeException as {@link #of(long, QuantityUnit)}
   */
  public static Quantity of(long value, QuantityUnit unit, Qualifier qualifier) {
    return builder().value(value).unit(unit).qualifier(qualifier).build();
  }

  /**
   * The quantity of {@code value} in {@code unit}, qualified and labelled.
   *
   * @throws InvalidAttributeException if the value is outside 0 to {@link #MAX_VALUE}, or the unit
   *     is {@link QuantityUnit#OTHER} and the label is blank
   */
  public static Quantity of(long value, QuantityUnit unit, Qualifier qualifier, String label) {
    return builder().value(value).unit(unit).qualifier(qualifier).label(label).build();
  }

  /**
   * Reads a quantity of {@code unit} as {@link #toKoreanString()} writes it or as the press prints
   * it: {@code 300명 이상}, {@code 약 300명}, {@code 300여 명}, {@code 300명 내외},
   * {@code 300명 이내}, {@code 3만 3,000㎡}, {@code 33,000m²}, {@code 3.3만㎡}, {@code 1만3,200㎡},
   * {@code 1만 7730㎡}, {@code 20만평}, {@code 1,314여명}, {@code 6만6,000여㎡}, {@code 50개사},
   * {@code 5 MW} (for OTHER, the words after the number are the label).
   *
   * <p>The qualifier words are those of {@link Qualifier#split}. The number is read as
   * {@link MoneyAmount#parse} reads won, with a decimal only directly before a Korean unit when the
   * result is whole. The word after the number must be one of {@link QuantityUnit#suffixesRead()},
   * with or without a space before it, and may be followed by a label in parentheses
   * ({@code 300명(신규 고용)}).
   *
   * @throws NullPointerException if {@code text} or {@code unit} is null
   * @throws IllegalArgumentException if the text is not such a quantity, such as a unit word that
   *     belongs to another unit ({@code 300평} for JOBS); the message quotes the text and says what
   *     is allowed
   */
  public static Quantity parse(CharSequence text, QuantityUnit unit) {
    return KoreanQuantityFormat.parse(text, unit);
  }

  /**
   * The quantity as the press writes it, which {@link #parse} reads back: the number in Korean
   * units as money writes it, the unit word directly after a digit and after one space after a
   * Korean unit ({@code 300명}, {@code 3만 3,000㎡}, {@code 2만 명}, {@code 1만 평}, {@code 50개사}),
   * then the qualifier ({@code 300명 이상}, {@code 약 300명}, {@code 최대 300명}). A quantity of
   * OTHER writes its label after one space ({@code 5 MW}); another labelled quantity writes its
   * label in parentheses after the unit ({@code 300명(신규 고용) 이상}).
   *
   * <p>A label of OTHER that starts with a Korean numeral (만, 억…) or ends with a qualifier word
   * (이상, 내외…), or any label with 여 right after a numeral, reads back as part of the number or
   * of its qualifier; the press writes no such label.
   */
  public String toKoreanString() {
    return KoreanQuantityFormat.format(this);
  }

  /** A builder; {@code value} and {@code unit} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quantity}. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }

  @Value.Check
  Quantity normalize() {
    if (value() < 0 || value() > MAX_VALUE) {
      throw new InvalidAttributeException("Quantity", "value", value(),
          "from 0 to 9,007,199,254,740,991 (2^53−1)");
    }
    Optional<String> label = Text.normalize(label(), QuantityAttribute.LABEL);
    if (!label.equals(label())) {
      return ImmutableQuantity.copyOf(this).withLabel(label);
    }
    if (unit() == QuantityUnit.OTHER && label().isEmpty()) {
      throw new InvalidAttributeException("Quantity", "label", "",
          "given when the unit is OTHER, naming what is counted, such as MW");
    }
    return this;
  }
}
