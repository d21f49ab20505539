package org.copydesk.bench;

import java.util.List;

/**
 * Placeholder for the near-duplicate benchmark: it will measure the detector's speed and its
 * precision and recall per {@link CorpusGenerator.Level} against the truth file ({@link
 * BenchContext#truth()}), once core has a detector.
 *
 * <p>NOTE: until then it reports nothing. Indexing already pays for fingerprints, if {@code
 * ArticleIndex.add} computes them: {@link IndexBench} measures that part.
 */
final class DupsBench implements Benchmark {

  @Override
  public String name() {
    return "dups";
  }

  @Override
  public List<Measure> run(BenchContext ctx) {
    System.err.println("  dups: skipped: core has no near-duplicate detector yet (see DupsBench)");
    return List.of();
  }
}
