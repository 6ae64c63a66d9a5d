package org.publicprivate.agreements.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the elements of a list whose key equals an earlier element's: {@link #add} each element's
 * key with its index, in order, then {@link #findDuplicates}. The rules of duplicate ids and names
 * use it.
 *
 * <p>A {@code HashMap} of 100,000 ids allocates a node and a boxed index per id (about 5 MB, more
 * than the rest of a validation) and does not fit the processor's caches. So the keys' hashes go to
 * {@code int} arrays, are partitioned into buckets of about 1,024 (two sequential passes), and each
 * bucket is checked with a table of its own, a few kilobytes that stay in the cache. The bucket
 * comes from the top bits of the hash multiplied by an odd constant (Fibonacci hashing): ids that
 * differ only in their last characters have nearly the same top bits in {@code String.hashCode}.
 * Equal keys have equal hashes and land in one bucket in the order added, so each later duplicate
 * is reported against the first element with its key; keys are compared with {@code equals} only
 * when their hashes are equal.
 *
 * <p>Keys built to share one hash (valid ids of {@code Aa} and {@code BB} blocks do) would make a
 * bucket's probing quadratic: a bucket that probes too long is checked again with a {@code
 * HashMap}, which keeps keys of a class {@code C implements Comparable<C>} (such as {@code String},
 * which the rules use) in a tree when they share a hash, so each costs a logarithm.
 */
final class DuplicateKeys {
  /** Receives a duplicate: the index of the element and of the first element with its key. */
  interface Handler {
    void duplicate(int index, int first);
  }

  /** The average number of elements per bucket: a bucket's table of 2,048 ints is 8 KB. */
  private static final int BUCKET = 1_024;
  /** Probes per element past which a bucket is checked with a {@code HashMap} instead. */
  private static final int PROBES_PER_ELEMENT = 8;
  /** The largest table: 2^30 slots (beyond any list that fits in memory). */
  private static final int MAX_TABLE = 1 << 30;

  private final Object[] keys;
  private final int[] indexes;
  /** Each added key's hash, multiplied by an odd constant: distinct hashes stay distinct. */
  private final int[] hashes;
  private int size;

  /** A finder for at most {@code capacity} keys. */
  DuplicateKeys(int capacity) {
    this.keys = new Object[capacity];
    this.indexes = new int[capacity];
    this.hashes = new int[capacity];
  }

  /** Adds the key of the element at {@code index}; elements come in the order of their indexes. */
  void add(int index, Object key) {
    keys[size] = key;
    indexes[size] = index;
    hashes[size++] = mix(key.hashCode());
  }

  /** Calls {@code handler} for each added element whose key equals an earlier element's. */
  void findDuplicates(Handler handler) {
    int n = size;
    int bucketBits = bucketBits(n);
    int buckets = 1 << bucketBits;
    // Positions of the keys, bucket by bucket, each bucket in the order added.
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
        handler.duplicate(indexes[duplicate[0]], indexes[duplicate[1]]);
      }
      found.clear();
    }
  }

  /**
   * Checks the keys {@code order[from]} to {@code order[to - 1]}, one bucket, with an open
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
        int stored = table[slot]; // a key's position plus one; zero is an empty slot
        if (stored == 0) {
          table[slot] = i + 1;
          break;
        }
        int first = stored - 1;
        if (hashes[first] == h && keys[first].equals(keys[i])) {
          found.add(new int[] {i, first});
          break;
        }
      }
    }
    return true;
  }

  /** Checks one bucket with a {@code HashMap}: slower, but never quadratic for comparable keys. */
  private void map(int[] order, int from, int to, List<int[]> found) {
    Map<Object, Integer> first = new HashMap<>();
    for (int p = from; p < to; p++) {
      int i = order[p];
      Integer earlier = first.putIfAbsent(keys[i], i);
      if (earlier != null) {
        found.add(new int[] {i, earlier});
      }
    }
  }

  /** Fibonacci hashing: a bijection of the ints whose top bits depend on every bit. */
  static int mix(int hash) {
    return hash * 0x9E3779B9;
  }

  /** How many top bits choose the bucket: buckets of about {@link #BUCKET} keys. */
  static int bucketBits(int n) {
    return n <= BUCKET ? 0 : 32 - Integer.numberOfLeadingZeros((n - 1) / BUCKET);
  }

  /** The bucket of a mixed hash. */
  static int bucketOf(int mixed, int bucketBits) {
    return bucketBits == 0 ? 0 : mixed >>> (32 - bucketBits);
  }

  /**
   * The first slot of a mixed hash in its bucket's table: the bits below those that chose the
   * bucket, reversed so that a mask keeps the best-mixed of them.
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
