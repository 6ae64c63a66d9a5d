package org.publicprivate.agreements.conformance;

/** Jackson's path references rendered independently of the modules: {@code parties[1].kind}. */
final class Paths {
  private Paths() {}

  static void append(StringBuilder text, String property, int index) {
    if (property != null) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(property);
    } else if (index >= 0) {
      text.append('[').append(index).append(']');
    }
  }
}
