package org.publicprivate.agreements.diff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;

class AttributeValuesTest {
  static List<Class<? extends Attribute>> types() {
    return Attributes.types();
  }

  /** Each enum has its branch: given an object of no model type, the branch's cast fails. */
  @ParameterizedTest
  @MethodSource("types")
  void readsTheAttributesOfEveryDeclaredType(Class<? extends Attribute> type) {
    Attribute first = Attributes.of(type).get(0);

    assertThatThrownBy(() -> AttributeValues.of(new Object(), first))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void refusesAnEnumOfNoModelType() {
    assertThatThrownBy(() -> AttributeValues.of(new Object(), Unknown.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Unknown.class.getName());
  }

  private enum Unknown implements Attribute {
    ONE;

    @Override
    public org.publicprivate.agreements.attributes.Declaration declaration() {
      return org.publicprivate.agreements.attributes.Declaration.optional("one", 1);
    }
  }
}
