package org.copydesk.dedup;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of near-duplicate and text-reuse detection: fingerprints articles (MinHash
 * signature and LSH band keys, to index) and decides how a candidate pair is related.
 *
 * <p>Typical use: store {@link #indexKeys} of every article in the index; take as
 * candidates the articles sharing a band key (near-duplicates, found with probability >= 0.99 at
 * Jaccard 0.5, see {@link DedupConfig}) and those a similarity search returns (rewrites and same-story
 * articles, whose Jaccard is far lower); then {@link #compare} each candidate pair, which verifies
 * exactly and never trusts the estimate.
 *
 * <p>NOTE: immutable and thread-safe. Lucene-free: the index layer decides how keys are stored.
 */
public final class NearDuplicateDetector {

  private final DedupConfig config;
  private final MinHash minHash;
  private final LshBands bands;
  private final PassageAligner aligner;

  /** A detector with the given configuration. */
  public NearDuplicateDetector(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.minHash = new MinHash(config);
    this.bands = new LshBands(config);
    this.aligner = new PassageAligner(config);
  }

  /** The configuration in use. */
  public DedupConfig config() {
    return config;
  }

  /** Tokenises and shingles a document (its MinHash only when asked for). Linear in its length. */
  public Fingerprint fingerprint(DedupDocument document) {
    WordTokens words = WordTokens.of(document.text());
    long[] sequence = Shingles.sequence(words, config.shingleSize());
    long[] shingles = Shingles.distinctSorted(sequence);
    boolean[] quoted = PassageAligner.quotedWords(words, document.quotes());
    long[] prose = new long[sequence.length];
    int n = 0;
    for (int i = 0; i < sequence.length; i++) {
      if (!quoted[i]) {
        prose[n++] = sequence[i];
      }
    }
    long[] proseShingles = Shingles.distinctSorted(java.util.Arrays.copyOf(prose, n));
    return new Fingerprint(document, words, shingles, proseShingles, minHash, bands);
  }

  /**
   * The keys an index stores for a text so that candidates come from shared keys: LSH band keys
   * (near-duplicates) and winnowed shingle hashes (shared passages of at least
   * {@link DedupConfig#minPassageWords()} words). Linear in the text's length.
   */
  public IndexKeys indexKeys(String text) {
    // One array all the way: the word hashes become the shingle hashes in place, and then the
    // winnowing picks (less garbage per article, which indexing makes by the million).
    long[] buffer = WordTokens.hashesOf(text);
    int shingles = Shingles.sequence(buffer, buffer.length, buffer, config.shingleSize());
    // MinHash needs no sorted set: duplicates do not change a minimum.
    long[] bandKeys = shingles == 0 ? new long[0] : bands.keys(minHash.signature(buffer, shingles));
    int window = Winnowing.window(config.minPassageWords(), config.shingleSize());
    long[] passages = Winnowing.select(buffer, shingles, window, buffer);
    return new IndexKeys(bandKeys, passages);
  }

  /**
   * What the index stores of one text ({@link StoredKeys} encodes it).
   *
   * @param bandKeys the LSH band keys of its MinHash signature
   * @param passageHashes the winnowed shingle hashes, distinct, in the order of the text
   */
  public record IndexKeys(long[] bandKeys, long[] passageHashes) {}

  /** Compares two documents: {@code compare(fingerprint(a), fingerprint(b))}. */
  public PairVerdict compare(DedupDocument a, DedupDocument b) {
    return compare(fingerprint(a), fingerprint(b));
  }

  /** Scores a pair exactly, decides its level and finds its shared passages and direction. */
  public PairVerdict compare(Fingerprint a, Fingerprint b) {
    List<SharedPassage> passages =
        aligner.align(a.words, a.document.quotes(), b.words, b.document.quotes());
    int longestProse = 0;
    int totalProse = 0;
    int quotes = 0;
    for (SharedPassage p : passages) {
      if (p.quoted()) {
        quotes++;
      } else if (p.proseWords() >= config.minPassageWords()) {
        longestProse = Math.max(longestProse, p.proseWords());
        totalProse += p.proseWords();
      }
    }
    Double days = null;
    if (a.document.published() != null && b.document.published() != null) {
      days = Math.abs(Duration.between(a.document.published(), b.document.published()).toSeconds())
          / 86400.0;
    }
    PairScores scores = new PairScores(
        SetSimilarity.jaccard(a.shingles, b.shingles),
        containment(a.proseShingles, b.shingles),
        containment(b.proseShingles, a.shingles),
        longestProse,
        totalProse,
        quotes,
        a.features.cosine(b.features),
        TextFeatures.shared(a.features.names, b.features.names),
        TextFeatures.shared(a.features.figures, b.features.figures),
        days);
    PairLevels.Decision decision = PairLevels.decide(scores, config);
    Direction direction = Direction.of(a.document.published(), b.document.published(),
        scores.containmentAInB(), scores.containmentBInA());
    return new PairVerdict(a.document.id(), b.document.id(), decision.level(), decision.reason(),
        scores, passages, direction);
  }

  /**
   * Containment of the prose shingles of one text in all shingles of the other, or 0 for a text too
   * short to judge: one shared phrase is not a copy of it.
   */
  private double containment(long[] of, long[] in) {
    return of.length < config.minPassageWords() ? 0 : SetSimilarity.containment(of, in);
  }
}
