package org.copydesk.dedup;

import java.util.Arrays;

/**
 * Word shingles: 64-bit hashes of every run of {@code k} consecutive normalised words.
 *
 * <p>Hashes are deterministic (see {@link WordTokens} for the normalisation): the same words give
 * the same hash in every run and JVM, so shingle hashes and the MinHash signatures built on them may
 * be stored. A text of fewer than {@code k} but at least one word has one shingle, of all its words,
 * so short texts still compare; an empty text has none.
 */
public final class Shingles {

  private Shingles() {}

  /** The hash of each k-word shingle, in text order (duplicates kept): entry i starts at word i. */
  public static long[] sequence(WordTokens words, int k) {
    return sequence(words.hashes(), k);
  }

  /** The shingle sequence of words given by their hashes ({@link WordTokens#hashesOf}). */
  static long[] sequence(long[] hashes, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (hashes.length == 0) {
      return new long[0];
    }
    if (hashes.length < k) {
      return new long[] {Hashing.sequence(hashes, 0, hashes.length)};
    }
    long[] out = new long[hashes.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = Hashing.sequence(hashes, i, k);
    }
    return out;
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
