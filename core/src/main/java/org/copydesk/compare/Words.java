package org.copydesk.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalised words for comparing quotations: lower case, letters and digits, apostrophes unified. */
final class Words {

  private Words() {}

  /** The words of the text in order. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '’') && word.length() > 0) {
        word.append('\'');
      } else if (word.length() > 0) {
        words.add(trimApostrophe(word));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(trimApostrophe(word));
    }
    return words;
  }

  private static String trimApostrophe(StringBuilder word) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '\'') {
      end--;
    }
    return word.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** Jaccard similarity of the two word sets. */
  static double jaccard(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    if (sa.isEmpty() && sb.isEmpty()) {
      return 1;
    }
    int inter = 0;
    for (String w : sa) {
      if (sb.contains(w)) {
        inter++;
      }
    }
    return inter / (double) (sa.size() + sb.size() - inter);
  }

  /** The share of the smaller word set found in the larger. */
  static double containment(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    Set<String> small = sa.size() <= sb.size() ? sa : sb;
    Set<String> large = small == sa ? sb : sa;
    if (small.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String w : small) {
      if (large.contains(w)) {
        inter++;
      }
    }
    return inter / (double) small.size();
  }
}
