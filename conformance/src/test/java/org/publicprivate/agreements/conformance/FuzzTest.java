package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * Mutated documents read by both modules with {@code AgreementJson.read}: every outcome is an
 * agreement or the module's own exception, never another throwable; an agreement read validates
 * without throwing, rewrites to bytes that read back equal and rewrite identically, and {@code
 * writeValueAsString} and {@code writeValueAsBytes} agree; both modules agree on which documents
 * they accept.
 *
 * <p>{@value #DEFAULT_DOCUMENTS} documents per run; {@code -Dagreements.fuzz.documents=1000000}
 * runs longer and {@code -Dagreements.fuzz.seed} repeats a run. A failure names the seed, the
 * document's number and its bytes.
 */
class FuzzTest {
  private static final int DEFAULT_DOCUMENTS = 100_000;
  private static final int DOCUMENTS =
      Math.max(DEFAULT_DOCUMENTS, Integer.getInteger("agreements.fuzz.documents", 0));
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[][] INSERTIONS = Stream.of("{", "}", "[", "]", ",", ":", "\"", "null",
      "true", "0", "-0", "1e999", "-1", "0.5", "\"\\uD800\"", "\\uDC00", "\\u0000", "\"a\":",
      "\"id\":\"x\",", "\"formatVersion\":2,", "\"\u0301\u0301\"", "\"kind\":\"MOU\",", "//", "\\",
      "99999999999999999999999999999999999", "\"amount\":\"12\",")
      .map(text -> text.getBytes(UTF_8)).toArray(byte[][]::new);
  private static final byte[][] PREFIXES = Stream.of("efbbbf", "feff", "fffe", "0000feff",
      "fffe0000", "00", "20", "0a").map(HEX::parseHex).toArray(byte[][]::new);

  private final AgreementValidator validator = AgreementValidator.create(Locale.ENGLISH);

  @Test
  void everyMutatedDocumentReadsAsAnAgreementOrTheModulesOwnException() throws IOException {
    long seed = Long.getLong("agreements.fuzz.seed", ThreadLocalRandom.current().nextLong());
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> seeds = seeds();
    List<JsonLine> lines = JsonLine.both();
    int accepted = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] document = mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        accepted += check(lines, document) ? 1 : 0;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("document " + i + " of seed " + seed + " (rerun with"
            + " -Dagreements.fuzz.seed=" + seed + "): " + e + "\n" + HEX.formatHex(document), e);
      }
    }
    System.out.printf("Fuzzed %,d documents (seed %d): %,d read as agreements by both modules%n",
        DOCUMENTS, seed, accepted);
    assertThat(accepted).as("documents read (seed %d)", seed).isBetween(1, DOCUMENTS - 1);
  }

  /** Whether both modules read the document; fails on any outcome but the two allowed. */
  private boolean check(List<JsonLine> lines, byte[] document) {
    Agreement first = null;
    boolean firstRead = false;
    for (int l = 0; l < lines.size(); l++) {
      JsonLine line = lines.get(l);
      Agreement read;
      try {
        read = line.read(document);
      } catch (Throwable thrown) {
        assertThat(line.failure(thrown)).as("%s: the module's exception, not %s", line, thrown)
            .isNotNull();
        read = null;
      }
      if (read != null) {
        checkAgreement(line, read);
      }
      if (l == 0) {
        first = read;
        firstRead = read != null;
      } else {
        assertThat(read != null).as("%s reads it as %s does", line, lines.get(0)).isEqualTo(firstRead);
        assertThat(read).as("%s reads the agreement %s reads", line, lines.get(0)).isEqualTo(first);
      }
    }
    return firstRead;
  }

  private void checkAgreement(JsonLine line, Agreement agreement) {
    assertThat(validator.validate(agreement)).as("the report").isNotNull();
    byte[] written = line.write(agreement, false, false);
    assertThat(line.writeString(agreement)).as("%s: writeValueAsString and writeValueAsBytes", line)
        .isEqualTo(new String(written, UTF_8));
    Agreement again = Generated.call(() -> line.read(written));
    assertThat(again).as("%s: the rewritten document read back", line).isEqualTo(agreement);
    assertThat(line.write(again, false, false)).as("%s: rewritten identically", line)
        .isEqualTo(written);
  }

  /** The valid corpus and the base of the bad one. */
  private static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Corpus.folder("valid-documents"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    seeds.add(Corpus.resource("/bad-documents-base.json"));
    return seeds;
  }

  /** One to three mutations of one of the kinds the fuzz loop knows. */
  static byte[] mutate(byte[] seed, SplittableRandom random) {
    byte[] document = seed;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(document.length + 1);
      document = switch (random.nextInt(8)) {
        case 0 -> flip(document, random);
        case 1 -> Arrays.copyOf(document, at);
        case 2 -> insert(document, at, INSERTIONS[random.nextInt(INSERTIONS.length)]);
        case 3 -> duplicateKey(document, random);
        case 4 -> insert(document, 0, PREFIXES[random.nextInt(PREFIXES.length)]);
        case 5 -> insertAfter(document, random, (byte) '"',
            random.nextBoolean() ? "\\uD800" : "\\uDFFF");
        case 6 -> insert(document, at, ("[".repeat(1 + random.nextInt(60))).getBytes(UTF_8));
        default -> insertAfter(document, random, (byte) '1',
            "9".repeat(1 + random.nextInt(400)) + (random.nextBoolean() ? "" : "e999"));
      };
      if (document.length == 0) {
        break;
      }
    }
    return document;
  }

  private static byte[] flip(byte[] document, SplittableRandom random) {
    if (document.length == 0) {
      return document;
    }
    byte[] flipped = document.clone();
    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
    return flipped;
  }

  private static byte[] insert(byte[] document, int at, byte[] inserted) {
    byte[] result = new byte[document.length + inserted.length];
    System.arraycopy(document, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(document, at, result, at + inserted.length, document.length - at);
    return result;
  }

  /** Repeats one {@code "name": } of the document right after itself, as a duplicated key. */
  private static byte[] duplicateKey(byte[] document, SplittableRandom random) {
    String text = new String(document, UTF_8);
    int colon = text.indexOf("\":", random.nextInt(Math.max(1, text.length())));
    if (colon < 0) {
      return document;
    }
    int start = text.lastIndexOf('"', colon - 1);
    int end = text.indexOf(',', colon);
    if (start < 0 || end < 0) {
      return document;
    }
    return (text.substring(0, end + 1) + text.substring(start, end + 1) + text.substring(end + 1))
        .getBytes(UTF_8);
  }

  /**
   * Inserts text right after a byte {@code after} of the document from a random place on: after a
   * quote, inside a name or a string; after a 1, inside a number (or a string).
   */
  private static byte[] insertAfter(byte[] document, SplittableRandom random, byte after,
      String inserted) {
    int from = random.nextInt(document.length + 1);
    for (int i = from; i < document.length; i++) {
      if (document[i] == after) {
        return insert(document, i + 1, inserted.getBytes(UTF_8));
      }
    }
    return document;
  }
}
