package org.publicprivate.agreements.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Where the document corpora of the tests are, and how to read their files. */
final class Corpus {
  private Corpus() {}

  /** The bytes of a test resource, such as {@code /bad-documents/001-unknown-root-version.json}. */
  static byte[] resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The folder of a corpus: the source folder when the test runs from the module (as Maven runs
   * it), so that a file renamed or removed there but still in {@code target/test-classes} does not
   * count; otherwise the copy on the class path.
   */
  static Path folder(String name) {
    Path source = Path.of("src", "test", "resources", name);
    if (Files.isRegularFile(source.resolve("cases.tsv"))) {
      return source;
    }
    URL url = Objects.requireNonNull(Corpus.class.getResource("/" + name + "/cases.tsv"));
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
