package org.publicprivate.agreements.benchmarks.startup;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;

/**
 * The document both start-up programs read: the founding agreement as format version 1 holds it,
 * shipped by the examples, which the records baseline reads as it always did.
 */
final class StartupDocument {
  static final String RESOURCE = "/busan-future-car-mou-2023-05-22.version-1.json";

  private StartupDocument() {}

  static InputStream open() {
    InputStream in = StartupDocument.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException(RESOURCE + " on the class path"));
    }
    return in;
  }
}
