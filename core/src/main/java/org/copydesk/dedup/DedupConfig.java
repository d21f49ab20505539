package org.copydesk.dedup;

/**
 * Settings for near-duplicate and text-reuse detection, with documented defaults.
 *
 * <p>Shingles are runs of {@code shingleSize} normalised words (see {@link WordTokens}). MinHash is
 * one-permutation hashing into {@code permutations} bins, one hash function drawn from {@code
 * seed}, empty bins filled by optimal densification (see {@link MinHash}); each signature value
 * agrees between two texts with probability their Jaccard. LSH splits the first {@code bands *
 * rows} signature values into {@code bands} bands of {@code rows} rows, so two articles of Jaccard
 * {@code s} become candidates with probability {@code 1 - (1 - s^rows)^bands} (the S-curve, see
 * {@link LshBands#candidateProbability}). With the defaults (42 bands x 3 rows of 128 bins):
 *
 * <pre>
 *   Jaccard    0.1    0.2    0.3    0.4    0.5    0.6    0.8    0.9
 *   P(cand.)   0.041  0.286  0.683  0.934  0.9963 0.99998 1.0   1.0
 * </pre>
 *
 * so pairs at the near-duplicate threshold 0.5 are found with probability above 0.99, at the cost
 * of candidates down to Jaccard ~0.25 that exact verification then drops. (32 bands x 4 rows would
 * find only 87% of pairs at 0.5.)
 *
 * <p>The level thresholds are those of {@link PairLevels#decide}: {@code duplicateJaccard} (0.9) and
 * {@code nearDuplicateJaccard} (0.5) on exact shingle Jaccard; {@code reuseContainment} (0.5) on
 * shingle containment of either article in the other; {@code minPassageWords} (8) for a shared prose
 * passage and {@code minQuoteWords} (5) for a shared quotation; {@code reuseMinSimilarity} (0.1), the
 * whole-text similarity a passage-only reuse must also reach, so that stock phrases ("could not
 * independently verify the authenticity of the footage") do not tie unrelated stories;
 * {@code sameStorySimilarity} (0.25), the whole-text cosine that makes two articles the same story;
 * {@code dateWindowDays} (3), how far apart two articles of the same story may be published.
 *
 * <p>The later components were set on hand-annotated real Reuters and BBC pairs
 * (test resources {@code devsets/pairs}): {@code cutCopyContainment} (0.9) with {@code cutCopyJaccard} (0.4)
 * make a near-duplicate of a copy cut short; {@code reusePassageWords} (8, as {@code minPassageWords}),
 * the shared prose (passages of at least {@code minPassageWords}, summed) that alone makes reuse;
 * raising it to 12 would drop the formula runs of 8 to 11 words of the real pairs ("has no
 * intention of seeking control of the company") but also the seed rewrites, whose only shared
 * sentence is 8 words long, so the default keeps both; {@code sameStoryNames} (2), the shared names a
 * same-story pair needs below {@code sameStoryStrongSimilarity} (0.5), because two reports in one
 * house style on different subjects (two bond issues, two airlines' traffic) share vocabulary but
 * not the names of who did what.
 *
 * @param shingleSize words per shingle, at least 1 (default 5)
 * @param permutations MinHash signature length (one-permutation bins), at least 1 (default 128)
 * @param bands LSH bands (default 42)
 * @param rows signature values per band (default 3); {@code bands * rows <= permutations}
 * @param seed the fixed seed MinHash parameters are drawn from (default 0x636f70796465736bL, "copydesk")
 * @param duplicateJaccard Jaccard at or above which a pair is a duplicate (default 0.9)
 * @param nearDuplicateJaccard Jaccard at or above which a pair is a near-duplicate (default 0.5)
 * @param reuseContainment containment of one article's shingles in the other that makes reuse (default 0.5)
 * @param minPassageWords words a shared prose passage needs to make reuse (default 8)
 * @param minQuoteWords words a shared quoted passage needs to count as a shared quote (default 5)
 * @param reuseMinSimilarity whole-text cosine a passage-only reuse also needs (default 0.1)
 * @param sameStorySimilarity whole-text cosine that makes the same story (default 0.25)
 * @param dateWindowDays days apart two same-story articles may be published (default 3); also the
 *     gap beyond which a shared text that is not a duplicate counts as a recurring template, not reuse
 * @param cutCopyContainment containment of one article in the other that, with {@code cutCopyJaccard},
 *     makes a near-duplicate (a copy cut short) (default 0.9)
 * @param cutCopyJaccard Jaccard a near-duplicate by {@code cutCopyContainment} also needs (default 0.4)
 * @param reusePassageWords words of shared prose passages (summed) that make reuse on their own;
 *     at least {@code minPassageWords} (default 8)
 * @param sameStoryNames shared names a same-story pair needs below {@code sameStoryStrongSimilarity} (default 2)
 * @param sameStoryStrongSimilarity whole-text cosine that makes the same story without shared names (default 0.5)
 */
public record DedupConfig(
    int shingleSize,
    int permutations,
    int bands,
    int rows,
    long seed,
    double duplicateJaccard,
    double nearDuplicateJaccard,
    double reuseContainment,
    int minPassageWords,
    int minQuoteWords,
    double reuseMinSimilarity,
    double sameStorySimilarity,
    int dateWindowDays,
    double cutCopyContainment,
    double cutCopyJaccard,
    int reusePassageWords,
    int sameStoryNames,
    double sameStoryStrongSimilarity) {

  /** The default seed: the bytes of "copydesk". */
  public static final long DEFAULT_SEED = 0x636f70796465736bL;

  public DedupConfig {
    positive("shingleSize", shingleSize);
    positive("permutations", permutations);
    positive("bands", bands);
    positive("rows", rows);
    if ((long) bands * rows > permutations) {
      throw new IllegalArgumentException(
          "bands * rows must be <= permutations, got " + bands + " * " + rows + " > " + permutations);
    }
    unit("duplicateJaccard", duplicateJaccard);
    unit("nearDuplicateJaccard", nearDuplicateJaccard);
    if (nearDuplicateJaccard > duplicateJaccard) {
      throw new IllegalArgumentException(
          "nearDuplicateJaccard must be <= duplicateJaccard, got "
              + nearDuplicateJaccard + " > " + duplicateJaccard);
    }
    unit("reuseContainment", reuseContainment);
    positive("minPassageWords", minPassageWords);
    positive("minQuoteWords", minQuoteWords);
    unit("reuseMinSimilarity", reuseMinSimilarity);
    unit("sameStorySimilarity", sameStorySimilarity);
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be >= 0, got " + dateWindowDays);
    }
    unit("cutCopyContainment", cutCopyContainment);
    unit("cutCopyJaccard", cutCopyJaccard);
    if (reusePassageWords < minPassageWords) {
      throw new IllegalArgumentException("reusePassageWords must be >= minPassageWords, got "
          + reusePassageWords + " < " + minPassageWords);
    }
    if (sameStoryNames < 0) {
      throw new IllegalArgumentException("sameStoryNames must be >= 0, got " + sameStoryNames);
    }
    unit("sameStoryStrongSimilarity", sameStoryStrongSimilarity);
  }

  /**
   * A configuration with the thirteen original settings and the defaults of the later ones.
   *
   * <p>NOTE: {@code reusePassageWords} becomes {@code minPassageWords}.
   */
  public DedupConfig(int shingleSize, int permutations, int bands, int rows, long seed,
      double duplicateJaccard, double nearDuplicateJaccard, double reuseContainment,
      int minPassageWords, int minQuoteWords, double reuseMinSimilarity, double sameStorySimilarity,
      int dateWindowDays) {
    this(shingleSize, permutations, bands, rows, seed, duplicateJaccard, nearDuplicateJaccard,
        reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity, sameStorySimilarity,
        dateWindowDays, 0.9, 0.4, minPassageWords, 2, 0.5);
  }

  /** The documented defaults. */
  public static DedupConfig defaults() {
    return new DedupConfig(5, 128, 42, 3, DEFAULT_SEED, 0.9, 0.5, 0.5, 8, 5, 0.1, 0.25, 3);
  }

  /** Returns this configuration with another shingle size. */
  public DedupConfig withShingleSize(int value) {
    return new DedupConfig(value, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays, cutCopyContainment, cutCopyJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with another signature length and banding. */
  public DedupConfig withMinHash(int newPermutations, int newBands, int newRows) {
    return new DedupConfig(shingleSize, newPermutations, newBands, newRows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays, cutCopyContainment, cutCopyJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with another MinHash seed. NOTE: signatures of different seeds never compare. */
  public DedupConfig withSeed(long value) {
    return new DedupConfig(shingleSize, permutations, bands, rows, value, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays, cutCopyContainment, cutCopyJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with other duplicate and near-duplicate Jaccard thresholds. */
  public DedupConfig withJaccardThresholds(double duplicate, double nearDuplicate) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicate, nearDuplicate,
        reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity, sameStorySimilarity,
        dateWindowDays, cutCopyContainment, cutCopyJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with other reuse thresholds; {@code reusePassageWords} rises to {@code passageWords} if below. */
  public DedupConfig withReuse(
      double containment, int passageWords, int quoteWords, double minSimilarity) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, containment, passageWords, quoteWords, minSimilarity,
        sameStorySimilarity, dateWindowDays, cutCopyContainment, cutCopyJaccard,
        Math.max(reusePassageWords, passageWords), sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with another same-story similarity and date window. */
  public DedupConfig withSameStory(double similarity, int windowDays) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        similarity, windowDays, cutCopyContainment, cutCopyJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with another cut-copy rule (see the class comment). */
  public DedupConfig withCutCopy(double cutContainment, double cutJaccard) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays, cutContainment, cutJaccard,
        reusePassageWords, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with another passage length that makes reuse on its own. */
  public DedupConfig withReusePassageWords(int value) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays,
        cutCopyContainment, cutCopyJaccard, value, sameStoryNames, sameStoryStrongSimilarity);
  }

  /** Returns this configuration with other same-story name rules. */
  public DedupConfig withSameStoryNames(int names, double strongSimilarity) {
    return new DedupConfig(shingleSize, permutations, bands, rows, seed, duplicateJaccard,
        nearDuplicateJaccard, reuseContainment, minPassageWords, minQuoteWords, reuseMinSimilarity,
        sameStorySimilarity, dateWindowDays,
        cutCopyContainment, cutCopyJaccard, reusePassageWords, names, strongSimilarity);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + value);
    }
  }

  private static void unit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
