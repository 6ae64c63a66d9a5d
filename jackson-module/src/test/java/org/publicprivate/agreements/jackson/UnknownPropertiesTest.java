package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.assertSameBytes;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.read;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.tree;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.testkit.Gen;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * Unknown properties injected into generated documents, into any of their objects (the root, a
 * party, its representative, a commitment, a money object, a programme's period, a funding share…)
 * and at any position among its properties: the lenient module reads the document, drops them and
 * gives the original agreement; the strict module rejects it and names the first of them, in the
 * order of the text, with its exact JSON path.
 */
class UnknownPropertiesTest {
  /** Values of the injected properties: nested objects and arrays, nulls, scalars of every type. */
  private static final List<String> UNKNOWN_VALUES = List.of(
      "{\"a\": [1, {\"b\": null}]}", "null", "[]", "{}", "\"x\"", "true", "-0.5e-7",
      "123456789012345678901234567890", "[[1, 2], {\"c\": {\"d\": [{}]}}]");
  private static final String PREFIX = "x-unknown-";
  private static final String EXTENSIONS = AgreementAttribute.EXTENSIONS.jsonName();

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper STRICT = AgreementJson.newMapper();
  private static final ObjectMapper STRICT_PLAIN =
      new ObjectMapper().registerModule(new AgreementModule());
  private static final ObjectMapper LENIENT =
      AgreementJson.newMapper(AgreementModule.builder().ignoreUnknownProperties(true).build());

  /** Where to inject one property: indexes into the document's objects and their properties. */
  record Injection(int object, int position, int value) {}

  private static final Gen<List<Injection>> INJECTIONS = Gens.listOf(Gens.combine(
      Gens.ints(0, 9_999), Gens.ints(0, 99), Gens.ints(0, UNKNOWN_VALUES.size() - 1),
      Injection::new), 1, 4);

  @PropertyTest
  void lenientModeReadsDocumentsWithUnknownPropertiesAtAnyDepthAndDropsThem() {
    Property.forAll(GeneratedDocuments.validOrArbitraryAgreements(), INJECTIONS)
        .verify((agreement, injections) -> {
          byte[] original = write(STRICT, agreement);
          Injected injected = inject(original, injections);

          Agreement read = read(LENIENT, injected.document());
          assertThat(read).as("read leniently from %s", injected).isEqualTo(agreement);
          assertSameBytes(write(LENIENT, read), original, "written again after a lenient read");
        });
  }

  @PropertyTest
  void strictModeNamesTheFirstUnknownPropertyWithItsExactPath() {
    Property.forAll(GeneratedDocuments.validOrArbitraryAgreements(), INJECTIONS)
        .verify((agreement, injections) -> {
          Injected injected = inject(write(STRICT, agreement), injections);

          for (ObjectMapper strict : List.of(STRICT, STRICT_PLAIN)) {
            Throwable thrown = catchThrowable(
                () -> strict.readValue(injected.document(), Agreement.class));
            assertThat(thrown).as("reading %s", injected)
                .isInstanceOfSatisfying(AgreementJsonException.class,
                    e -> assertNamesTheFirstUnknownProperty(e, injected));
          }
        });
  }

  @Test
  void strictModeNamesAnUnknownPropertyInsideTheAmountOfAFundingShare() throws Exception {
    byte[] document = write(STRICT, Documents.full());
    List<String> paths = objectPaths(document);
    int amount = paths.indexOf("programmes[0].fundingShares[1].amount");
    assertThat(amount).as("the object in %s", paths).isPositive();

    Injected injected = inject(document, List.of(new Injection(amount, 1, 0)));

    assertThat(injected.firstPath()).isEqualTo("programmes[0].fundingShares[1].amount.x-unknown-0");
    assertThat(injected.toString())
        .contains("\"amount\":{\"amount\":1000000000,\"x-unknown-0\":{\"a\":[1,{\"b\":null}]},"
            + "\"currency\":\"KRW\"}");
    assertThatThrownBy(() -> STRICT.readValue(injected.document(), Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertNamesTheFirstUnknownProperty(e, injected);
          assertThat(e.reason()).isEqualTo("unknown property \"x-unknown-0\"; MoneyAmount has amount, currency");
        });
    assertThat(LENIENT.readValue(injected.document(), Agreement.class)).isEqualTo(Documents.full());
  }

  private static void assertNamesTheFirstUnknownProperty(AgreementJsonException e,
      Injected injected) {
    assertThat(e.jsonPath()).as("jsonPath() for %s", injected).isEqualTo(injected.firstPath());
    assertThat(e.reason()).as("reason() for %s", injected)
        .startsWith("unknown property \"" + injected.firstName() + "\"; ")
        .matches("unknown property \"[^\"]+\"; [A-Za-z]+ has [a-zA-Z0-9, ]+");
    assertThat(e.getMessage()).as("getMessage() for %s", injected)
        .startsWith(injected.firstPath() + ": unknown property");
  }

  /** A document with unknown properties, and the name and path of the first in the text. */
  record Injected(byte[] document, String firstName, String firstPath) {
    @Override
    public String toString() {
      return new String(document, UTF_8);
    }
  }

  /**
   * Injects property {@code x-unknown-<i>} for the {@code i}-th injection into the object it picks
   * among the document's objects (in the order of the text, the root first) at the position it
   * picks among that object's properties.
   */
  static Injected inject(byte[] document, List<Injection> injections) {
    ObjectNode root = (ObjectNode) tree(document);
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(root, "", objects, new ArrayList<>());
    for (int i = 0; i < injections.size(); i++) {
      Injection injection = injections.get(i);
      ObjectNode target = objects.get(injection.object() % objects.size());
      insert(target, PREFIX + i, tree(UNKNOWN_VALUES.get(injection.value())
              .getBytes(UTF_8)),
          injection.position() % (target.size() + 1));
    }
    String[] first = firstUnknown(root, "");
    assertThat(first).as("an injected property").isNotNull();
    try {
      return new Injected(PLAIN.writeValueAsBytes(root), first[0], first[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON paths of the document's objects, in the order {@link #inject} numbers them. */
  private static List<String> objectPaths(byte[] document) {
    List<String> paths = new ArrayList<>();
    collectObjects(tree(document), "", new ArrayList<>(), paths);
    return paths;
  }

  /** The objects in and below {@code node}, in the order of the text, and their paths. */
  private static void collectObjects(JsonNode node, String path, List<ObjectNode> objects,
      List<String> paths) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      paths.add(path);
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        if (property.getKey().equals(EXTENSIONS)) {
          // Users' own data: any name is known there, and a strict reader keeps it whole.
          continue;
        }
        collectObjects(property.getValue(),
            path.isEmpty() ? property.getKey() : path + "." + property.getKey(), objects, paths);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjects(node.get(i), path + "[" + i + "]", objects, paths);
      }
    }
  }

  private static void insert(ObjectNode object, String name, JsonNode value, int position) {
    List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
    object.removeAll();
    for (int i = 0; i <= properties.size(); i++) {
      if (i == position) {
        object.set(name, value);
      }
      if (i < properties.size()) {
        object.set(properties.get(i).getKey(), properties.get(i).getValue());
      }
    }
  }

  /**
   * The name and JSON path ({@code parties[1].representative.x-unknown-0}) of the first injected
   * property in the order of the text, or null.
   */
  private static String[] firstUnknown(JsonNode node, String path) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        String at = path.isEmpty() ? name : path + "." + name;
        if (name.startsWith(PREFIX)) {
          return new String[] {name, at};
        }
        String[] found = firstUnknown(property.getValue(), at);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String[] found = firstUnknown(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
