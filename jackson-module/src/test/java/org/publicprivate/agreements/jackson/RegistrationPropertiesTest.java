package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.assertSameBytes;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.read;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.write;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * However the module is registered — found through its service file by {@code
 * findAndRegisterModules()} or {@code JsonMapper.builder().findAndAddModules()}, registered
 * explicitly, or brought by {@link AgreementJson#newMapper()} — mappers write the same bytes for
 * every generated agreement and read them back equal. The runner's default tries apply (1,000, or
 * {@code -Dagreements.testkit.tries}).
 */
class RegistrationPropertiesTest {
  private static final ObjectMapper EXPLICIT = new ObjectMapper().registerModule(new AgreementModule());
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper BUILT_WITH_FOUND_MODULES =
      JsonMapper.builder().findAndAddModules().build();
  private static final ObjectMapper READY_MADE = AgreementJson.newMapper();

  @PropertyTest
  void findAndRegisterModulesAndExplicitRegistrationWriteTheSameBytes() {
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).filteredOn(AgreementModule.class::isInstance).hasSize(1)
        .allSatisfy(module -> assertThat(module.getTypeId())
            .isEqualTo(new AgreementModule().getTypeId()));
    assertThat(FOUND.getRegisteredModuleIds()).contains(new AgreementModule().getTypeId());
    assertThat(BUILT_WITH_FOUND_MODULES.getRegisteredModuleIds())
        .contains(new AgreementModule().getTypeId());

    Property.forAll(GeneratedDocuments.validOrArbitraryAgreements())
        .verify(agreement -> {
          byte[] expected = write(EXPLICIT, agreement);
          assertSameBytes(write(FOUND, agreement), expected, "written by findAndRegisterModules()");
          assertSameBytes(write(BUILT_WITH_FOUND_MODULES, agreement), expected,
              "written by JsonMapper.builder().findAndAddModules()");
          assertSameBytes(write(READY_MADE, agreement), expected, "written by AgreementJson.newMapper()");
          assertThat(read(FOUND, expected)).as("read by findAndRegisterModules()").isEqualTo(agreement);
          assertThat(read(BUILT_WITH_FOUND_MODULES, expected))
              .as("read by JsonMapper.builder().findAndAddModules()").isEqualTo(agreement);
        });
  }
}
