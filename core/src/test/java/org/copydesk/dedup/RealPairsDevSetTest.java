package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pair levels on hand-annotated real Reuters and BBC pairs (devsets/pairs), pinned against
 * regressions: the test fails when precision or recall of a level drops more than 0.02 below the
 * figure measured with the defaults.
 */
class RealPairsDevSetTest {

  private static final double MARGIN = 0.02;

  /**
   * Measured (precision, recall) per level on the dev split with the defaults: accuracy 0.720 (0.493
   * before the date-gap, cut-copy and shared-name rules; 0.760 when the date gap also overrode
   * Jaccard >= 0.5, which the near-duplicate definition does not allow: recurring template items
   * weeks apart are now near-duplicates).
   */
  private static final Map<Level, double[]> DEV = new EnumMap<>(Map.of(
      Level.DUPLICATE, new double[] {1.000, 0.846},
      Level.NEAR_DUPLICATE, new double[] {0.545, 0.857},
      Level.REUSE, new double[] {0.455, 0.833},
      Level.SAME_STORY, new double[] {0.375, 0.300},
      Level.NONE, new double[] {0.853, 0.744}));

  /** Measured (precision, recall) per level on the held-out split with the defaults: accuracy 0.758 (0.515 with
   * the rules before tuning). Never tune on it. */
  private static final Map<Level, double[]> HELD_OUT = new EnumMap<>(Map.of(
      Level.DUPLICATE, new double[] {1.000, 0.833},
      Level.NEAR_DUPLICATE, new double[] {0.750, 1.000},
      Level.REUSE, new double[] {0.600, 1.000},
      Level.SAME_STORY, new double[] {0.429, 0.750},
      Level.NONE, new double[] {0.917, 0.647}));

  /**
   * Measured (precision, recall) per level on first sight of the fresh pairs, labelled blind to the
   * rules after they were tuned (README): accuracy 0.900. Not tuned on.
   */
  private static final Map<Level, double[]> FRESH = new EnumMap<>(Map.of(
      Level.DUPLICATE, new double[] {1.000, 1.000},
      Level.NEAR_DUPLICATE, new double[] {1.000, 0.800},
      Level.REUSE, new double[] {0.600, 1.000},
      Level.SAME_STORY, new double[] {1.000, 0.833},
      Level.NONE, new double[] {0.947, 0.900}));

  private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults());
  private final List<RealPairsDevSet.Pair> pairs = RealPairsDevSet.pairs();

  @Test
  void devSplit() {
    check("real pairs, dev", pairs.stream().filter(p -> !p.heldOut()).toList(), DEV);
  }

  @Test
  void freshSplit() {
    check("real pairs, fresh", RealPairsDevSet.pairs(RealPairsDevSet.FRESH), FRESH);
  }

  @Test
  void heldOutSplit() {
    check("real pairs, held-out", pairs.stream().filter(RealPairsDevSet.Pair::heldOut).toList(), HELD_OUT);
  }

  private void check(String title, List<RealPairsDevSet.Pair> split, Map<Level, double[]> pinned) {
    RealPairsDevSet.Evaluation e = new RealPairsDevSet.Evaluation(detector, split);
    String table = e.table(title);
    System.out.print(table);
    System.out.print(e.misses);
    StringBuilder drops = new StringBuilder();
    for (Level l : Level.values()) {
      double[] p = pinned.get(l);
      if (e.precision(l) < p[0] - MARGIN || e.recall(l) < p[1] - MARGIN) {
        drops.append(String.format(Locale.ROOT, "  %s: precision %.3f (pinned %.3f), recall %.3f (pinned %.3f)%n",
            l.label(), e.precision(l), p[0], e.recall(l), p[1]));
      }
    }
    assertTrue(drops.isEmpty(), "quality dropped below the pinned figures:\n" + drops + table + e.misses);
  }
}
