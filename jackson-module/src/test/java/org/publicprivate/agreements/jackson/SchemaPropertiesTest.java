package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.TRIES;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.util.Map;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * Every document the writer produces validates against the JSON Schema shipped in the jar, for
 * {@link GeneratedDocuments#TRIES} generated agreements (at least 10,000), valid and arbitrary ones,
 * with amounts as numbers and as strings. The schema is loaded once, offline, as {@link SchemaTest}
 * loads it.
 */
class SchemaPropertiesTest {
  private static final String ID = GeneratedDocuments.tree(AgreementSchema.text().getBytes(UTF_8))
      .path("$id").asText();
  private static final Schema SCHEMA =
      SchemaTest.registry(Map.of(ID, AgreementSchema.text())).getSchema(SchemaLocation.of(ID));

  private static final ObjectMapper NUMBERS = AgreementJson.newMapper();
  private static final ObjectMapper STRINGS =
      AgreementJson.newMapper(AgreementModule.builder().amountsAsStrings(true).build());

  @PropertyTest
  void everyDocumentTheWriterProducesValidatesAgainstTheSchemaInBothAmountModes() {
    assertThat(ID).isEqualTo("https://publicprivate.org/agreements/agreement.schema.json");

    Property.forAll(GeneratedDocuments.validOrArbitraryAgreements())
        .tries(TRIES)
        .verify(agreement -> {
          for (ObjectMapper writer : new ObjectMapper[] {NUMBERS, STRINGS}) {
            String json = new String(write(writer, agreement), UTF_8);
            assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors of %s", json)
                .isEmpty();
          }
        });
  }
}
