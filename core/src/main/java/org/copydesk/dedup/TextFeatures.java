package org.copydesk.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Whole-text features for same-story evidence: content-word weights, names and numbers. */
final class TextFeatures {

  /** Function words and reporting verbs: shared by any two English news stories. */
  static final Set<String> STOP_WORDS = Set.of(
      "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
      "could", "did", "do", "does", "during", "each", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
      "its", "just", "last", "many", "may", "me", "more", "most", "mr", "mrs", "ms", "much", "must",
      "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
      "our", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some",
      "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
      "those", "through", "to", "told", "too", "two", "under", "until", "up", "us", "very", "was",
      "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
      "would", "year", "years", "you", "your");

  final Map<String, Double> weights;
  final double norm;
  final Set<String> names;
  final Set<String> figures;

  private TextFeatures(Map<String, Double> weights, Set<String> names, Set<String> figures) {
    this.weights = weights;
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
    this.names = names;
    this.figures = figures;
  }

  static TextFeatures of(WordTokens words) {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> names = new HashSet<>();
    Set<String> figures = new HashSet<>();
    String text = words.text();
    for (int i = 0; i < words.size(); i++) {
      String w = words.word(i);
      if (hasDigit(w)) {
        figures.add(w);
      }
      if (STOP_WORDS.contains(w) || w.length() < 2) {
        continue;
      }
      counts.merge(w, 1, Integer::sum);
      if (Character.isUpperCase(text.charAt(words.start(i))) && !sentenceInitial(text, words.start(i))) {
        names.add(w);
      }
    }
    Map<String, Double> weights = new HashMap<>(counts.size() * 2);
    // Sublinear term frequency: a word repeated ten times is not ten times the evidence.
    counts.forEach((w, n) -> weights.put(w, 1 + Math.log(n)));
    return new TextFeatures(weights, names, figures);
  }

  /** Cosine of the two content-word vectors, in [0, 1]. */
  double cosine(TextFeatures other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1, dot / (norm * other.norm));
  }

  static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String s : small) {
      if (large.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code start} opens a sentence, line or quotation: bounded look-back. */
  private static boolean sentenceInitial(String text, int start) {
    for (int i = start - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c'
          || c == '\u2018' || c == '-' || c == '\u2022') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '(' && c != '[') {
        return false;
      }
    }
    return start == 0 || start < 8 && text.substring(0, start).isBlank();
  }
}
