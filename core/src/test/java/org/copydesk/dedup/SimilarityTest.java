package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shingles, exact set similarity, MinHash estimates, LSH keys and the configuration. */
class SimilarityTest {

  private static final String REUTERS =
      "Reuters could not independently verify the authenticity of the footage showing North Korean troops engaged in battles.";

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', value = {
      // a, b, jaccard, containment of a in b
      "a b c d e f           | a b c d e f           | 1.0   | 1.0",
      "a b c d e f           | A, B; c “d” e—f       | 1.0   | 1.0",
      "a b c d e f           | a b c d e             | 0.5   | 0.5",
      "a b c d e             | a b c d e f           | 0.5   | 1.0",
      "a b c d e f g h       | h g f e d c b a       | 0.0   | 0.0",
      "''                    | ''                    | 0.0   | 0.0"})
  void exactJaccardAndContainmentOfFiveShingles(String a, String b, double jaccard, double containment) {
    long[] sa = Shingles.set(a, 5);
    long[] sb = Shingles.set(b, 5);
    assertEquals(jaccard, SetSimilarity.jaccard(sa, sb), 1e-9);
    assertEquals(containment, SetSimilarity.containment(sa, sb), 1e-9);
  }

  @Test
  void shinglesAreStableAcrossRuns() {
    // Stored signatures depend on this: a change of hashing must be deliberate.
    long[] seq = Shingles.sequence(WordTokens.of("Kim Jong Un pledged a beautiful life"), 5);
    assertEquals(3, seq.length);
    assertEquals(seq[0], Shingles.sequence(WordTokens.of("KIM jong un, pledged a"), 5)[0]);
  }

  @Test
  void rollingShingleHashesAreThePolynomialOfTheirWords() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      long[] words = random.longs(random.nextInt(30)).toArray();
      int k = 1 + random.nextInt(6);
      long[] rolled = Shingles.sequence(words, k);
      int m = Math.min(k, words.length);
      assertEquals(words.length == 0 ? 0 : words.length - m + 1, rolled.length);
      for (int i = 0; i < rolled.length; i++) {
        long p = 0;
        for (int j = i; j < i + m; j++) {
          p = p * Hashing.GOLDEN + words[j]; // Horner, from scratch for every shingle
        }
        assertEquals(Hashing.fmix64(p + m * Hashing.GOLDEN), rolled[i], "shingle " + i + " of " + words.length + ", k=" + k);
      }
    }
  }

  @Test
  void minHashEstimatesExactJaccardWithinSamplingError() {
    MinHash minHash = new MinHash(DedupConfig.defaults());
    Random random = new Random(7);
    double worst = 0;
    for (int trial = 0; trial < 40; trial++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      double keep = random.nextDouble();
      for (int w = 0; w < 600; w++) {
        String word = "w" + random.nextInt(5000);
        a.append(word).append(' ');
        b.append(random.nextDouble() < keep ? word : "x" + random.nextInt(5000)).append(' ');
      }
      long[] sa = Shingles.set(a.toString(), 5);
      long[] sb = Shingles.set(b.toString(), 5);
      double exact = SetSimilarity.jaccard(sa, sb);
      double estimate = MinHash.estimate(minHash.signature(sa), minHash.signature(sb));
      worst = Math.max(worst, Math.abs(exact - estimate));
    }
    // Standard error at 128 permutations is at most 0.044; 40 trials stay within ~3.5 of them.
    assertTrue(worst < 0.15, "worst error " + worst);
  }

  @Test
  void emptyTextsAreNeverCandidates() {
    NearDuplicateDetector d = new NearDuplicateDetector(DedupConfig.defaults());
    Fingerprint empty = d.fingerprint(new DedupDocument("e", "—", List.of(), null));
    assertEquals(0, empty.bandKeys().length);
    assertEquals(0, MinHash.estimate(empty.signature(), empty.signature()));
  }

  @Test
  void bandKeysAreDistinctPerBandAndIdenticalTextsShareAll() {
    NearDuplicateDetector d = new NearDuplicateDetector(DedupConfig.defaults());
    long[] keys = d.fingerprint(TestTexts.document("a", REUTERS)).bandKeys();
    assertEquals(42, keys.length);
    assertEquals(42, java.util.Arrays.stream(keys).distinct().count());
    assertArrayEquals(keys, d.fingerprint(TestTexts.document("b", REUTERS.toUpperCase())).bandKeys());
    assertArrayEquals(keys, d.indexKeys(REUTERS).bandKeys());
  }

  @ParameterizedTest(name = "P(candidate | J={0}) in [{1}, {2}]")
  @CsvSource({"0.1, 0.03, 0.05", "0.3, 0.6, 0.7", "0.5, 0.99, 1.0", "0.9, 0.9999, 1.0"})
  void defaultBandingFindsHalfSimilarPairsWithProbabilityOver99Percent(double j, double lo, double hi) {
    double p = new LshBands(DedupConfig.defaults()).candidateProbability(j);
    assertTrue(p >= lo && p <= hi, "P=" + p);
  }

  /**
   * The S-curve of the signatures themselves, not of the formula: pairs of random shingle sets of
   * exact Jaccard {@code I / (I + 2D)} ({@code I} shared shingles, {@code D} of each set's own), from 3
   * to 600 shingles a set. One-permutation hashing meets the formula's targets at every size: on short
   * texts, where most bins are densified, two shingles sharing a bin hide one of them, so P at J = 0.5
   * falls from the formula's 0.9963 to 0.9913 at 3 shingles (0.994 at 6 to 12, 0.995 at 30); from ~60
   * shingles on it is at or above the formula (0.997), bins being disjoint samples.
   */
  @ParameterizedTest(name = "I={0}, D={1}: P(candidate) in [{2}, {3}]")
  @CsvSource({
      "2, 1, 0.99, 1.0", "8, 4, 0.99, 1.0", "20, 10, 0.99, 1.0", "80, 40, 0.99, 1.0", "400, 200, 0.99, 1.0",
      "1, 2, 0.0, 0.35", "4, 8, 0.0, 0.35", "10, 20, 0.0, 0.35", "40, 80, 0.0, 0.35", "200, 400, 0.0, 0.35",
      "2, 9, 0.0, 0.07", "12, 54, 0.0, 0.07", "40, 180, 0.0, 0.07", "100, 450, 0.0, 0.07",
      "18, 1, 0.999, 1.0", "90, 5, 0.999, 1.0", "360, 20, 0.999, 1.0"})
  void bandKeysOfRealSignaturesFollowTheSCurve(int shared, int own, double lo, double hi) {
    DedupConfig config = DedupConfig.defaults();
    MinHash minHash = new MinHash(config);
    LshBands bands = new LshBands(config);
    Random random = new Random(shared * 1000L + own);
    // Enough trials that the estimate is within ~0.0005 of P where P is close to a bound (0.9913 at
    // I=2, D=1); fewer for large sets, whose P at J = 0.5 is far from it.
    int trials = Math.max(4_000, 150_000 / (shared + own));
    int candidates = 0;
    for (int t = 0; t < trials; t++) {
      long[] a = new long[shared + own];
      long[] b = new long[shared + own];
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextLong();
        b[i] = i < shared ? a[i] : random.nextLong();
      }
      long[] keysA = bands.keys(minHash.signature(a));
      long[] keysB = bands.keys(minHash.signature(b));
      boolean shares = false;
      for (int j = 0; j < keysA.length; j++) {
        shares |= keysA[j] == keysB[j];
      }
      candidates += shares ? 1 : 0;
    }
    double p = (double) candidates / trials;
    assertTrue(p >= lo && p <= hi, "P=" + p + " at J=" + (double) shared / (shared + 2 * own));
  }

  @Test
  void configRejectsImpossibleBanding() {
    DedupConfig c = DedupConfig.defaults();
    assertThrows(IllegalArgumentException.class, () -> c.withMinHash(128, 32, 5));
    assertThrows(IllegalArgumentException.class, () -> c.withJaccardThresholds(0.5, 0.9));
    assertEquals(8, c.withMinHash(64, 16, 4).bands() / 2);
  }
}
