package org.copydesk.dedup;

import java.time.Instant;

/**
 * Which of two related articles is the likely origin, and which contains more of the other.
 *
 * @param origin the side published first, or {@link Side#UNKNOWN} when a date is missing or both are equal
 * @param container the side that contains more of the other's shingles, or {@link Side#UNKNOWN}
 *     when the two containments differ by less than {@value #MARGIN}
 */
public record Direction(Side origin, Side container) {

  /** The least difference in containment that tells the container. */
  public static final double MARGIN = 0.05;

  /** One of the two articles of a pair. */
  public enum Side {
    A,
    B,
    UNKNOWN
  }

  /**
   * The direction of a pair from its dates and containments.
   *
   * <p>NOTE: the earlier article is only the likely origin: both may copy a third, unseen source
   * (typically a wire story).
   *
   * @param publishedA when A was published, or null
   * @param publishedB when B was published, or null
   * @param containmentAInB share of A's shingles found in B
   * @param containmentBInA share of B's shingles found in A
   */
  public static Direction of(
      Instant publishedA, Instant publishedB, double containmentAInB, double containmentBInA) {
    Side origin = Side.UNKNOWN;
    if (publishedA != null && publishedB != null) {
      int order = publishedA.compareTo(publishedB);
      origin = order < 0 ? Side.A : order > 0 ? Side.B : Side.UNKNOWN;
    }
    Side container = Side.UNKNOWN;
    if (containmentBInA - containmentAInB >= MARGIN) {
      container = Side.A;
    } else if (containmentAInB - containmentBInA >= MARGIN) {
      container = Side.B;
    }
    return new Direction(origin, container);
  }
}
