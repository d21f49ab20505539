package org.copydesk.dedup;


/**
 * What near-duplicate detection computes once per article: words, shingle set and whole-text
 * features, and on request its MinHash signature and band keys. Made by {@link
 * NearDuplicateDetector#fingerprint}.
 *
 * <p>Comparing two fingerprints reads the exact shingle sets, never the signature: the signature
 * and band keys are what an index stores, and are computed only when asked for.
 *
 * <p>NOTE: a fingerprint holds the tokenised text; keep it only as long as pairs are being compared.
 * Immutable in what it shows; its arrays are copies; thread-safe.
 */
public final class Fingerprint {

  final DedupDocument document;
  final WordTokens words;
  final long[] shingles;
  /** The shingles starting outside quotation marks: what containment counts, so shared quotes never make reuse. */
  final long[] proseShingles;
  final TextFeatures features;
  private final MinHash minHash;
  private final LshBands bands;
  private long[] signature;

  Fingerprint(
      DedupDocument document, WordTokens words, long[] shingles, long[] proseShingles, MinHash minHash, LshBands bands) {
    this.document = document;
    this.words = words;
    this.shingles = shingles;
    this.proseShingles = proseShingles;
    this.features = TextFeatures.of(words);
    this.minHash = minHash;
    this.bands = bands;
  }

  private synchronized long[] computedSignature() {
    if (signature == null) {
      signature = minHash.signature(shingles);
    }
    return signature;
  }

  /** The document fingerprinted. */
  public DedupDocument document() {
    return document;
  }

  /** The MinHash signature (a copy). */
  public long[] signature() {
    return computedSignature().clone();
  }

  /** The LSH band keys (a copy); empty for a text without words. */
  public long[] bandKeys() {
    return shingles.length == 0 ? new long[0] : bands.keys(computedSignature());
  }

  /** How many distinct shingles the text has. */
  public int shingleCount() {
    return shingles.length;
  }
}
