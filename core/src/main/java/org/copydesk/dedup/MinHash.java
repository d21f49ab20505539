package org.copydesk.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets, for estimating Jaccard similarity without the sets: one-permutation
 * hashing with optimal densification (Li, Owen and Zhang 2012; Shrivastava 2017), one hash per shingle
 * instead of one per signature value.
 *
 * <p>A signature has {@code K = config.permutations()} values, one per bin. Every shingle hash {@code x}
 * is permuted once, {@code v = a * x + b} (mod 2^64, {@code a} odd, both drawn with SplitMix64 from the
 * configuration's fixed seed); the high bits of {@code v} choose its bin, and a bin keeps the smallest
 * {@code v} it receives. A bin that no shingle falls into (a text of fewer shingles than bins leaves many
 * empty) is densified: it takes the value of the filled bin that comes first in its own fixed random
 * order of the bins ({@link #rank}). Two sets then agree in any one position with probability exactly
 * their Jaccard similarity {@code J}, as with {@code K} independent hash functions: the first bin of
 * that order which either set fills is filled by both, with equal minima, exactly when the smallest
 * shingle of the union there is shared. Values of different bins never agree by accident, since the bin
 * is part of the value.
 *
 * <p>Why this densification and not the older "copy the next filled bin to the right": that one makes a
 * run of empty bins copy one value, so neighbouring positions, the rows of one LSH band, agree or
 * disagree together, and banding loses its sharpness on short texts. Here each empty bin draws its
 * source independently of the others.
 *
 * <p>NOTE: the signature of an empty set is all {@link Long#MAX_VALUE}; such positions never count as
 * agreeing, so an empty article estimates Jaccard 0 with everything. Signatures made with different
 * seeds or lengths never compare. Linear in the shingles, plus {@code O(K)} for the densification
 * (up to {@code 4K} hashes for a text of at most 4 filled bins). Making a MinHash ranks every bin for
 * every bin, {@code K^2} hashes: 16k for the default 128 bins. Thread-safe.
 */
public final class MinHash {

  /** The value of a bin nothing fell into. */
  private static final long EMPTY = Long.MAX_VALUE;
  /** How many of each bin's first sources are tabled: enough that the first filled one is nearly always among them. */
  private static final int TABLED = 16;
  /** Up to this many filled bins, ranking them all is cheaper than looking through the table. */
  private static final int FEW = 4;

  private final long a;
  private final long b;
  /** Seeds each bin's order of sources ({@link #rank}). */
  private final long[] orderSeeds;
  /** Row {@code i} (of {@code tabled} entries): the bins of lowest {@code rank(i, j)}, lowest first. */
  private final int[] firstSources;
  private final int tabled;

  /** A MinHash of {@code config.permutations()} bins, its permutation and orders drawn from {@code config.seed()}. */
  public MinHash(DedupConfig config) {
    int bins = config.permutations();
    long state = config.seed();
    state += Hashing.GOLDEN;
    a = Hashing.fmix64(state) | 1L;
    state += Hashing.GOLDEN;
    b = Hashing.fmix64(state);
    orderSeeds = new long[bins];
    for (int i = 0; i < bins; i++) {
      state += Hashing.GOLDEN;
      orderSeeds[i] = Hashing.fmix64(state);
    }
    tabled = Math.min(TABLED, bins);
    firstSources = new int[bins * tabled];
    for (int i = 0; i < bins; i++) {
      tableFirstSources(i);
    }
  }

  /** Fills row {@code i} of {@link #firstSources}: a selection of the {@code tabled} lowest ranks. */
  private void tableFirstSources(int i) {
    long[] ranks = new long[tabled];
    int[] row = new int[tabled];
    int n = 0;
    for (int j = 0; j < orderSeeds.length; j++) {
      long r = rank(i, j);
      if (n == tabled && r >= ranks[n - 1]) {
        continue;
      }
      int at = n == tabled ? n - 1 : n++;
      while (at > 0 && ranks[at - 1] > r) {
        ranks[at] = ranks[at - 1];
        row[at] = row[at - 1];
        at--;
      }
      ranks[at] = r;
      row[at] = j;
    }
    System.arraycopy(row, 0, firstSources, i * tabled, tabled);
  }

  /** How many values a signature has. */
  public int length() {
    return orderSeeds.length;
  }

  /** The signature of a shingle set (or sequence: duplicates do not change the minimum). */
  public long[] signature(long[] shingles) {
    return signature(shingles, shingles.length);
  }

  /** The signature of {@code shingles[0..count)}. */
  long[] signature(long[] shingles, int count) {
    long[] bins = emptyBins();
    for (int i = 0; i < count; i++) {
      add(bins, shingles[i]);
    }
    densify(bins);
    return bins;
  }

  /** Bins before any shingle, all empty. */
  private long[] emptyBins() {
    long[] bins = new long[orderSeeds.length];
    Arrays.fill(bins, EMPTY);
    return bins;
  }

  /** Puts one shingle hash into its bin of {@code bins}, which keeps its smallest value. */
  private void add(long[] bins, long shingle) {
    long v = a * shingle + b;
    int bin = (int) (((v >>> 32) * bins.length) >>> 32); // the high bits, scaled: a bin's values share a range
    bins[bin] = Math.min(bins[bin], v);
  }

  /** Turns filled bins into a signature: each empty bin takes the value of its first filled source. */
  private void densify(long[] bins) {
    long[] filled = new long[(bins.length + 63) >>> 6];
    int count = 0;
    for (int w = 0; w < filled.length; w++) {
      long word = 0;
      for (int i = w << 6, end = Math.min(bins.length, i + 64); i < end; i++) {
        word |= (bins[i] != EMPTY ? 1L : 0L) << i;
      }
      filled[w] = word;
      count += Long.bitCount(word);
    }
    if (count == 0 || count == bins.length) {
      return;
    }
    if (count == 1) {
      Arrays.fill(bins, bins[firstFilledSource(0, filled, count)]); // every bin's only source
      return;
    }
    for (int w = 0; w < filled.length; w++) {
      long empty = ~filled[w] & (w == filled.length - 1 ? -1L >>> (-bins.length & 63) : -1L);
      for (; empty != 0; empty &= empty - 1) {
        int i = w << 6 | Long.numberOfTrailingZeros(empty);
        bins[i] = bins[firstFilledSource(i, filled, count)];
      }
    }
  }

  /**
   * The filled bin of lowest {@code rank(i, j)}: from the table, or by ranking the filled bins when
   * they are so few that the table would seldom hold one.
   */
  private int firstFilledSource(int i, long[] filled, int count) {
    if (count > FEW) {
      for (int k = i * tabled, end = k + tabled; k < end; k++) {
        int j = firstSources[k];
        if ((filled[j >>> 6] & 1L << j) != 0) {
          return j;
        }
      }
    }
    // No tabled source is filled (or none was looked at): the lowest-ranked filled bin is the one.
    int best = -1;
    long bestRank = 0;
    for (int w = 0; w < filled.length; w++) {
      for (long bits = filled[w]; bits != 0; bits &= bits - 1) {
        int j = w << 6 | Long.numberOfTrailingZeros(bits);
        long r = rank(i, j);
        if (best < 0 || r < bestRank) {
          best = j;
          bestRank = r;
        }
      }
    }
    return best;
  }

  /**
   * Where bin {@code j} comes in empty bin {@code i}'s order of sources (lower is earlier): a
   * fixed pseudo-random order per bin, independent of the other bins' (and distinct for distinct
   * {@code j}, as {@code fmix64} is a bijection).
   */
  private long rank(int i, int j) {
    return Hashing.fmix64(orderSeeds[i] + j * Hashing.GOLDEN);
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
      if (sigA[i] == sigB[i] && sigA[i] != EMPTY) {
        agree++;
      }
    }
    return (double) agree / sigA.length;
  }
}
