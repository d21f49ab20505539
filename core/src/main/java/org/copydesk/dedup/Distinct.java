package org.copydesk.dedup;

import java.util.Arrays;

/**
 * Drops repeated values from a list of 64-bit hashes, keeping each first occurrence in place: a
 * linear pass through a small open-addressing table, where sorting would cost {@code n log n}
 * mispredicted comparisons.
 */
final class Distinct {

  private Distinct() {}

  /**
   * The distinct values of {@code values[0..n)}, in the order they first occur.
   *
   * <p>NOTE: reuses {@code values} as scratch; the result is a new array.
   */
  static long[] of(long[] values, int n) {
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(n)); // a table of 2n to 4n slots
    int mask = (1 << bits) - 1;
    int[] table = new int[1 << bits]; // 1 + where a kept value is in values; 0 marks a free slot
    int kept = 0;
    for (int i = 0; i < n; i++) {
      long v = values[i];
      int slot = (int) ((v * Hashing.GOLDEN) >>> (64 - bits));
      while (table[slot] != 0 && values[table[slot] - 1] != v) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == 0) {
        values[kept] = v;
        table[slot] = ++kept;
      }
    }
    return Arrays.copyOf(values, kept);
  }
}
