package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;

/**
 * {@code AgreementJson.read}, of bytes and of streams, reports every failure as the module's own
 * exception: other encodings than UTF-8 at line 1, column 1, before any parser sees them (a UTF-32
 * byte order mark made Jackson 2's mapper throw {@code CharConversionException}), and the empty
 * document; an I/O failure of the stream stays an {@code IOException}.
 */
class UntrustedInputTest {
  private static final byte[] MINIMAL = Corpus.resource("/valid-documents/01-minimal.json");

  /** Starts of documents in UTF-16 and UTF-32, with and without a byte order mark. */
  static Stream<Arguments> otherEncodings() {
    List<String> starts = List.of("feff007b", "fffe7b00", "0000feff0000007b", "fffe00007b000000",
        "007b", "7b00", "0000007b", "7b000000", "feff0000", "00007b00", "00");
    return JsonLine.both().stream().flatMap(line -> starts.stream()
        .map(start -> Arguments.of(line, start)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("otherEncodings")
  void refusesOtherEncodingsAtTheFirstByte(JsonLine line, String start) {
    byte[] document = HexFormat.of().parseHex(start);

    for (Throwable thrown : List.of(catchThrowable(() -> line.read(document)),
        catchThrowable(() -> line.read(new ByteArrayInputStream(document))))) {
      JsonLine.Failure failure = line.failure(thrown);
      assertThat(failure).as("%s: %s", start, thrown).isNotNull();
      assertThat(failure.path()).isEmpty();
      assertThat(failure.reason()).isEqualTo("documents must be UTF-8");
      assertThat(failure.message())
          .isEqualTo("(document): documents must be UTF-8 (line 1, column 1)");
    }
  }

  static List<JsonLine> lines() {
    return JsonLine.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void reportsTheEmptyDocumentAsItsOwnError(JsonLine line) {
    for (byte[] document : List.of(new byte[0], " \n\t".getBytes(UTF_8))) {
      for (Throwable thrown : List.of(catchThrowable(() -> line.read(document)),
          catchThrowable(() -> line.read(new ByteArrayInputStream(document))))) {
        JsonLine.Failure failure = line.failure(thrown);
        assertThat(failure).as("%s", thrown).isNotNull();
        assertThat(failure.reason()).isEqualTo("the document is empty");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void readsUtf8WithOrWithoutAByteOrderMarkFromBytesAndStreams(JsonLine line) throws Exception {
    Agreement agreement = line.read(MINIMAL);
    byte[] withMark = new byte[MINIMAL.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(MINIMAL, 0, withMark, 3, MINIMAL.length);

    assertThat(line.read(new ByteArrayInputStream(MINIMAL))).isEqualTo(agreement);
    assertThat(line.read(withMark)).isEqualTo(agreement);
    assertThat(line.read(new ByteArrayInputStream(withMark))).isEqualTo(agreement);
    assertThat(agreement.id().value()).isEqualTo("a");
  }

  @Test
  void refusesBytesBeyondTheDocumentLimitBeforeParsingThem() {
    byte[] huge = new byte[256 * 1024 * 1024 + 1];
    huge[0] = '{';
    for (JsonLine line : JsonLine.both()) {
      Throwable thrown = catchThrowable(() -> line.read(huge));

      JsonLine.Failure failure = line.failure(thrown);
      assertThat(failure).as("%s: %s", line, thrown).isNotNull();
      assertThat(failure.message()).isEqualTo("(document): the document is larger than 256 MiB"
          + " (268435457 bytes) (line 1, column 1)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void anIoFailureOfTheStreamStaysAnIoException(JsonLine line) {
    InputStream failing = new InputStream() {
      private int read;

      @Override
      public int read() throws IOException {
        if (read < MINIMAL.length / 2) {
          return MINIMAL[read++];
        }
        throw new IOException("the disk is gone");
      }
    };

    Throwable thrown = catchThrowable(() -> line.read(failing));

    assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("the disk is gone");
    assertThat(line.failure(thrown)).isNull();
  }

  @Test
  void bothModulesReadTheSameDocumentFromAStream() throws Exception {
    Agreement first = null;
    for (JsonLine line : JsonLine.both()) {
      Agreement read = line.read(new ByteArrayInputStream(MINIMAL));
      if (first != null) {
        assertThat(read).isEqualTo(first);
      }
      first = read;
    }
    assertThat(first.title()).isNotBlank();
  }
}
