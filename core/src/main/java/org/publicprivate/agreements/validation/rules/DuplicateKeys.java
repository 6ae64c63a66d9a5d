package org.publicprivate.agreements.validation.rules;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the elements of a list whose key equals an earlier element's, for lists that grow with
 * the document (an agreement's commitments).
 *
 * <p>It hashes into an {@code int[]} of element indexes (open addressing, at most half full)
 * instead of a {@code HashMap}: no entry object and no boxed index per element, and a table of
 * primitives that the garbage collector never has to trace. The {@code HashMap} of 100,000 ids
 * had a table of references big enough for G1 to place in the old generation, where it kept the
 * entries of every validation alive through each young collection.
 */
final class DuplicateKeys {
  /** Receives a duplicate: the index of the element and of the first element with its key. */
  interface Handler {
    void duplicate(int index, int first);
  }

  private DuplicateKeys() {}

  static <T> void find(List<T> elements, Function<? super T, ?> key, Handler handler) {
    int size = elements.size();
    int[] table = new int[Integer.highestOneBit(Math.max(2, size * 2) - 1) << 1];
    int mask = table.length - 1;
    for (int i = 0; i < size; i++) {
      Object k = key.apply(elements.get(i));
      int h = k.hashCode();
      for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int stored = table[slot]; // the element's index plus one; zero is an empty slot
        if (stored == 0) {
          table[slot] = i + 1;
          break;
        }
        if (key.apply(elements.get(stored - 1)).equals(k)) {
          handler.duplicate(i, stored - 1);
          break;
        }
      }
    }
  }
}
