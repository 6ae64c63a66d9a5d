package org.publicprivate.agreements.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.ExtensionGens;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Property;

/**
 * The fingerprint's way to RFC 8785 bytes, straight from the model ({@link CanonicalTokenWriter}
 * behind {@link Output#sortedByName}), writes byte for byte what the general canonicalizer ({@link
 * JsonCanonicalizer}: reader, tree, sort, writer) makes of the text of the same document written
 * in the format's own order, spaced out and with escapes ({@link JsonText}); and the fingerprint
 * is the SHA-256 of those bytes.
 */
class CanonicalTokenWriterTest {
  @Test
  void writesWhatTheCanonicalizerMakesOfTheTextOfAnyAgreementAndTheFingerprintIsItsSha256() {
    Property.forAll(Gens.oneOf(AgreementGens.validAgreements(), AgreementGens.agreements()))
        .named("streamed RFC 8785 bytes equal canonicalize(text) of the same agreement")
        .tries(400)
        .verify(CanonicalTokenWriterTest::streamedEqualsCanonicalizedText);
  }

  @Test
  void writesWhatTheCanonicalizerMakesOfAgreementsWithExtensionsOfEveryKind() {
    Property.forAll(AgreementGens.validAgreements(), ExtensionGens.extensions())
        .named("streamed bytes equal canonicalize(text) with extensions on the agreement")
        .tries(200)
        .verify((agreement, extensions) -> streamedEqualsCanonicalizedText(
            Agreement.builder().from(agreement).putAllExtensions(extensions).build()));
  }

  @Test
  void writesWhatTheCanonicalizerMakesOfLargeAgreementsAcrossManyBuffers() {
    Property.forAll(AgreementGens.validAgreements(new AgreementGens.Sizes(20, 400, 10)))
        .named("streamed bytes equal canonicalize(text) for agreements of up to 400 commitments")
        .tries(20)
        .verify(CanonicalTokenWriterTest::streamedEqualsCanonicalizedText);
  }

  private static void streamedEqualsCanonicalizedText(Agreement agreement) {
    String text = JsonText.of(agreement, AgreementFormat::write);
    String canonical = JsonCanonicalizer.canonicalize(text);

    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    Fingerprints.writeCanonical(agreement, streamed::write);

    assertThat(streamed.toString(UTF_8)).isEqualTo(canonical);
    assertThat(streamed.toByteArray()).isEqualTo(canonical.getBytes(UTF_8));
    assertThat(Fingerprints.of(agreement)).isEqualTo("sha256:" + sha256(streamed.toByteArray()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "\"quoted\" \\ /", "\b\f\n\r\t\u0000\u001f\u007f",
      "é 한글 \u2028 \uFFFF", "\uD83D\uDE02 \uD800\uDC00 \uDBFF\uDFFF"})
  void writesTextAsTheCanonicalizerDoes(String value) {
    assertSameAsCanonicalizer(writer -> writer.string(value));
  }

  @Test
  void writesTextLongerThanItsBufferWithCharactersOfEveryLengthAcrossItsEnd() {
    for (int shift = 0; shift < 4; shift++) {
      String value = "a".repeat(8190 + shift) + "é한\uD83D\uDE02\n".repeat(3000);
      assertSameAsCanonicalizer(writer -> {
        writer.startArray();
        writer.string(value);
        writer.string(value);
        writer.endArray();
      });
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 7, -1, 1_000_000, 9007199254740991L, -9007199254740991L,
      9007199254740992L, -9007199254740992L, 9007199254740993L, -9007199254740995L,
      123456789012345678L, Long.MAX_VALUE, Long.MIN_VALUE})
  void writesWholeNumbersAsTheDoublesAJsonReaderMakesOfThem(long value) {
    assertSameAsCanonicalizer(writer -> writer.number(value));
  }

  @Test
  void writesLongNumbersInTheEcmaScriptFormOfTheirDouble() {
    assertThat(streamed(writer -> {
      writer.startArray();
      writer.number(Long.MAX_VALUE);
      writer.number(9007199254740993L);
      writer.number(-9007199254740992L);
      writer.endArray();
    })).isEqualTo("[9223372036854776000,9007199254740992,-9007199254740992]");
  }

  @Test
  void writesNestedAndEmptyContainersWithoutWhitespace() {
    Consumer<TokenWriter> tokens = writer -> {
      writer.startObject();
      writer.name("a");
      writer.startArray();
      writer.startArray();
      writer.endArray();
      writer.startObject();
      writer.endObject();
      writer.bool(true);
      writer.bool(false);
      writer.endArray();
      writer.name(AgreementFormat.AGREEMENT.name(
          AgreementFormat.AGREEMENT.attributesByJsonName()[0]));
      writer.string(Name.KRW);
      writer.endObject();
    };
    assertThat(streamed(tokens)).isEqualTo("{\"a\":[[],{},true,false],\"aliases\":\"KRW\"}");
    assertSameAsCanonicalizer(tokens);
  }

  @Test
  void refusesALoneSurrogateNamingTheText() {
    assertThatThrownBy(() -> streamed(writer -> writer.string("ab\uD800c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text \"abU+D800c\" has a lone surrogate U+D800: RFC 8785 needs valid Unicode");
    assertThatThrownBy(() -> streamed(writer -> writer.name("\uDE02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text \"U+DE02\" has a lone surrogate U+DE02: RFC 8785 needs valid Unicode");
  }

  private static void assertSameAsCanonicalizer(Consumer<TokenWriter> tokens) {
    JsonText text = new JsonText();
    tokens.accept(text);
    assertThat(streamed(tokens)).isEqualTo(JsonCanonicalizer.canonicalize(text.toString()));
  }

  private static String streamed(Consumer<TokenWriter> tokens) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CanonicalTokenWriter writer = new CanonicalTokenWriter(bytes::write);
    tokens.accept(writer);
    writer.flush();
    return bytes.toString(UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
