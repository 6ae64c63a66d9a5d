package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.TRIES;
import static org.publicprivate.agreements.conformance.Generated.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * The readers look for each property's name first among the attributes after the one read last,
 * as canonical order has them, and then in the whole table. A document in any other order reads
 * the same, and so do objects of one type with different properties, one after the other.
 */
class PropertyOrderTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @PropertyTest
  void aDocumentReadsTheSameWhateverTheOrderOfItsPropertiesAndWhateverWasReadBefore() {
    Property.forAll(AgreementGens.validAgreements(), Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .tries(Math.max(100, TRIES / 10))
        .verify((agreement, seed) -> {
          for (JsonLine line : JsonLine.both()) {
            byte[] canonical = line.write(agreement, false, false);
            byte[] shuffled = shuffle(canonical, new Random(seed));
            assertThat(call(() -> line.read(canonical))).as("%s, canonical", line)
                .isEqualTo(agreement);
            assertThat(call(() -> line.read(shuffled))).as("%s, shuffled", line)
                .isEqualTo(agreement);
            assertThat(call(() -> line.read(canonical))).as("%s, canonical after shuffled", line)
                .isEqualTo(agreement);
          }
        });
  }

  @Test
  void objectsOfOneTypeWithDifferentPropertiesFollowEachOtherInOneDocument() throws Exception {
    String document = """
        {"formatVersion":1,"id":"a","title":"t","kind":"MOU","status":"SIGNED","commitments":[
         {"id":"c1","parties":["p"],"summary":"s","category":"INVESTMENT","obligation":"BINDING"},
         {"id":"c2","parties":["p"],"summary":"s","englishSummary":"e","category":"INVESTMENT",
          "obligation":"BINDING","status":"FULFILLED"},
         {"summary":"s","id":"c3","obligation":"BINDING","parties":["p"],"category":"INVESTMENT"},
         {"id":"c4","parties":["p"],"summary":"s","category":"INVESTMENT","obligation":"BINDING"}],
         "parties":[{"id":"p","name":"n","kind":"COMPANY"}]}""";
    for (JsonLine line : JsonLine.both()) {
      Agreement read = line.read(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(read.commitments()).extracting(c -> c.id().value())
          .containsExactly("c1", "c2", "c3", "c4");
      assertThat(read.commitments().get(1).englishSummary()).contains("e");
      assertThat(read.commitments().get(1).status().name()).isEqualTo("FULFILLED");
      assertThat(read.commitments().get(2).englishSummary()).isEmpty();
    }
  }

  /**
   * The readers ask the parser first for the name that came next last time (decision 0021), a
   * guess that commitments out of canonical order keep changing. Whatever the guesses, after such
   * a document a commitment that gives {@code id} twice is refused at its path, and one whose end
   * comes where a name came before is refused for the required property it lacks. {@code
   * ExpectedNameTest} in the format module forces the guess to be the repeated name.
   */
  @Test
  void theNameThatCameNextLastTimeIsStillCheckedForRepetitionAndOrder() throws Exception {
    String teacher = """
        {"formatVersion":1,"id":"a","title":"t","kind":"MOU","status":"SIGNED","commitments":[
         {"summary":"s","id":"c1","parties":["p"],"category":"INVESTMENT","obligation":"BINDING"},
         {"summary":"s","id":"c2","parties":["p"],"category":"INVESTMENT","obligation":"BINDING"}],
         "parties":[{"id":"p","name":"n","kind":"COMPANY"}]}""";
    String repeated = """
        {"formatVersion":1,"id":"a","title":"t","kind":"MOU","status":"SIGNED","commitments":[
         {"id":"c1","parties":["p"],"summary":"s","id":"c2","category":"INVESTMENT",
          "obligation":"BINDING"}],
         "parties":[{"id":"p","name":"n","kind":"COMPANY"}]}""";
    String canonical = """
        {"formatVersion":1,"id":"a","title":"t","kind":"MOU","status":"SIGNED","commitments":[
         {"id":"c1","parties":["p"],"summary":"s","category":"INVESTMENT","obligation":"BINDING"},
         {"id":"c2","parties":["p"],"summary":"s","category":"INVESTMENT"}],
         "parties":[{"id":"p","name":"n","kind":"COMPANY"}]}""";
    for (JsonLine line : JsonLine.both()) {
      assertThat(line.read(bytes(teacher)).commitments()).hasSize(2);
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
          () -> line.read(bytes(repeated)));
      JsonLine.Failure failure = line.failure(thrown);
      assertThat(failure).as("%s: %s", line, thrown).isNotNull();
      assertThat(failure.path()).isEqualTo("commitments[0].id");
      assertThat(failure.reason()).isEqualTo("property \"id\" appears twice");
      assertThat(line.read(bytes(teacher)).commitments()).hasSize(2);
      Throwable missing = org.assertj.core.api.Assertions.catchThrowable(
          () -> line.read(bytes(canonical)));
      assertThat(line.failure(missing)).as("%s: %s", line, missing).isNotNull();
      assertThat(line.failure(missing).path()).isEqualTo("commitments[1].obligation");
      assertThat(line.failure(missing).reason()).isEqualTo("missing required property");
    }
  }

  private static byte[] bytes(String document) {
    return document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] shuffle(byte[] document, Random random) {
    return call(() -> TREES.writeValueAsBytes(shuffle(TREES.readTree(document), random)));
  }

  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
      Collections.shuffle(members, random);
      ObjectNode shuffled = TREES.createObjectNode();
      for (Map.Entry<String, JsonNode> member : members) {
        shuffled.set(member.getKey(), shuffle(member.getValue(), random));
      }
      return shuffled;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode shuffled = TREES.createArrayNode();
      array.forEach(element -> shuffled.add(shuffle(element, random)));
      return shuffled;
    }
    return node;
  }
}
