package org.copydesk.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between two versions of a quotation: runs of words kept, removed (in
 * the reference only) or added (in the variant only), from a longest-common-subsequence alignment.
 *
 * @param op what happened to the words
 * @param words the words, joined with spaces
 */
public record WordDiff(Op op, String words) {

  /** What happened to a run of words. */
  public enum Op {
    SAME,
    REMOVED,
    ADDED;

    /** The lower-case name used in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The longest quotation compared word by word; longer ones are cut (the diff is quadratic). */
  static final int MAX_WORDS = 400;

  /** The differences turning {@code reference} into {@code variant}, as runs. */
  static List<WordDiff> between(List<String> reference, List<String> variant) {
    List<String> a = reference.subList(0, Math.min(reference.size(), MAX_WORDS));
    List<String> b = variant.subList(0, Math.min(variant.size(), MAX_WORDS));
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<WordDiff> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        add(out, Op.SAME, a.get(i));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(out, Op.ADDED, b.get(j));
        j++;
      } else {
        add(out, Op.REMOVED, a.get(i));
        i++;
      }
    }
    return out;
  }

  private static void add(List<WordDiff> out, Op op, String word) {
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      WordDiff last = out.remove(out.size() - 1);
      out.add(new WordDiff(op, last.words() + " " + word));
    } else {
      out.add(new WordDiff(op, word));
    }
  }

  /** Whether the variant differs from the reference at all. */
  static boolean changed(List<WordDiff> diff) {
    return diff.stream().anyMatch(d -> d.op() != Op.SAME);
  }
}
