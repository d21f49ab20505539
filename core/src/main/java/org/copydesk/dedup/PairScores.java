package org.copydesk.dedup;

/**
 * The scores that decide how two articles are related (see {@link PairLevels#decide}).
 *
 * @param jaccard exact Jaccard of the two word-shingle sets, in [0, 1]
 * @param containmentAInB share of A's prose shingles (those starting outside quotation marks) found
 *     among B's shingles, in [0, 1]; 0 when A has fewer of them than a shared passage has words
 * @param containmentBInA share of B's prose shingles found among A's shingles, in [0, 1]
 * @param longestProseWords prose words (outside quotation marks in both) of the passage with most of them
 * @param totalProseWords prose words of all shared passages
 * @param sharedQuotes how many shared passages are quotations in both texts
 * @param similarity cosine of the two texts' content-word vectors (stop words left out), in [0, 1]
 * @param sharedNames how many capitalised names (not at a sentence start) both texts use
 * @param sharedFigures how many numbers both texts use
 * @param daysApart days between the publication instants, or null when either is unknown
 */
public record PairScores(
    double jaccard,
    double containmentAInB,
    double containmentBInA,
    int longestProseWords,
    int totalProseWords,
    int sharedQuotes,
    double similarity,
    int sharedNames,
    int sharedFigures,
    Double daysApart) {

  /** The larger containment of either article in the other. */
  public double containment() {
    return Math.max(containmentAInB, containmentBInA);
  }
}
