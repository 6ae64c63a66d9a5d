package org.publicprivate.agreements.testkit;

import java.util.Objects;
import org.publicprivate.agreements.MoneyAmount;

/**
 * An amount of won written as text, with the amount it means: what {@link ValueGens#moneyTexts()}
 * generates, so that a property can check {@code MoneyAmount.parse(text).equals(amount)}.
 *
 * @param text the amount as a person or a document writes it, such as {@code 1억 5천만 원}
 * @param amount the amount the text means
 */
public record MoneyText(String text, MoneyAmount amount) {
  /** Creates the pair; both parts are required. */
  public MoneyText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(amount, "amount");
  }
}
