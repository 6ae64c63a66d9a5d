package org.publicprivate.agreements.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the elements of a list whose key equals an earlier element's, for lists that grow with the
 * document (an agreement's commitments): {@link #add} each element's key in order, then {@link
 * #findDuplicates}.
 *
 * <p>A hash table of 100,000 keys does not fit the processor's caches, and each insertion then
 * waits for memory. So the keys' hashes are first partitioned into buckets of about 1,024 (two
 * sequential passes over {@code int[]}s), and each bucket is checked with a table of its own, a
 * few kilobytes that stay in the cache. The bucket comes from the top bits of the hash multiplied
 * by an odd constant (Fibonacci hashing): ids that differ only in their last characters, such as
 * {@code c-000123}, have nearly the same top bits in {@code String.hashCode} and would otherwise
 * share a few buckets. Equal keys have equal hashes and land in one bucket, in the order of the
 * elements, so each later duplicate is reported against the first element with its key. Keys are
 * compared with {@code equals} only when their hashes are equal.
 *
 * <p>Keys built to share one hash (valid ids made of {@code Aa} and {@code BB} blocks do) would make
 * a bucket's probing quadratic; a bucket that probes too long is checked again with a {@code
 * HashMap}, which keeps colliding {@code Comparable} keys in a tree.
 */
final class DuplicateKeys<T> {
  /** Receives a duplicate: the index of the element and of the first element with its key. */
  interface Handler {
    void duplicate(int index, int first);
  }

  /** The average number of elements per bucket: a bucket's table of 2,048 ints is 8 KB. */
  private static final int BUCKET = 1_024;
  /** Probes per element past which a bucket is checked with a {@code HashMap} instead. */
  private static final int PROBES_PER_ELEMENT = 8;
  /** The largest table: 2^30 slots (beyond any list of commitments that fits in memory). */
  private static final int MAX_TABLE = 1 << 30;

  private final List<T> elements;
  private final Function<? super T, ?> key;
  /** Each added key's hash, multiplied by an odd constant: distinct hashes stay distinct. */
  private final int[] hashes;
  private int size;

  /** A finder over {@code elements}, whose keys {@code key} gives. */
  DuplicateKeys(List<T> elements, Function<? super T, ?> key) {
    this.elements = elements;
    this.key = key;
    this.hashes = new int[elements.size()];
  }

  /** Takes the key of {@code element}, the next element of the list: elements come in order. */
  void add(T element) {
    hashes[size++] = mix(key.apply(element).hashCode());
  }

  /** Calls {@code handler} for each added element whose key equals an earlier element's. */
  void findDuplicates(Handler handler) {
    int n = size;
    int bucketBits = bucketBits(n);
    int buckets = 1 << bucketBits;
    // Positions of the elements, bucket by bucket, each bucket in the order of the elements.
    int[] start = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      start[bucketOf(hashes[i], bucketBits) + 1]++;
    }
    int largest = 0;
    for (int b = 0; b < buckets; b++) {
      largest = Math.max(largest, start[b + 1]);
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, buckets);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[next[bucketOf(hashes[i], bucketBits)]++] = i;
    }
    int[] table = new int[tableSize(largest)];
    List<int[]> found = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      int from = start[b];
      int to = start[b + 1];
      if (to - from > 1 && !probe(order, from, to, bucketBits, table, found)) {
        found.clear();
        map(order, from, to, found);
      }
      for (int[] duplicate : found) {
        handler.duplicate(duplicate[0], duplicate[1]);
      }
      found.clear();
    }
  }

  /**
   * Checks the elements {@code order[from]} to {@code order[to - 1]}, one bucket, with an open
   * addressing table; false if it had to probe too long, with {@code found} then incomplete.
   */
  private boolean probe(
      int[] order, int from, int to, int bucketBits, int[] table, List<int[]> found) {
    int mask = tableSize(to - from) - 1;
    Arrays.fill(table, 0, mask + 1, 0);
    long budget = (long) PROBES_PER_ELEMENT * (to - from);
    for (int p = from; p < to; p++) {
      int i = order[p];
      int h = hashes[i];
      for (int slot = slotOf(h, bucketBits) & mask; ; slot = (slot + 1) & mask) {
        if (--budget < 0) {
          return false;
        }
        int stored = table[slot]; // an element's index plus one; zero is an empty slot
        if (stored == 0) {
          table[slot] = i + 1;
          break;
        }
        int first = stored - 1;
        if (hashes[first] == h && keyOf(first).equals(keyOf(i))) {
          found.add(new int[] {i, first});
          break;
        }
      }
    }
    return true;
  }

  /** Checks one bucket with a {@code HashMap}: slower, but never quadratic. */
  private void map(int[] order, int from, int to, List<int[]> found) {
    Map<Object, Integer> first = new HashMap<>();
    for (int p = from; p < to; p++) {
      int i = order[p];
      Integer earlier = first.putIfAbsent(keyOf(i), i);
      if (earlier != null) {
        found.add(new int[] {i, earlier});
      }
    }
  }

  private Object keyOf(int index) {
    return key.apply(elements.get(index));
  }

  /** Fibonacci hashing: a bijection of the ints whose top bits depend on every bit. */
  static int mix(int hash) {
    return hash * 0x9E3779B9;
  }

  /** How many top bits choose the bucket: buckets of about {@link #BUCKET} elements. */
  static int bucketBits(int n) {
    return n <= BUCKET ? 0 : 32 - Integer.numberOfLeadingZeros((n - 1) / BUCKET);
  }

  /** The bucket of a mixed hash. */
  static int bucketOf(int mixed, int bucketBits) {
    return bucketBits == 0 ? 0 : mixed >>> (32 - bucketBits);
  }

  /**
   * The first slot of a mixed hash in its bucket's table: the bits below those that chose the
   * bucket, the best-mixed after them, reversed so that a mask keeps them.
   */
  private static int slotOf(int mixed, int bucketBits) {
    return Integer.reverse(mixed) >>> bucketBits;
  }

  /** A power of two at least twice {@code count}: tables stay at most half full. */
  private static int tableSize(int count) {
    long size = Long.highestOneBit(Math.max(2L, 2L * count) - 1) << 1;
    return (int) Math.min(size, MAX_TABLE);
  }
}
