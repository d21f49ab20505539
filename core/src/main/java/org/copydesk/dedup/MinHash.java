package org.copydesk.dedup;

/**
 * MinHash signatures of shingle sets, for estimating Jaccard similarity without the sets.
 *
 * <p>Permutation {@code i} maps a 64-bit shingle hash {@code x} to {@code a[i] * x + b[i]} (mod
 * 2^64, {@code a[i]} odd): the multiply-add universal family, whose high bits, which decide the
 * minimum, depend on every bit of {@code x}. The parameters are drawn with SplitMix64 from the
 * configuration's fixed seed, so signatures are reproducible and may be stored; signatures made
 * with different seeds or lengths never compare.
 *
 * <p>NOTE: the signature of an empty set is all {@link Long#MAX_VALUE}; such positions never count
 * as agreeing, so an empty article estimates Jaccard 0 with everything. Thread-safe.
 */
public final class MinHash {

  private final long[] a;
  private final long[] b;

  /** A MinHash of {@code config.permutations()} functions drawn from {@code config.seed()}. */
  public MinHash(DedupConfig config) {
    int n = config.permutations();
    a = new long[n];
    b = new long[n];
    long state = config.seed();
    for (int i = 0; i < n; i++) {
      state += Hashing.GOLDEN;
      a[i] = Hashing.fmix64(state) | 1L;
      state += Hashing.GOLDEN;
      b[i] = Hashing.fmix64(state);
    }
  }

  /** How many values a signature has. */
  public int length() {
    return a.length;
  }

  /** The signature of a shingle set (or sequence: duplicates do not change the minimum). */
  public long[] signature(long[] shingles) {
    long[] sig = new long[a.length];
    // One permutation at a time: its parameters and running minimum stay in registers, and the
    // branch-free minimum over the shingles is the whole inner loop.
    for (int i = 0; i < sig.length; i++) {
      long ai = a[i];
      long bi = b[i];
      long min = Long.MAX_VALUE;
      for (long x : shingles) {
        min = Math.min(min, ai * x + bi);
      }
      sig[i] = min;
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures of the same length: the share of agreeing positions. */
  public static double estimate(long[] sigA, long[] sigB) {
    if (sigA.length != sigB.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + sigA.length + " vs " + sigB.length);
    }
    if (sigA.length == 0) {
      return 0;
    }
    int agree = 0;
    for (int i = 0; i < sigA.length; i++) {
      if (sigA[i] == sigB[i] && sigA[i] != Long.MAX_VALUE) {
        agree++;
      }
    }
    return (double) agree / sigA.length;
  }
}
