package org.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the quotation marks of an article and pairs them into raw quotations, in one linear pass.
 *
 * <p>Double marks (straight and curly) pair within a paragraph (a line). A quotation left open at
 * a paragraph end continues when the next paragraph starts with an opening mark (the convention for
 * quotes running over paragraphs); otherwise it is capped at the paragraph end, so that one stray
 * mark cannot swallow the rest of the article. An opening mark met inside an open quotation right
 * after a full stop continues it too (BBC texts flatten multi-paragraph quotes into one line).
 * Curly single marks pair within a short stretch of one line; straight single marks only in the
 * headline, because in body text they are mostly apostrophes ("drum 'n' bass").
 *
 * <p>NOTE: every loop either advances the cursor or is bounded by a constant, so hostile input
 * (1 MB of marks) stays linear.
 */
final class QuoteScanner {

  /** Longest stretch searched for the closing mark of a single-quoted title or phrase. */
  private static final int MAX_SINGLE = 120;

  /**
   * A quotation as found: {@code [start, end)} covers the marks; {@code parts} holds pairs of
   * content offsets (start, end) of each quoted piece, trimmed.
   */
  record Raw(int start, int end, int[] parts, boolean closed, boolean single) {

    /** The quoted pieces joined with one space. */
    String text(String text) {
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < parts.length; p += 2) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(text, parts[p], parts[p + 1]);
      }
      return sb.toString();
    }

    /** This quotation joined with a later one: the attribution between them splits one quote. */
    Raw join(Raw later) {
      int[] both = Arrays.copyOf(parts, parts.length + later.parts.length);
      System.arraycopy(later.parts, 0, both, parts.length, later.parts.length);
      return new Raw(start, later.end, both, later.closed, single);
    }
  }

  private QuoteScanner() {}

  /**
   * The quotations of the text, in order, none overlapping.
   *
   * @param headlineEnd end of the headline line, or 0 when the text has no headline
   */
  static List<Raw> scan(String text, int headlineEnd) {
    List<Raw> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && opensStraight(text, i))) {
        i = scanDouble(text, i, out);
      } else if ((c == '‘' || (c == '\'' && i < headlineEnd)) && opensSingle(text, i)) {
        i = scanSingle(text, i, c == '‘' ? '’' : '\'', out);
      } else {
        i++;
      }
    }
    return out;
  }

  /** Scans a double-quoted quotation opened at {@code open}; returns where scanning resumes. */
  private static int scanDouble(String text, int open, List<Raw> out) {
    int n = text.length();
    List<Integer> parts = new ArrayList<>();
    int contentStart = open + 1;
    int j = open + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (c == '”' || (c == '"' && !opensStraight(text, j))) {
        addPart(text, contentStart, j, parts);
        emit(open, j + 1, parts, true, out);
        return j + 1;
      }
      if (c == '“' || c == '"') {
        // An opening mark inside an open quotation: a continued quote after a full stop, or else
        // the earlier quotation was never closed and ends here.
        if (afterSentenceEnd(text, j)) {
          addPart(text, contentStart, j, parts);
          contentStart = j + 1;
          j++;
          continue;
        }
        addPart(text, contentStart, j, parts);
        emit(open, trimEnd(text, open, j), parts, false, out);
        return j;
      }
      if (c == '\n' || c == '\r') {
        addPart(text, contentStart, j, parts);
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n && (text.charAt(k) == '“' || text.charAt(k) == '"')) {
          contentStart = k + 1; // the quotation runs on into the next paragraph
          j = k + 1;
          continue;
        }
        emit(open, trimEnd(text, open, j), parts, false, out);
        return j;
      }
      j++;
    }
    addPart(text, contentStart, n, parts);
    emit(open, trimEnd(text, open, n), parts, false, out);
    return n;
  }

  /** Scans a short single-quoted title; without a close mark nearby it is no quotation. */
  private static int scanSingle(String text, int open, char close, List<Raw> out) {
    int limit = Math.min(text.length(), open + MAX_SINGLE);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || c == '“' || c == '"') {
        break;
      }
      if (c == close && !isWordChar(text, j + 1) && !Character.isWhitespace(text.charAt(j - 1))) {
        List<Integer> parts = new ArrayList<>();
        addPart(text, open + 1, j, parts);
        emit(open, j + 1, parts, true, out, true);
        return j + 1;
      }
    }
    return open + 1;
  }

  private static void emit(int start, int end, List<Integer> parts, boolean closed, List<Raw> out) {
    emit(start, end, parts, closed, out, false);
  }

  private static void emit(
      int start, int end, List<Integer> parts, boolean closed, List<Raw> out, boolean single) {
    if (parts.isEmpty()) {
      return; // only marks and punctuation: nothing was quoted
    }
    int[] p = new int[parts.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = parts.get(k);
    }
    out.add(new Raw(start, Math.max(end, start + 1), p, closed, single));
  }

  /** Adds the trimmed piece when it holds at least one letter or digit. */
  private static void addPart(String text, int from, int to, List<Integer> parts) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        parts.add(from);
        parts.add(to);
        return;
      }
    }
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** A straight double mark opens when it starts a word: no word character or comma before it. */
  private static boolean opensStraight(String text, int i) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char prev = text.charAt(i - 1);
    return !Character.isLetterOrDigit(prev) && ".,;:!?…’'%)".indexOf(prev) < 0;
  }

  private static boolean opensSingle(String text, int i) {
    return isWordChar(text, i + 1) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** Whether the mark at {@code j} follows white space after sentence-final punctuation. */
  private static boolean afterSentenceEnd(String text, int j) {
    if (j == 0 || !Character.isWhitespace(text.charAt(j - 1))) {
      return false;
    }
    int k = j - 1;
    int limit = Math.max(0, j - 8); // bounded look-back
    while (k > limit && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    char p = text.charAt(k);
    return p == '.' || p == '?' || p == '!' || p == '…';
  }

  private static boolean isWordChar(String text, int i) {
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }
}
