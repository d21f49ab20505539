package org.copydesk.dedup;

import java.util.Arrays;

/**
 * A set of document-id pairs, each packed in one {@code long} (smaller id high), in an
 * open-addressing table: about 16 bytes a pair, no boxing.
 */
final class PairSet {

  private static final long EMPTY = -1L;

  private long[] table = emptyTable(1 << 10);
  private int size;

  /** Adds the unordered pair; returns whether it was new. Ids must be non-negative and distinct. */
  boolean add(int a, int b) {
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    return insert(table, key);
  }

  int size() {
    return size;
  }

  /** The pairs, sorted (so that pairs of one document come together). */
  long[] sorted() {
    long[] out = new long[size];
    int n = 0;
    for (long k : table) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out, 0, n);
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }

  private boolean insert(long[] t, long key) {
    int mask = t.length - 1;
    int i = (int) mix(key) & mask;
    while (true) {
      long k = t[i];
      if (k == key) {
        return false;
      }
      if (k == EMPTY) {
        t[i] = key;
        size++;
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    table = emptyTable(old.length * 2);
    size = 0;
    for (long k : old) {
      if (k != EMPTY) {
        insert(table, k);
      }
    }
  }

  private static long[] emptyTable(int length) {
    long[] t = new long[length];
    Arrays.fill(t, EMPTY);
    return t;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
