package org.copydesk.dedup;

import java.util.Arrays;

/**
 * Word shingles: 64-bit hashes of every run of {@code k} consecutive normalised words.
 *
 * <p>Hashes are deterministic (see {@link WordTokens} for the normalisation): the same words give
 * the same hash in every run and JVM, so shingle hashes and the MinHash signatures built on them may
 * be stored. A text of fewer than {@code k} but at least one word has one shingle, of all its words,
 * so short texts still compare; an empty text has none.
 *
 * <p>A shingle of the words {@code w[0..m)} (their hashes) hashes to {@code fmix64(P + m * GOLDEN)},
 * where {@code P = w[0] * B^(m-1) + ... + w[m-1]} (mod 2^64, {@code B} odd): a polynomial, so that the
 * next shingle's {@code P} follows from this one's with two multiplications (Rabin and Karp), not
 * {@code k}. Word hashes are already well mixed, and {@code fmix64} mixes the sum.
 */
public final class Shingles {

  /** The polynomial's base: odd, so that its powers are invertible and no word's weight vanishes. */
  private static final long BASE = Hashing.GOLDEN;

  private Shingles() {}

  /** The hash of each k-word shingle, in text order (duplicates kept): entry i starts at word i. */
  public static long[] sequence(WordTokens words, int k) {
    return sequence(words.hashes(), k);
  }

  /** The shingle sequence of words given by their hashes ({@link WordTokens#hashesOf}). */
  static long[] sequence(long[] hashes, int k) {
    long[] out = new long[hashes.length == 0 || k < 1 ? 0 : hashes.length - Math.min(k, hashes.length) + 1];
    sequence(hashes, hashes.length, out, k);
    return out;
  }

  /**
   * Writes the shingle hashes of {@code words[0..count)} to {@code out} and returns how many there are.
   * {@code out} may be {@code words} itself: each word hash is read before its place is written.
   */
  static int sequence(long[] words, int count, long[] out, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (count == 0) {
      return 0;
    }
    int m = Math.min(k, count); // words per shingle: all of them in a text shorter than k
    long salt = m * Hashing.GOLDEN;
    long firstWeight = 1; // B^(m-1): the weight of the word that leaves as the shingle moves on
    long p = 0;
    for (int j = 0; j < m; j++) {
      p = p * BASE + words[j];
      firstWeight = j == 0 ? 1 : firstWeight * BASE;
    }
    int shingles = count - m + 1;
    long leaving = words[0];
    out[0] = Hashing.fmix64(p + salt);
    for (int i = 1; i < shingles; i++) {
      long next = words[i]; // leaves after this shingle; read before out[i] may overwrite it
      p = (p - leaving * firstWeight) * BASE + words[i + m - 1];
      out[i] = Hashing.fmix64(p + salt);
      leaving = next;
    }
    return shingles;
  }

  /** The distinct shingle hashes of a text, sorted ascending: the set that Jaccard and containment compare. */
  public static long[] set(WordTokens words, int k) {
    return distinctSorted(sequence(words, k));
  }

  /** Tokenises and returns the sorted shingle set of a text. */
  public static long[] set(String text, int k) {
    return set(WordTokens.of(text), k);
  }

  static long[] distinctSorted(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
