package org.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the quotation marks of an article and pairs them into raw quotations, in one linear pass.
 *
 * <p>Double marks (straight and curly) pair within a paragraph (a line, or the lines of a hard-wrapped
 * paragraph: {@link LineWraps}). A quotation left open at
 * a paragraph end continues when the next paragraph starts with an opening mark (the convention for
 * quotes running over paragraphs); otherwise it is capped at the paragraph end, so that one stray
 * mark cannot swallow the rest of the article. An opening mark met inside an open quotation right
 * after a full stop continues it too (BBC texts flatten multi-paragraph quotes into one line).
 * Single marks, curly or straight, pair within a short stretch of one line: a straight one opens
 * only after a non-letter and before a letter, and closes only after a letter and before a
 * non-letter, so that apostrophes ("it's", "the players' union", "drum 'n' bass") open nothing.
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
   * Where the next mark or line end lies, so that the scan jumps over the text between them with
   * {@link String#indexOf(int, int)} (a C2 intrinsic, and immediate for a curly mark in a Latin-1
   * string) instead of testing every character against every mark.
   *
   * <p>NOTE: each character's next offset is kept until the scan passes it, and the scan only moves
   * forward, so each kind of character is searched over the text once: linear on any input.
   */
  private static final class Marks {
    private final Next openCurly;
    private final Next straight;
    private final Next openSingle;
    private final Next apostrophe;
    private final Next closeCurly;
    private final Next newline;
    private final Next carriageReturn;
    final LineWraps wraps;

    Marks(String text) {
      wraps = LineWraps.of(text);
      openCurly = new Next(text, '“');
      straight = new Next(text, '"');
      openSingle = new Next(text, '‘');
      apostrophe = new Next(text, '\'');
      closeCurly = new Next(text, '”');
      newline = new Next(text, '\n');
      carriageReturn = new Next(text, '\r');
    }

    /** The first offset at or after {@code i} holding a mark that may open a quotation, or n. */
    int nextOpening(int i) {
      int next = Math.min(openCurly.from(i), Math.min(straight.from(i), openSingle.from(i)));
      return Math.min(next, apostrophe.from(i));
    }

    /** The first offset at or after {@code j} holding a double mark or a line end, or n. */
    int nextInside(int j) {
      int next = Math.min(openCurly.from(j), Math.min(straight.from(j), closeCurly.from(j)));
      return Math.min(next, Math.min(newline.from(j), carriageReturn.from(j)));
    }
  }

  /** The next offset of one character, found by {@link String#indexOf(int, int)} and kept. */
  private static final class Next {
    private final String text;
    private final char c;
    private int at = -1;

    Next(String text, char c) {
      this.text = text;
      this.c = c;
    }

    /** The first offset at or after {@code i} holding the character, or the text's length. */
    int from(int i) {
      if (at < i) {
        at = text.indexOf(c, i);
        if (at < 0) {
          at = text.length();
        }
      }
      return at;
    }
  }

  /** The quotations of the text, in order, none overlapping. */
  static List<Raw> scan(String text) {
    List<Raw> out = new ArrayList<>();
    int n = text.length();
    Marks marks = new Marks(text);
    int i = 0;
    while (i < n) {
      i = marks.nextOpening(i);
      if (i >= n) {
        break;
      }
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && opensStraight(text, i))) {
        i = scanDouble(text, i, out, marks);
      } else if ((c == '‘' || c == '\'') && opensSingle(text, i)) {
        i = scanSingle(text, i, c == '‘' ? '’' : '\'', out);
      } else {
        i++;
      }
    }
    return out;
  }

  /** Scans a double-quoted quotation opened at {@code open}; returns where scanning resumes. */
  private static int scanDouble(String text, int open, List<Raw> out, Marks marks) {
    int n = text.length();
    List<Integer> parts = new ArrayList<>();
    int contentStart = open + 1;
    int j = open + 1;
    while (j < n) {
      j = marks.nextInside(j);
      if (j >= n) {
        break;
      }
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
      if (marks.wraps.isWrap(j)) {
        j++; // a hard-wrapped line: the quotation goes on
        continue;
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
        if (close == '\'' && j - open <= 2) {
          return open + 1; // "rock 'n' roll"
        }
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
