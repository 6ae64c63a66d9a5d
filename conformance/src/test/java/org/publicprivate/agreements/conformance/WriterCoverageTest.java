package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.TRIES;
import static org.publicprivate.agreements.conformance.Generated.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;

/**
 * The writers are straight code, one call per attribute (decision 0019): what a {@code switch}'s
 * coverage check gave at compile time, this test checks over what both modules write. Every
 * attribute that any type declares is written by some document, of generated agreements (valid
 * and arbitrary) and of the valid corpus; and every written object's members are declared
 * attributes of its type, in canonical order. A writer that left an attribute out, wrote it twice
 * or out of its place fails here.
 */
class WriterCoverageTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void everyDeclaredAttributeIsWrittenByBothModulesInCanonicalOrder() throws IOException {
    List<Agreement> agreements = new ArrayList<>();
    Generated.validOrArbitraryAgreements().samples(20_261_201L).limit(Math.max(2_000, TRIES / 5))
        .forEach(agreements::add);
    JsonLine reader = JsonLine.both().get(0);
    try (Stream<Path> files = Files.list(Corpus.folder("valid-documents"))) {
      files.filter(file -> file.toString().endsWith(".json"))
          .forEach(file -> agreements.add(call(() -> reader.read(Files.readAllBytes(file)))));
    }
    for (JsonLine line : JsonLine.both()) {
      Set<Attribute> written = new LinkedHashSet<>();
      for (Agreement agreement : agreements) {
        for (boolean amountsAsStrings : new boolean[] {false, true}) {
          JsonNode document = TREES.readTree(line.write(agreement, amountsAsStrings, false));
          walk(AgreementAttribute.class, document, "$", written);
        }
      }
      List<Attribute> declared = Attributes.types().stream()
          .flatMap(type -> Attributes.of(type).stream()).toList();
      assertThat(declared).as("%s: the attributes no document written holds", line)
          .allSatisfy(attribute -> assertThat(written).as("%s.%s",
              attribute.ownerName(), attribute.jsonName()).contains(attribute));
    }
  }

  /** Checks the object {@code node} of the type that {@code type} declares, and what it holds. */
  private static void walk(Class<? extends Attribute> type, JsonNode node, String path,
      Set<Attribute> written) {
    assertThat(node.isObject()).as("%s is an object", path).isTrue();
    List<Attribute> attributes = Attributes.of(type);
    int previous = -1;
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String memberPath = path + "." + member.getKey();
      Attribute attribute = attributes.stream()
          .filter(candidate -> candidate.jsonName().equals(member.getKey())).findFirst()
          .orElse(null);
      assertThat(attribute).as("%s: a declared attribute of %s", memberPath,
          type.getSimpleName()).isNotNull();
      assertThat(attribute.ordinal()).as("%s comes after the member before it, in canonical order",
          memberPath).isGreaterThan(previous);
      previous = attribute.ordinal();
      written.add(attribute);
      Class<? extends Attribute> elements = attribute.declaration().elementType().orElse(null);
      if (elements == null) {
        continue;
      }
      JsonNode value = member.getValue();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          walk(elements, value.get(i), memberPath + "[" + i + "]", written);
        }
      } else {
        walk(elements, value, memberPath, written);
      }
    }
  }
}
