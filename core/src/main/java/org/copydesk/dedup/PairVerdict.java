package org.copydesk.dedup;

import java.util.List;
import java.util.Objects;

/**
 * How two articles are related, with the evidence: the level, the rule and scores that decided it,
 * the shared passages and the likely direction.
 *
 * @param aId article A's id
 * @param bId article B's id
 * @param level the decided level
 * @param reason the rule that decided it, with its scores and thresholds
 * @param scores all the scores
 * @param passages the shared passages, offsets into A's and B's texts, in B's order
 * @param direction which is the likely origin and which contains the other
 */
public record PairVerdict(
    String aId,
    String bId,
    Level level,
    String reason,
    PairScores scores,
    List<SharedPassage> passages,
    Direction direction) {

  public PairVerdict {
    Objects.requireNonNull(aId, "aId");
    Objects.requireNonNull(bId, "bId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(scores, "scores");
    passages = List.copyOf(passages);
    Objects.requireNonNull(direction, "direction");
  }
}
