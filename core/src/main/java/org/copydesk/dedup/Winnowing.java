package org.copydesk.dedup;

import java.util.Arrays;

/**
 * Selects fingerprints of a shingle-hash sequence by winnowing (Schleimer, Wilkerson and Aiken,
 * 2003): the smallest hash of every window of {@code window} consecutive shingles.
 *
 * <p>The guarantee: two texts that share a run of at least {@code window + shingleSize - 1} words
 * share at least one selected fingerprint. With 5-word shingles and a window of 4, any shared
 * passage of 8 words or more (the reuse threshold) is found through one index term, while only
 * about 2 / (window + 1) of the shingles are kept. Linear in the sequence length.
 */
public final class Winnowing {

  private Winnowing() {}

  /** The window that guarantees passages of {@code passageWords} words are found with k-word shingles. */
  public static int window(int passageWords, int shingleSize) {
    return Math.max(1, passageWords - shingleSize + 1);
  }

  /**
   * The distinct selected hashes, in the order they are first selected.
   *
   * <p>NOTE: not sorted: nothing that reads them needs an order, and sorting cost more than winnowing.
   */
  public static long[] select(long[] sequence, int window) {
    return select(sequence, sequence.length, window, new long[Math.max(1, sequence.length - window + 1)]);
  }

  /**
   * {@link #select} of {@code sequence[0..length)}, the picks written to {@code scratch} (at least one
   * per window long), which may be {@code sequence} itself: the k-th pick is written once the windows
   * it could still serve, which start at k or later, no longer read it.
   */
  static long[] select(long[] sequence, int length, int window, long[] scratch) {
    if (length == 0) {
      return new long[0];
    }
    if (length <= window) {
      long min = Long.MAX_VALUE;
      for (int i = 0; i < length; i++) {
        min = Math.min(min, sequence[i]);
      }
      return new long[] {min};
    }
    int n = 0;
    int best = -1; // the rightmost minimum of the current window, as in the paper, so that one pick serves many windows
    for (int end = window - 1; end < length; end++) {
      int start = end - window + 1;
      if (best < start) {
        best = rightmostMinimum(sequence, start, end);
        scratch[n++] = sequence[best];
      } else if (sequence[end] <= sequence[best]) {
        best = end;
        scratch[n++] = sequence[best];
      }
    }
    return Distinct.of(scratch, n);
  }

  /** The last position of the smallest hash in {@code sequence[from..to]}. */
  private static int rightmostMinimum(long[] sequence, int from, int to) {
    int best = from;
    for (int i = from + 1; i <= to; i++) {
      if (sequence[i] <= sequence[best]) {
        best = i;
      }
    }
    return best;
  }
}
