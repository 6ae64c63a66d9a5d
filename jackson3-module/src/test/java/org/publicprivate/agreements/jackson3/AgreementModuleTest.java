package org.publicprivate.agreements.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.PartyId;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module as a JPMS module on the module path (Maven runs these tests there): found
 * through its service file, with its version from the build and its schema resource; the
 * conformance suite runs the rest against both modules on the class path.
 */
class AgreementModuleTest {
  private static final Agreement AGREEMENT = Agreement.builder()
      .id(AgreementId.of("a"))
      .title("업무협약")
      .kind(AgreementKind.MOU)
      .status(AgreementStatus.DRAFT)
      .build();

  @Test
  void runsAsTheNamedModuleItDeclares() {
    assertThat(AgreementModule.class.getModule().getName())
        .isEqualTo("org.publicprivate.agreements.jackson3");
    assertThat(AgreementModule.class.getModule().getDescriptor().provides())
        .anySatisfy(provides -> assertThat(provides.service())
            .isEqualTo("tools.jackson.databind.JacksonModule"));
  }

  @Test
  void isFoundThroughItsServiceFileAndWritesWhatAnExplicitModuleWrites() {
    List<JacksonModule> found = MapperBuilder.findModules();
    JsonMapper foundMapper = JsonMapper.builder().findAndAddModules().build();
    JsonMapper explicit = JsonMapper.builder().addModule(new AgreementModule()).build();

    assertThat(found).filteredOn(AgreementModule.class::isInstance).hasSize(1);
    assertThat(foundMapper.registeredModules()).filteredOn(AgreementModule.class::isInstance)
        .hasSize(1);
    assertThat(foundMapper.writeValueAsString(AGREEMENT))
        .isEqualTo(explicit.writeValueAsString(AGREEMENT))
        .isEqualTo("{\"formatVersion\":1,\"id\":\"a\",\"title\":\"업무협약\",\"kind\":\"MOU\","
            + "\"status\":\"DRAFT\"}");
    assertThat(foundMapper.readValue(explicit.writeValueAsBytes(AGREEMENT), Agreement.class))
        .isEqualTo(AGREEMENT);
  }

  @Test
  void hasItsVersionFromTheBuildAndOneRegistrationPerSetting() {
    AgreementModule strict = new AgreementModule();
    AgreementModule strings = AgreementModule.builder().amountsAsStrings(true).build();

    assertThat(strict.version().getArtifactId()).isEqualTo("agreements-jackson3");
    assertThat(strict.version().getGroupId()).isEqualTo("org.publicprivate.agreements");
    assertThat(strict.getRegistrationId()).isNotEqualTo(strings.getRegistrationId());
    assertThat(strings.toBuilder().build().getRegistrationId()).isEqualTo(strings.getRegistrationId());
  }

  @Test
  void shipsTheJsonSchemaAtItsDocumentedPath() {
    String schema = AgreementSchema.text();

    assertThat(AgreementSchema.RESOURCE)
        .isEqualTo("org/publicprivate/agreements/jackson3/agreement.schema.json");
    assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"Agreement\"");
  }

  @Test
  void readsUntrustedBytesAndReportsThePathInTheOriginalMessage() {
    byte[] document = "{\"id\":\"a\",\"title\":\"t\",\"kind\":\"CITY\",\"status\":\"DRAFT\"}"
        .getBytes(UTF_8);

    Throwable thrown = catchThrowable(() -> AgreementJson.read(document));

    assertThat(thrown).isInstanceOf(AgreementJsonException.class);
    AgreementJsonException error = (AgreementJsonException) thrown;
    assertThat(error.jsonPath()).isEqualTo("kind");
    assertThat(error.getOriginalMessage()).startsWith("kind: unknown AgreementKind \"CITY\"");
    assertThat(error.getMessage()).isEqualTo(error.getOriginalMessage() + " (line 1, column 30)");
    assertThat(AgreementJson.read(AgreementJson.newMapper().writeValueAsBytes(AGREEMENT)))
        .isEqualTo(AGREEMENT);
    assertThat(AgreementJson.newMapper().writeValueAsString(PartyId.of("busan")))
        .isEqualTo("\"busan\"");
  }
}
