package org.publicprivate.agreements.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Standard output in UTF-8, whatever the platform's default charset, so Hangul prints as Hangul. */
final class Console {
  /**
   * Hibernate Validator logs its version at INFO through java.util.logging when it starts; the
   * examples' output is for people, so only its warnings are shown. Held here so the logger and its
   * level are not collected.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }

  private Console() {}

  static PrintStream utf8() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
