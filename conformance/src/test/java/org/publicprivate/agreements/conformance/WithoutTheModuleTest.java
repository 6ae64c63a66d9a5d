package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a mapper without the module does with an agreement, as the README says: Jackson sees no
 * properties in the model's fluent accessors and no way to build it.
 */
class WithoutTheModuleTest {
  private static final byte[] MINIMAL = Corpus.resource("/valid-documents/01-minimal.json");

  @Test
  void aPlainJackson2MapperWritesAnEmptyObjectAndCannotRead() throws Exception {
    Agreement agreement = new Jackson2Line().read(MINIMAL);
    ObjectMapper plain = new ObjectMapper();

    assertThat(plain.writeValueAsString(agreement)).isEqualTo("{}");
    assertThat(catchThrowable(() -> plain.readValue(MINIMAL, Agreement.class)))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class)
        .hasMessageContaining("Cannot construct instance of");
  }

  @Test
  void aPlainJackson3MapperWritesAnEmptyObjectAndCannotRead() {
    Agreement agreement = new Jackson3Line().read(MINIMAL);
    JsonMapper plain = JsonMapper.builder().build();

    assertThat(plain.writeValueAsString(agreement)).isEqualTo("{}");
    assertThat(catchThrowable(() -> plain.readValue(MINIMAL, Agreement.class)))
        .isInstanceOf(tools.jackson.databind.exc.InvalidDefinitionException.class)
        .hasMessageContaining("Cannot construct instance of");
  }
}
