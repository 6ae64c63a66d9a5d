package org.publicprivate.agreements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool reads at most the largest document the readers take plus one byte: a larger file, an
 * endless stream or {@code /dev/zero} is refused with one line and exit status 2, not read until
 * memory runs out.
 */
class BoundedInputTest {
  private static final long LIMIT = 256L * 1024 * 1024;

  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AgreementsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(status), out.toString(), err.toString()};
  }

  @Test
  void refusesAFileLargerThanTheLimitWithoutReadingIt() throws IOException {
    Path sparse = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L * 1024 * 1024 * 1024);
    }

    String[] run = run("validate", sparse.toString());

    assertThat(run[0]).isEqualTo("2");
    assertThat(run[2]).isEqualTo(sparse + ": (document): the document is larger than 256 MiB"
        + System.lineSeparator());
  }

  @Test
  void refusesAnEndlessStreamAfterTheLimitAndOneByte() throws IOException {
    long[] read = {0};
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 0;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        read[0] += length;
        return length;
      }
    };

    Documents.UnreadableException error = catchThrowableOfType(Documents.UnreadableException.class,
        () -> new Documents(zeros).bytes(Documents.STDIN));

    assertThat(error).hasMessage("-: (document): the document is larger than 256 MiB");
    assertThat(read[0]).isBetween(LIMIT + 1, LIMIT + 8192);
  }

  @Test
  void refusesDevZero() {
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      String[] run = run("validate", zero.toString());
      assertThat(run[0]).isEqualTo("2");
      assertThat(run[2]).isEqualTo("/dev/zero: (document): the document is larger than 256 MiB"
          + System.lineSeparator());
    }
  }
}
