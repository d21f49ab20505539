package org.copydesk.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing of MinHash signatures into band keys: two articles sharing any key are
 * candidate near-duplicates.
 *
 * <p>Band {@code j} hashes signature values {@code [j*rows, (j+1)*rows)} to 64 bits; its key is the
 * band number, a colon and 16 lower-case hex digits ({@code "7:3fa2c9e1b0d4f6a1"}): short ASCII, so
 * it can be stored as an index term and looked up exactly. Keys of different bands never collide.
 *
 * <p>NOTE: an empty article (signature all {@link Long#MAX_VALUE}) has no keys, so empty texts are
 * never candidates of each other.
 */
public final class LshBands {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final int bands;
  private final int rows;

  /** Banding as configured. */
  public LshBands(DedupConfig config) {
    this.bands = config.bands();
    this.rows = config.rows();
  }

  /** The band keys of a signature, one per band, in band order. */
  public List<String> keys(long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, banding needs " + bands * rows);
    }
    List<String> keys = new ArrayList<>(bands);
    if (signature.length > 0 && signature[0] == Long.MAX_VALUE) {
      return keys;
    }
    for (int j = 0; j < bands; j++) {
      long h = Hashing.sequence(signature, j * rows, rows);
      StringBuilder key = new StringBuilder(20).append(j).append(':');
      for (int shift = 60; shift >= 0; shift -= 4) {
        key.append(HEX[(int) (h >>> shift) & 0xf]);
      }
      keys.add(key.toString());
    }
    return keys;
  }

  /** The probability that two articles of Jaccard {@code s} share a band key: {@code 1 - (1 - s^rows)^bands}. */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }
}
