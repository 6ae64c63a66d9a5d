package org.publicprivate.agreements.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metadata that IDEs read for the starter's properties, as the processor generated it. */
class ConfigurationMetadataTest {

  @Test
  void describesEveryPropertyWithItsDefault() throws IOException {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = JsonMapper.builder().build().readTree(in);
    }
    Map<String, JsonNode> properties = new HashMap<>();
    for (JsonNode property : metadata.get("properties")) {
      properties.put(property.get("name").asString(), property);
    }

    assertThat(properties).containsOnlyKeys("agreements.validation.locale",
        "agreements.web.max-document-size", "agreements.web.problem-details.enabled");
    assertThat(properties.get("agreements.validation.locale").get("defaultValue").asString())
        .isEqualTo("ko");
    assertThat(properties.get("agreements.web.max-document-size").get("defaultValue").asString())
        .isEqualTo("4MB");
    assertThat(properties.get("agreements.web.problem-details.enabled").get("defaultValue")
        .asBoolean()).isTrue();
    assertThat(properties.values()).allSatisfy(
        property -> assertThat(property.get("description").asString()).isNotBlank());
  }
}
