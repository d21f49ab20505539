package org.copydesk.dedup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a near-duplicate run found, known before its stories are written: the settings, the counts
 * and the list of stories.
 *
 * @param parameters every setting of the run (thresholds, shingle size, seed, level, ...), in order
 * @param articles how many articles are in a reported pair
 * @param pairsPerLevel reported pairs per level, every level but {@link Level#NONE}, strongest first
 * @param clusters the clusters of the stories, in story order
 */
public record ReportHeader(
    Map<String, Object> parameters, int articles, Map<Level, Integer> pairsPerLevel, List<Cluster> clusters) {

  public ReportHeader {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0, got " + articles);
    }
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      if (l != Level.NONE) {
        counts.put(l, pairsPerLevel.getOrDefault(Objects.requireNonNull(l), 0));
      }
    }
    pairsPerLevel = Collections.unmodifiableMap(counts);
    clusters = List.copyOf(clusters);
  }

  /** How many related pairs the run reports, over all levels. */
  public int pairs() {
    int n = 0;
    for (int c : pairsPerLevel.values()) {
      n += c;
    }
    return n;
  }
}
