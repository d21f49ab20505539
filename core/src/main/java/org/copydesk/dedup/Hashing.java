package org.copydesk.dedup;

/**
 * 64-bit hashing shared by shingling, MinHash and LSH: deterministic across runs and JVMs.
 *
 * <p>Word hashes are FNV-1a over the UTF-16 chars followed by MurmurHash3's {@code fmix64} finaliser,
 * which fixes FNV's weak high bits; shingle hashes are a rolling polynomial of the word hashes (see
 * {@link Shingles}), finished with {@code fmix64} again; {@link #sequence} combines a few values in
 * order with a rotate-multiply step (band keys, passage anchors).
 */
final class Hashing {

  /** FNV-1a's offset basis and prime; {@link WordTokens} hashes words with them as it folds them. */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;
  /** An odd constant from the golden ratio, the usual multiplier for sequence mixing. */
  static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Hashing() {}

  /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** The hash of one normalised word. */
  static long word(CharSequence word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= FNV_PRIME;
    }
    return fmix64(h);
  }

  /** The hash of the {@code k} word hashes starting at {@code from}, order-sensitive. */
  static long sequence(long[] wordHashes, int from, int k) {
    long h = GOLDEN * k;
    for (int j = from; j < from + k; j++) {
      h = Long.rotateLeft(h ^ wordHashes[j], 31) * GOLDEN;
    }
    return fmix64(h);
  }

  /** SplitMix64's next value from a state: used to draw MinHash parameters from the fixed seed. */
  static long splitMix(long state) {
    return fmix64(state + GOLDEN);
  }
}
