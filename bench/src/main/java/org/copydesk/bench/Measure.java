package org.copydesk.bench;

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
