package org.publicprivate.agreements.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8, whatever the platform's default charset, so Hangul prints as Hangul. */
final class Console {
  private Console() {}

  static PrintStream utf8() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
