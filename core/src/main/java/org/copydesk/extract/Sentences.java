package org.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Splits article text into sentences, in one linear pass.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} (with any closing quotation marks and
 * brackets after it) followed by white space and an upper-case letter, digit or opening mark, and
 * always at a line end that is not a {@link LineWraps wrap}: every paragraph and headline is its
 * own sentence. Abbreviations ("Mr.", "U.S.", "Jan."), initials ("J. Smith") and decimals ("1.28")
 * do not end a sentence.
 */
public final class Sentences {

  /** A sentence: {@code [start, end)} in the text, trimmed of surrounding white space. */
  public record Span(int start, int end) {
    /** The sentence's text. */
    public String of(String text) {
      return text.substring(start, end);
    }

    /** Whether the offset lies in this sentence. */
    public boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
          "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "jr", "sr", "co", "corp", "inc", "ltd",
          "plc", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx", "est", "fig", "dept", "univ",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
          "ft", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "bn", "mln", "pct");

  /** The abbreviations as a table that answers for a slice of the text, without a String. */
  private static final LowerCaseWords ABBREVIATION_WORDS = new LowerCaseWords(ABBREVIATIONS);

  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  private Sentences() {}

  /** The sentences of the text, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    LineWraps wraps = LineWraps.of(text);
    char[] cs = text.toCharArray(); // indexing an array is cheaper than String.charAt in the scan
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if ((c == '\n' || c == '\r') && !wraps.isWrap(i)) {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && isCloser(cs[end])) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  /** The text's sentences, split on the first {@code get()} and kept: for callers that may not need them. */
  static Supplier<List<Span>> lazily(String text) {
    return new Supplier<>() {
      private List<Span> sentences;

      @Override
      public List<Span> get() {
        if (sentences == null) {
          sentences = split(text);
        }
        return sentences;
      }
    };
  }

  /** The index of the sentence holding the offset, or -1. Binary search over the spans. */
  public static int indexOf(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean endsSentence(String text, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && isCloser(text.charAt(j))) {
      j++;
    }
    if (j < n && !Character.isWhitespace(text.charAt(j))) {
      return false; // "1.28", "U.S.A", "example.com"
    }
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
      return true;
    }
    char next = text.charAt(j);
    boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'([".indexOf(next) >= 0;
    if (!opener) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    // The word before the full stop: an abbreviation or an initial does not end the sentence.
    int w = i;
    int limit = Math.max(0, i - 12); // bounded, so that "a.a.a.a..." stays linear
    while (w > limit && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    if (isAscii(text, w, i)) { // the common case, without a String
      if (i - w == 1 && Character.isUpperCase(text.charAt(w))) {
        return false; // an initial: "J. Smith"
      }
      return i - w > LONGEST_ABBREVIATION || ABBREVIATION_WORDS.lookup(text, w, i) == null;
    }
    String word = text.substring(w, i).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    return !ABBREVIATIONS.contains(word);
  }

  private static boolean isAscii(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
