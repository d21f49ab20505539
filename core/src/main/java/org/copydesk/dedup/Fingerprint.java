package org.copydesk.dedup;


/**
 * What near-duplicate detection computes once per article: words, shingle set, MinHash signature,
 * band keys and whole-text features. Made by {@link NearDuplicateDetector#fingerprint}.
 *
 * <p>NOTE: a fingerprint holds the tokenised text; keep it only as long as pairs are being compared.
 * Immutable; its arrays are copies.
 */
public final class Fingerprint {

  final DedupDocument document;
  final WordTokens words;
  final long[] shingles;
  /** The shingles starting outside quotation marks: what containment counts, so shared quotes never make reuse. */
  final long[] proseShingles;
  final long[] signature;
  final long[] bandKeys;
  final TextFeatures features;

  Fingerprint(
      DedupDocument document,
      WordTokens words,
      long[] shingles,
      long[] proseShingles,
      long[] signature,
      long[] bandKeys) {
    this.document = document;
    this.words = words;
    this.shingles = shingles;
    this.proseShingles = proseShingles;
    this.signature = signature;
    this.bandKeys = bandKeys;
    this.features = TextFeatures.of(words);
  }

  /** The document fingerprinted. */
  public DedupDocument document() {
    return document;
  }

  /** The MinHash signature (a copy). */
  public long[] signature() {
    return signature.clone();
  }

  /** The LSH band keys (a copy); empty for a text without words. */
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** How many distinct shingles the text has. */
  public int shingleCount() {
    return shingles.length;
  }
}
