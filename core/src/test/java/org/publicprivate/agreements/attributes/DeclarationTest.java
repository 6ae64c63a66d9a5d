package org.publicprivate.agreements.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * A declaration as a format reads it: name, required or optional, version, and shape (a scalar, a
 * list of scalars, an object of the model or a list of them), and an attribute answering from
 * its declaration.
 */
class DeclarationTest {
  @Test
  void aRequiredAttributeIsAScalarUnlessMadeAListOrAnObject() {
    Declaration title = Declaration.required("title", 1);

    assertThat(title).isEqualTo(new Declaration("title", true, 1, false, null));
    assertThat(title.elementType()).isEmpty();
  }

  @Test
  void anOptionalAttributeKeepsItsNameAndVersionInEveryShape() {
    Declaration keywords = Declaration.optional("keywords", 2);

    assertThat(keywords).isEqualTo(new Declaration("keywords", false, 2, false, null));
    assertThat(keywords.list()).isEqualTo(new Declaration("keywords", false, 2, true, null));
    assertThat(keywords.of(MoneyAmountAttribute.class))
        .isEqualTo(new Declaration("keywords", false, 2, false, MoneyAmountAttribute.class));
    assertThat(keywords.listOf(QuantityAttribute.class))
        .isEqualTo(new Declaration("keywords", false, 2, true, QuantityAttribute.class));
    assertThat(keywords.listOf(QuantityAttribute.class).elementType())
        .contains(QuantityAttribute.class);
  }

  @Test
  void takesVersionOneAndRefusesVersionZero() {
    assertThat(Declaration.optional("id", 1).since()).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Declaration.optional("id", 0))
        .withMessage("Declaration.since must be at least 1, was 0");
  }

  @Test
  void anAttributeAnswersFromItsDeclaration() {
    assertThat(AgreementAttribute.TITLE.jsonName()).isEqualTo("title");
    assertThat(AgreementAttribute.TITLE.isRequired()).isTrue();
    assertThat(AgreementAttribute.TITLE.since()).isEqualTo(1);
    assertThat(CommitmentAttribute.QUANTITIES.isRequired()).isFalse();
    assertThat(CommitmentAttribute.QUANTITIES.since()).isEqualTo(2);
  }
}
