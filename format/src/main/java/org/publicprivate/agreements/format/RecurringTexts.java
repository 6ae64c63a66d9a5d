package org.publicprivate.agreements.format;

/**
 * The values an {@link Input} made from texts that recur through a document (the dates and source
 * ids its facts cite), found by the characters of a text as the parser holds them, so that finding
 * one makes no string. Open addressing over a table that doubles; at most {@link #MOST} texts.
 */
final class RecurringTexts {
  /** The most texts kept per kind and document; a document with more reads the rest each time. */
  static final int MOST = 256;

  private String[] texts = new String[16];
  private Object[] values = new Object[16];
  private int size;

  /** The value made from the text of those characters, or {@code null}. */
  Object get(char[] chars, int offset, int length) {
    int mask = texts.length - 1;
    for (int slot = hash(chars, offset, length) & mask; ; slot = (slot + 1) & mask) {
      String text = texts[slot];
      if (text == null) {
        return null;
      }
      if (matches(text, chars, offset, length)) {
        return values[slot];
      }
    }
  }

  /** Keeps {@code value}, made from {@code text}, unless {@link #MOST} texts are kept. */
  void put(String text, Object value) {
    if (size == MOST) {
      return;
    }
    if (2 * (size + 1) > texts.length) {
      grow();
    }
    insert(text, value);
    size++;
  }

  private void insert(String text, Object value) {
    int mask = texts.length - 1;
    int slot = text.hashCode() & mask;
    while (texts[slot] != null) {
      slot = (slot + 1) & mask;
    }
    texts[slot] = text;
    values[slot] = value;
  }

  private void grow() {
    String[] oldTexts = texts;
    Object[] oldValues = values;
    texts = new String[oldTexts.length * 2];
    values = new Object[oldTexts.length * 2];
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        insert(oldTexts[i], oldValues[i]);
      }
    }
  }

  /** {@link String#hashCode()} of the text of those characters. */
  private static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  private static boolean matches(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
