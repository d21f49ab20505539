package org.copydesk.dedup;

import java.util.Locale;

/**
 * Decides the level of a pair of articles from its scores, with the rule that decided it.
 *
 * <p>The first rule that holds wins:
 *
 * <ol>
 *   <li>{@code duplicate}: Jaccard {@code >= duplicateJaccard};
 *   <li>{@code none} when published more than {@code dateWindowDays} apart: below a duplicate, a text
 *       shared across that gap is a recurring template (weekly money supply, a bond issue's standard
 *       wording) reporting a different event with different figures, not a copy;
 *   <li>{@code near-duplicate}: Jaccard {@code >= nearDuplicateJaccard}, or containment of either in
 *       the other {@code >= cutCopyContainment} with Jaccard {@code >= cutCopyJaccard} (a copy cut short);
 *   <li>{@code reuse}: containment {@code >= reuseContainment}, or shared prose passages (each of {@code >=
 *       minPassageWords} words) of {@code >= reusePassageWords} words in all, together with whole-text similarity {@code >= reuseMinSimilarity} (a
 *       stock phrase alone does not tie two unrelated stories);
 *   <li>{@code same-story} (published within {@code dateWindowDays}, or a date unknown): similarity
 *       {@code >= sameStoryStrongSimilarity}; or {@code >= sameStorySimilarity} with {@code
 *       sameStoryNames} shared names; or at least half of {@code sameStorySimilarity} with a shared
 *       quotation, a shared prose passage of {@code >= minPassageWords} words, or three shared names and
 *       two shared figures;
 *   <li>otherwise {@code none}.
 * </ol>
 *
 * <p>NOTE: shared quotations alone never make a pair {@code reuse}: outlets quoting the same speaker
 * report the same event, they need not copy each other. NOTE: an article re-published unchanged weeks
 * later is still a duplicate, but a rewrite of it that late is {@code none}: the rule prefers missing
 * a late follow-up that keeps background paragraphs to calling every recurring report a copy.
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
    // Below the Jaccard levels, dates far apart mean a recurring report (a weekly table, a
    // template item), not a rewrite or the same story.
    boolean close = s.daysApart() == null || s.daysApart() <= c.dateWindowDays();
    if (!close) {
      return new Decision(Level.NONE, fmt("%.1f days apart > %d (jaccard %.3f, similarity %.3f): "
          + "a recurring report, not a rewrite or the same story", s.daysApart(), c.dateWindowDays(),
          s.jaccard(), s.similarity()));
    }
    if (s.containment() >= c.cutCopyContainment() && s.jaccard() >= c.cutCopyJaccard()) {
      return new Decision(Level.NEAR_DUPLICATE, fmt("containment %.3f >= %.2f, jaccard %.3f >= %.2f",
          s.containment(), c.cutCopyContainment(), s.jaccard(), c.cutCopyJaccard()));
    }
    if (s.containment() >= c.reuseContainment()) {
      return new Decision(
          Level.REUSE, fmt("containment %.3f >= %.2f", s.containment(), c.reuseContainment()));
    }
    if (s.totalProseWords() >= c.reusePassageWords() && s.similarity() >= c.reuseMinSimilarity()) {
      return new Decision(Level.REUSE, fmt("%d words of shared prose passages >= %d (longest %d, similarity %.3f)",
          s.totalProseWords(), c.reusePassageWords(), s.longestProseWords(), s.similarity()));
    }
    double half = c.sameStorySimilarity() / 2;
    if (s.similarity() >= c.sameStoryStrongSimilarity()) {
      return new Decision(Level.SAME_STORY,
          fmt("similarity %.3f >= %.2f", s.similarity(), c.sameStoryStrongSimilarity()));
    }
    if (s.similarity() >= c.sameStorySimilarity() && s.sharedNames() >= c.sameStoryNames()) {
      return new Decision(Level.SAME_STORY, fmt("similarity %.3f >= %.2f, %d shared names >= %d",
          s.similarity(), c.sameStorySimilarity(), s.sharedNames(), c.sameStoryNames()));
    }
    if (s.similarity() >= half && s.sharedQuotes() > 0) {
      return new Decision(Level.SAME_STORY,
          fmt("%d shared quotes, similarity %.3f >= %.3f", s.sharedQuotes(), s.similarity(), half));
    }
    if (s.similarity() >= half && s.longestProseWords() >= c.minPassageWords()) {
      return new Decision(Level.SAME_STORY, fmt("shared prose passage of %d words, similarity %.3f >= %.3f",
          s.longestProseWords(), s.similarity(), half));
    }
    if (s.similarity() >= half && s.sharedNames() >= 3 && s.sharedFigures() >= 2) {
      return new Decision(Level.SAME_STORY, fmt("%d shared names, %d shared figures, similarity %.3f >= %.3f",
          s.sharedNames(), s.sharedFigures(), s.similarity(), half));
    }
    return new Decision(Level.NONE, fmt("similarity %.3f, %d shared names, %d shared quotes",
        s.similarity(), s.sharedNames(), s.sharedQuotes()));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
