package org.publicprivate.agreements.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The index of the first element with each key, for the rules that find duplicates. Keys are
 * strings: a {@code HashMap} keeps strings that share a hash code in a tree ordered by {@code
 * compareTo}, so even ids built to collide (valid ids of {@code Aa} and {@code BB} blocks all have
 * one hash) cost a logarithm each, not a scan.
 */
final class FirstIndex {
  private final Map<String, Integer> first;

  FirstIndex(int expected) {
    this.first = new HashMap<>(Math.max(16, expected * 2));
  }

  /** Records {@code key} at {@code index}; the index of its first element if it had one, or -1. */
  int put(String key, int index) {
    Integer earlier = first.putIfAbsent(key, index);
    return earlier == null ? -1 : earlier;
  }
}
