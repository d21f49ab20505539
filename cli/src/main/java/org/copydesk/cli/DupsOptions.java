package org.copydesk.cli;

import java.util.Locale;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.DuplicateDetector;
import org.copydesk.dedup.Level;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code dups} and {@code check} share: the index, the level, thresholds and outlets. */
final class DupsOptions {

  @Mixin IndexOption indexOption;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "same-story",
      description = "Weakest level to report: duplicate, near-duplicate, reuse or same-story (default ${DEFAULT-VALUE}).")
  String level;

  @Option(
      names = "--threshold",
      paramLabel = "J",
      description = "Jaccard of word shingles at or above which a pair is a near-duplicate (default 0.5).")
  Double threshold;

  @Option(names = "--same-outlet", description = "Also compare articles of the same outlet.")
  boolean sameOutlet;

  @Option(names = "--json", description = "Print the full report as one JSON object.")
  boolean json;

  Level level() {
    String name = level.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      Level l = Level.valueOf(name);
      if (l != Level.NONE) {
        return l;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--level: expected duplicate, near-duplicate, reuse or same-story, got '" + level + "'");
  }

  DedupConfig config() {
    DedupConfig c = DedupConfig.defaults();
    if (threshold != null) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("--threshold: expected a Jaccard in (0, 1], got " + threshold);
      }
      c = c.withJaccardThresholds(Math.max(threshold, c.duplicateJaccard()), threshold);
    }
    return c;
  }

  DuplicateDetector.Options options() {
    return DuplicateDetector.Options.defaults().withLevel(level()).withSameOutlet(sameOutlet);
  }
}
