package org.copydesk.dedup;

/**
 * Exact Jaccard and containment of two shingle sets, by one merge of sorted {@code long[]}s.
 *
 * <p>Sets are as {@link Shingles#set} returns them: distinct, ascending. Linear in the sum of sizes.
 * NOTE: two empty sets have Jaccard 0 (nothing shared is no evidence of a copy), and containment of an
 * empty set is 0.
 */
public final class SetSimilarity {

  private SetSimilarity() {}

  /** How many values the two sorted sets share. */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** |a ∩ b| / |a ∪ b|, in [0, 1]. */
  public static double jaccard(long[] a, long[] b) {
    int shared = intersection(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** |a ∩ b| / |a|: how much of {@code a} is contained in {@code b}, in [0, 1]. */
  public static double containment(long[] a, long[] b) {
    return a.length == 0 ? 0 : (double) intersection(a, b) / a.length;
  }
}
