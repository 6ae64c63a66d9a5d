package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both jars ship the JSON Schema from its one source file: the same text. */
class SchemaResourcesTest {
  @Test
  void bothModulesShipTheSameSchema() {
    String jackson2 = org.publicprivate.agreements.jackson.AgreementSchema.text();
    String jackson3 = org.publicprivate.agreements.jackson3.AgreementSchema.text();

    assertThat(jackson3).isEqualTo(jackson2);
    assertThat(jackson2).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
