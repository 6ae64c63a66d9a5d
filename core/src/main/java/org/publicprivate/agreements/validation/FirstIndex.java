package org.publicprivate.agreements.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The index of the first element with each key, for the rules that find duplicates. Keys must be
 * of a class {@code C implements Comparable<C>}, such as {@code String} (the rules use the ids'
 * text, not the id objects): a {@code HashMap} keeps such keys that share a hash code in a tree
 * ordered by {@code compareTo}, so even ids built to collide (valid ids of {@code Aa} and {@code
 * BB} blocks all have one hash) cost a logarithm each, not a scan of every earlier id.
 */
final class FirstIndex<K extends Comparable<K>> {
  private final Map<K, Integer> first;

  FirstIndex(int expected) {
    this.first = new HashMap<>(Math.max(16, expected * 2));
  }

  /** Records {@code key} at {@code index}; the index of its first element if it had one, or -1. */
  int put(K key, int index) {
    Integer earlier = first.putIfAbsent(key, index);
    return earlier == null ? -1 : earlier;
  }
}
