package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.ExtensionGens;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Mutation;
import org.publicprivate.agreements.testkit.Mutations;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * {@code AgreementJson.fingerprint}: the SHA-256 of the RFC 8785 form of the document written with
 * amounts as strings, the same from both modules; the same for every copy of one agreement however
 * its document is laid out; different for every change of content.
 *
 * <p>Each property tries {@link #TRIES} agreements, a tenth of {@code -Dagreements.testkit.tries}
 * (1,000 by default); the one that reads each agreement from six layouts with both modules, {@link
 * #LAYOUT_TRIES}, three tenths of that (300). Fewer tries, as mutation testing asks for, mean
 * fewer here too.
 */
class FingerprintPropertiesTest {
  private static final int TRIES = Math.max(1, Generated.TRIES / 10);
  private static final int LAYOUT_TRIES = Math.max(1, TRIES * 3 / 10);
  private static final ObjectMapper TREES = new ObjectMapper();

  @PropertyTest
  void isTheSha256OfTheCanonicalFormOfTheDocumentWithAmountsAsStringsTheSameInBothModules() {
    Property.forAll(Generated.validOrArbitraryAgreements())
        .tries(TRIES)
        .verify(agreement -> {
          List<String> fingerprints = new ArrayList<>();
          for (JsonLine line : JsonLine.both()) {
            String document = new String(line.write(agreement, true, false), UTF_8);
            String fingerprint = line.fingerprint(agreement);
            assertThat(fingerprint).matches("sha256:[0-9a-f]{64}")
                .isEqualTo("sha256:" + sha256(line.canonicalize(document)));
            fingerprints.add(fingerprint);
          }
          assertThat(fingerprints.get(1)).as("Jackson 3 and Jackson 2").isEqualTo(fingerprints.get(0));
        });
  }

  @PropertyTest
  void copiesReadFromReorderedReindentedAndEitherAmountNotationHaveTheSameFingerprint() {
    Property.forAll(Generated.validOrArbitraryAgreements())
        .tries(LAYOUT_TRIES)
        .verify(agreement -> {
          String expected = JsonLine.both().get(0).fingerprint(agreement);
          for (JsonLine writer : JsonLine.both()) {
            for (Layout layout : layouts(writer, agreement)) {
              String text = new String(layout.document(), UTF_8);
              for (JsonLine reader : JsonLine.both()) {
                Agreement copy = call(() -> reader.read(layout.document()));
                assertThat(copy).isEqualTo(agreement);
                assertThat(reader.fingerprint(copy)).as("%s reading %s", reader, text)
                    .isEqualTo(expected);
                // Any RFC 8785 library gets the fingerprint from a copy with amounts as strings.
                assertThat("sha256:" + sha256(reader.canonicalize(text)))
                    .as("hash of the canonical form of %s", text)
                    .matches(hash -> hash.equals(expected)
                        == (layout.amountsAsStrings() || Generated.moneyCount(agreement) == 0));
              }
            }
          }
        });
  }

  @PropertyTest
  void equalAgreementsHaveEqualFingerprintsAndUnequalOnesDifferentOnes() {
    Property.forAll(Generated.validOrArbitraryAgreements(), Generated.validOrArbitraryAgreements())
        .tries(TRIES)
        .verify((one, other) -> {
          JsonLine line = JsonLine.both().get(1);
          Agreement rebuilt = Agreement.builder().from(one).build();
          assertThat(line.fingerprint(rebuilt)).isEqualTo(line.fingerprint(one));
          assertThat(line.fingerprint(other).equals(line.fingerprint(one)))
              .as("same fingerprint for %s and %s", one.id(), other.id())
              .isEqualTo(other.equals(one));
        });
  }

  @PropertyTest
  void everyMutationAndEveryEditOfContentChangesTheFingerprint() {
    Property.forAll(AgreementGens.validAgreements(), Mutations.mutations(), Gens.elements(EDITS))
        .tries(TRIES)
        .verify((agreement, mutation, edit) -> {
          String before = JsonLine.both().get(0).fingerprint(agreement);
          for (Agreement changed : List.of(mutation.apply(agreement), edit.apply(agreement))) {
            assertThat(changed).isNotEqualTo(agreement);
            for (JsonLine line : JsonLine.both()) {
              assertThat(line.fingerprint(changed)).as("%s after %s", line, describe(mutation))
                  .isNotEqualTo(before);
            }
          }
        });
  }

  /** Edits of content that break no rule: a word of text, a status, the order of a list, a won. */
  private static final List<UnaryOperator<Agreement>> EDITS = List.of(
      agreement -> agreement.withTitle(agreement.title() + " 2"),
      agreement -> agreement.withStatus(AgreementStatus.values()[
          (agreement.status().ordinal() + 1) % AgreementStatus.values().length]),
      agreement -> agreement.withParties(reversed(agreement.parties())),
      agreement -> agreement.withKeywords(append(agreement.keywords(), "fingerprint-edit")),
      FingerprintPropertiesTest::oneMoreWon,
      agreement -> Agreement.builder().from(agreement)
          .putExtension("fingerprint:edit", ExtensionValue.of(agreement.extensions().size()))
          .build());

  /**
   * Extensions are content: adding one, or changing a value deep inside one, changes the
   * fingerprint; the order their members are written in does not (the generated documents of the
   * layout property also reverse every object, extensions included).
   */
  @PropertyTest
  void extensionsChangeTheFingerprintAndTheOrderOfTheirMembersDoesNot() {
    Property.forAll(AgreementGens.validAgreements(), ExtensionGens.values())
        .tries(TRIES)
        .verify((agreement, value) -> {
          JsonLine line = JsonLine.both().get(0);
          String before = line.fingerprint(agreement);
          ExtensionValue nested = ExtensionValue.object(Map.of("b", value, "a", ExtensionValue.of(1)));
          Agreement extended = Agreement.builder().from(agreement)
              .putExtension("fingerprint:nested", nested).build();
          String after = line.fingerprint(extended);
          assertThat(after).isNotEqualTo(before);

          Agreement changedDeepInside = Agreement.builder().from(agreement)
              .putExtension("fingerprint:nested",
                  ExtensionValue.object(Map.of("b", value, "a", ExtensionValue.of(2))))
              .build();
          assertThat(line.fingerprint(changedDeepInside)).isNotEqualTo(after);

          String text = new String(line.write(extended, true, false), UTF_8);
          ObjectNode root = (ObjectNode) call(() -> TREES.readTree(text));
          ObjectNode extensions = (ObjectNode) root.get("extensions");
          ObjectNode members = (ObjectNode) extensions.get("fingerprint:nested");
          members.set("a", members.remove("a"));
          ObjectNode firstNested = JsonNodeFactory.instance.objectNode();
          firstNested.set("fingerprint:nested", extensions.remove("fingerprint:nested"));
          firstNested.setAll(extensions);
          root.set("extensions", firstNested);
          String swapped = call(() -> TREES.writeValueAsString(root));
          assertThat(swapped).isNotEqualTo(text).contains("{\"b\":");
          for (JsonLine reader : JsonLine.both()) {
            Agreement copy = call(() -> reader.read(swapped.getBytes(UTF_8)));
            assertThat(copy).isEqualTo(extended);
            assertThat(reader.fingerprint(copy)).isEqualTo(after);
          }
        });
  }

  private static Agreement oneMoreWon(Agreement agreement) {
    if (agreement.commitments().isEmpty()) {
      return agreement.withPurpose(agreement.purpose().orElse("") + " 1원");
    }
    List<Commitment> commitments = new ArrayList<>(agreement.commitments());
    Commitment first = commitments.get(0);
    MoneyAmount won = MoneyAmount.ofWon(1);
    commitments.set(0, first.withPledgedAmount(first.pledgedAmount()
        .map(amount -> amount.isZero() ? amount.plus(won) : amount.minus(won)).orElse(won)));
    return agreement.withCommitments(commitments);
  }

  private static <T> List<T> reversed(List<T> values) {
    List<T> reversed = new ArrayList<>(values);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  private static <T> List<T> append(List<T> values, T value) {
    List<T> longer = new ArrayList<>(values);
    longer.add(value);
    return longer;
  }

  private static String describe(Mutation mutation) {
    return mutation.code();
  }

  /**
   * The document in six layouts: compact and indented by the writer, amounts as numbers and as
   * strings, and each with every object's members in reverse order, indented by Jackson's default
   * printer instead.
   */
  private static List<Layout> layouts(JsonLine writer, Agreement agreement) {
    List<Layout> layouts = new ArrayList<>();
    for (boolean amountsAsStrings : new boolean[] {false, true}) {
      byte[] compact = writer.write(agreement, amountsAsStrings, false);
      layouts.add(new Layout(compact, amountsAsStrings));
      layouts.add(new Layout(writer.write(agreement, amountsAsStrings, true), amountsAsStrings));
      layouts.add(new Layout(call(() -> TREES.writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(reverse(TREES.readTree(compact)))), amountsAsStrings));
    }
    return layouts;
  }

  /** A document of an agreement, and whether its amounts are strings. */
  private record Layout(byte[] document, boolean amountsAsStrings) {}

  private static JsonNode reverse(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      members.addAll(node.properties());
      ObjectNode reversed = JsonNodeFactory.instance.objectNode();
      for (int i = members.size() - 1; i >= 0; i--) {
        reversed.set(members.get(i).getKey(), reverse(members.get(i).getValue()));
      }
      return reversed;
    }
    if (node.isArray()) {
      ArrayNode elements = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> elements.add(reverse(element)));
      return elements;
    }
    return node;
  }

  static String sha256(String text) {
    MessageDigest digest = call(() -> MessageDigest.getInstance("SHA-256"));
    return HexFormat.of().formatHex(digest.digest(text.getBytes(UTF_8)));
  }
}
