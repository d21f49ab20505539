package org.copydesk.bench;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values in two flat arrays (open
 * addressing, linear probing): about 24 bytes an entry where a {@code HashMap<Long, Integer>}
 * takes some 80, which matters for the millions of shingles of the shared data.
 */
final class LongIntTable {

  private long[] keys = new long[1 << 16];
  private int[] values = filled(1 << 16);
  private int size;

  /** The value of the key, or -1 when it has none. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] >= 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return -1;
  }

  /** Sets the value of a key that has none; a key that has one keeps it. */
  void putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0, got " + value);
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] >= 0) {
      if (keys[i] == key) {
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = filled(oldKeys.length * 2);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
