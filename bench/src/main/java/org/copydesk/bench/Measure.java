package org.copydesk.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One figure of a benchmark, measured in several runs: its name, unit, the value of each run, and
 * the median that is reported.
 *
 * @param name what was measured ({@code index.copydesk.articles_per_s})
 * @param unit the unit ({@code articles/s}, {@code ms}, {@code MB}, {@code x} for ratios)
 * @param runs the value of each run, in run order
 */
record Measure(String name, String unit, List<Double> runs) {

  Measure {
    runs = List.copyOf(runs);
  }

  /** The median of the runs (the mean of the middle two for an even count). */
  double median() {
    return Stats.median(runs.stream().mapToDouble(Double::doubleValue).toArray());
  }
}

/** Order statistics over samples. */
final class Stats {
  private Stats() {}

  /** The median; NaN when empty. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** The nearest-rank percentile ({@code p} in (0, 100]); NaN when empty. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }
}
