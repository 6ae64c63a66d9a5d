package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Property;

/**
 * {@link JsonCanonicalizer} writes RFC 8785's form: byte for byte the test data published with the
 * RFC's reference implementations ({@code src/test/resources/rfc8785}, see its NOTICE.md), and
 * refuses, naming the offset, what RFC 8785 cannot canonicalize.
 */
class JsonCanonicalizerTest {
  @ParameterizedTest
  @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
  void writesTheReferenceOutputOfEachReferenceInputByteForByte(String name) throws IOException {
    String input = new String(resource("input/" + name + ".json"), StandardCharsets.UTF_8);

    byte[] canonical = JsonCanonicalizer.canonicalize(input).getBytes(StandardCharsets.UTF_8);

    assertThat(canonical).isEqualTo(resource("output/" + name + ".json"));
  }

  @Test
  void isIdempotent() throws IOException {
    for (String name : new String[] {"arrays", "french", "structures", "unicode", "values", "weird"}) {
      String output = new String(resource("output/" + name + ".json"), StandardCharsets.UTF_8);
      assertThat(JsonCanonicalizer.canonicalize(output)).isEqualTo(output);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "` 7 `|7",
      "`\"\\u00e9\\t\\u001f\\u007f\\u2028\"`|`\"é\\t\\u001f\u007f\u2028\"`",
      "`{\"b\":[],\"a\":{}}`|`{\"a\":{},\"b\":[]}`",
      "`{\"\\uffff\":2,\"\\ud83d\\ude02\":1}`|`{\"😂\":1,\"\uffff\":2}`",
      "`[-0, 0.0, -0.0e5, 1E2, 1e-7, 100000000000000000000, 1e21, 12.3400]`|"
          + "`[0,0,0,100,1e-7,100000000000000000000,1e+21,12.34]`",
      "`[9007199254740993, -9007199254740993, 123456789012345678901234567890]`|"
          + "`[9007199254740992,-9007199254740992,1.2345678901234568e+29]`",
      "`[1e-400, true, false, null]`|`[0,true,false,null]`",
      "`\"\\ud83d\ude02\"`|`\"😂\"`",
  })
  void canonicalizesValues(String json, String canonical) {
    assertThat(JsonCanonicalizer.canonicalize(json)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"a\":1,\"b\":2,\"a\":3}`|offset 13: the name \"a\" appears twice in an object (first at offset 1)",
      "`{\"a\":{\"x\":1,\"x\":1}}`|offset 12: the name \"x\" appears twice in an object (first at offset 6)",
      "`\"\\ud800\"`|offset 1: a string has a lone surrogate U+D800",
      "`\"a\\udc00\"`|offset 2: a string has a lone surrogate U+DC00",
      "`\"\\ud800\\u0041\"`|offset 1: a string has a lone surrogate U+D800",
      "`[1e400]`|offset 1: the number 1e400 is beyond the finite doubles",
      "`-1E309`|offset 0: the number -1E309 is beyond the finite doubles",
      "`[1,]`|offset 3: found ']' where a value was expected",
      "`{\"a\" 1}`|offset 5: found '1' where ':' was expected",
      "`{\"a\":1 \"b\":2}`|offset 7: found '\"' where ',' or '}' was expected",
      "`[1 2]`|offset 3: found '2' where ',' or ']' was expected",
      "`{} {}`|offset 3: found '{' after the end of the JSON value",
      "``|offset 0: the JSON text ends where a value was expected",
      "`01`|offset 1: found '1' after the end of the JSON value",
      "`1.`|offset 2: a number needs a digit after '.', found the end of the text",
      "`-`|offset 1: a number needs a digit after '-', found the end of the text",
      "`[tru]`|offset 1: found 't' where a value was expected",
      "`\"abc`|offset 0: a string is not closed",
      "`\"\\x\"`|offset 1: a string has the unknown escape 'x' after '\\'",
      "`\"\\u12g4\"`|offset 1: a \\u escape needs four hexadecimal digits",
      "`{1:2}`|offset 1: found '1' where a member's name was expected",
      "`NaN`|offset 0: found 'N' where a value was expected",
  })
  void refusesWhatItCannotCanonicalizeNamingTheOffset(String json, String message) {
    assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not canonicalizable JSON at " + message);
  }

  @Test
  void refusesRawControlCharactersAndLoneSurrogatesInTheText() {
    assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("[\"a\nb\"]"))
        .hasMessage("not canonicalizable JSON at offset 3: a control character (U+000A) must be"
            + " escaped in a string");
    assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("{\"k\":\"\uDE02x\"}"))
        .hasMessage("not canonicalizable JSON at offset 6: a string has a lone surrogate U+DE02,"
            + " which RFC 8785 refuses");
    assertThatThrownBy(() -> JsonCanonicalizer.canonicalize("\"\uD83D\""))
        .hasMessage("not canonicalizable JSON at offset 1: a string has a lone surrogate U+D83D,"
            + " which RFC 8785 refuses");
  }

  @Test
  void canonicalizesAnyDepthWithoutUsingTheThreadsStack() {
    int depth = 200_000;
    String json = "[".repeat(depth) + "{\"b\":1,\"a\":2}" + "]".repeat(depth);

    String canonical = JsonCanonicalizer.canonicalize(json);

    assertThat(canonical).hasSize(json.length())
        .startsWith("[[[").contains("{\"a\":2,\"b\":1}").endsWith("]]]");
  }

  @Test
  void sortsByUtf16CodeUnitsNotByCodePoints() {
    // U+1F602 is above U+FB33 as a code point, below it in UTF-16: its first unit is U+D83D.
    assertThat(JsonCanonicalizer.canonicalize("{\"\uFB33\":1,\"\uD83D\uDE02\":2,\"\u00F6\":3}"))
        .isEqualTo("{\"\u00F6\":3,\"\uD83D\uDE02\":2,\"\uFB33\":1}");
  }

  @Test
  void eitherCanonicalizesOrNamesTheOffsetForAnyTextAndItsOutputIsAFixedPoint() {
    Property.forAll(Gens.strings("{}[],:\"\\ 0123456789.eE+-truefalsnu/bfx\uD83D\uDE02é\n", 0, 40))
        .named("any text canonicalizes or fails naming its offset")
        .tries(20_000)
        .verify(text -> {
          String canonical;
          try {
            canonical = JsonCanonicalizer.canonicalize(text);
          } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageStartingWith("not canonicalizable JSON at offset ");
            return;
          }
          assertThat(JsonCanonicalizer.canonicalize(canonical)).isEqualTo(canonical);
        });
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = JsonCanonicalizerTest.class.getResourceAsStream("/rfc8785/" + path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }
}
