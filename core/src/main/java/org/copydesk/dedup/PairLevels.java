package org.copydesk.dedup;

import java.util.Locale;

/**
 * Decides the level of a pair of articles from its scores, with the rule that decided it.
 *
 * <p>The first rule that holds wins:
 *
 * <ol>
 *   <li>{@code duplicate}: Jaccard {@code >= duplicateJaccard};
 *   <li>{@code near-duplicate}: Jaccard {@code >= nearDuplicateJaccard};
 *   <li>{@code reuse}: containment of either in the other {@code >= reuseContainment}, or a shared
 *       prose passage of {@code >= minPassageWords} words together with whole-text similarity
 *       {@code >= reuseMinSimilarity} (a stock phrase alone does not tie two unrelated stories);
 *   <li>{@code same-story}: published within {@code dateWindowDays} (or a date unknown), and
 *       similarity {@code >= sameStorySimilarity}, or at least half of it with a shared quotation or
 *       with three shared names and two shared figures;
 *   <li>otherwise {@code none}.
 * </ol>
 *
 * <p>NOTE: shared quotations alone never make a pair {@code reuse}: outlets quoting the same speaker
 * report the same event, they need not copy each other.
 */
public final class PairLevels {

  private PairLevels() {}

  /** The level and the reason: the rule that held, with the deciding scores and thresholds. */
  public record Decision(Level level, String reason) {}

  /** Decides the level of a pair from its scores under a configuration. */
  public static Decision decide(PairScores s, DedupConfig c) {
    if (s.jaccard() >= c.duplicateJaccard()) {
      return new Decision(Level.DUPLICATE, fmt("jaccard %.3f >= %.2f", s.jaccard(), c.duplicateJaccard()));
    }
    if (s.jaccard() >= c.nearDuplicateJaccard()) {
      return new Decision(
          Level.NEAR_DUPLICATE, fmt("jaccard %.3f >= %.2f", s.jaccard(), c.nearDuplicateJaccard()));
    }
    if (s.containment() >= c.reuseContainment()) {
      return new Decision(
          Level.REUSE, fmt("containment %.3f >= %.2f", s.containment(), c.reuseContainment()));
    }
    if (s.longestProseWords() >= c.minPassageWords() && s.similarity() >= c.reuseMinSimilarity()) {
      return new Decision(Level.REUSE, fmt("shared prose passage of %d words >= %d (similarity %.3f)",
          s.longestProseWords(), c.minPassageWords(), s.similarity()));
    }
    boolean close = s.daysApart() == null || s.daysApart() <= c.dateWindowDays();
    if (close) {
      double half = c.sameStorySimilarity() / 2;
      if (s.similarity() >= c.sameStorySimilarity()) {
        return new Decision(Level.SAME_STORY,
            fmt("similarity %.3f >= %.2f", s.similarity(), c.sameStorySimilarity()));
      }
      if (s.similarity() >= half && s.sharedQuotes() > 0) {
        return new Decision(Level.SAME_STORY,
            fmt("%d shared quotes, similarity %.3f >= %.3f", s.sharedQuotes(), s.similarity(), half));
      }
      if (s.similarity() >= half && s.sharedNames() >= 3 && s.sharedFigures() >= 2) {
        return new Decision(Level.SAME_STORY, fmt("%d shared names, %d shared figures, similarity %.3f >= %.3f",
            s.sharedNames(), s.sharedFigures(), s.similarity(), half));
      }
    }
    return new Decision(Level.NONE, fmt("similarity %.3f, %d shared quotes%s", s.similarity(),
        s.sharedQuotes(), close ? "" : fmt(", %.1f days apart > %d", s.daysApart(), c.dateWindowDays())));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
