package org.copydesk.dedup;

import java.util.List;
import java.util.Locale;

/**
 * Micro-benchmark of fingerprinting (tokenise, shingle, MinHash, band keys) and of comparing a pair,
 * on a 5,000-word article built from the seeds. Not a test: run by hand after {@code mvn -o -pl core
 * test-compile} with {@code java -cp core/target/classes:core/target/test-classes:<deps>
 * org.copydesk.dedup.FingerprintBenchmark} from the repository root's {@code core} folder.
 */
public final class FingerprintBenchmark {

  private FingerprintBenchmark() {}

  /** Prints microseconds per KB for fingerprinting and milliseconds per pair comparison. */
  public static void main(String[] args) {
    List<String> seeds = TestTexts.seeds();
    StringBuilder text = new StringBuilder();
    for (int i = 0; WordTokens.of(text.toString()).size() < 5000; i++) {
      text.append(seeds.get(i % seeds.size())).append('\n');
    }
    String a = text.toString();
    String b = seeds.get(1) + a.substring(a.length() / 3);
    NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults());
    DedupDocument docA = TestTexts.document("a", a);
    DedupDocument docB = TestTexts.document("b", b);
    int rounds = 300;
    for (int warm = 0; warm < 2; warm++) {
      long t0 = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        detector.fingerprint(docA);
      }
      long t1 = System.nanoTime();
      Fingerprint fa = detector.fingerprint(docA);
      Fingerprint fb = detector.fingerprint(docB);
      for (int r = 0; r < rounds; r++) {
        detector.compare(fa, fb);
      }
      long t2 = System.nanoTime();
      double kb = a.length() / 1024.0;
      System.out.printf(Locale.ROOT,
          "%s: %d words, %.1f KB: fingerprint %.3f ms (%.1f us/KB), compare %.3f ms/pair%n",
          warm == 0 ? "warm-up" : "measured", WordTokens.of(a).size(), kb, (t1 - t0) / 1e6 / rounds,
          (t1 - t0) / 1e3 / rounds / kb, (t2 - t1) / 1e6 / rounds);
    }
  }
}
