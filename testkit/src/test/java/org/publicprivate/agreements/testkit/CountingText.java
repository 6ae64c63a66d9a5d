package org.publicprivate.agreements.testkit;

/**
 * A text that counts how often it is read: each {@code charAt}, each {@code length}, and each
 * character copied out by {@code subSequence} or {@code toString}. A parser that reads its input
 * once counts a few reads per character however long the text; one that reads it again for each
 * character counts a number that grows with the length.
 */
final class CountingText implements CharSequence {
  private final String text;
  private long reads;

  CountingText(String text) {
    this.text = text;
  }

  /** The reads so far. */
  long reads() {
    return reads;
  }

  @Override
  public int length() {
    reads++;
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads++;
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    reads += Math.max(1, end - start);
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    reads += Math.max(1, text.length());
    return text;
  }
}
