package org.copydesk.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and punctuation of an article, with offsets, for the source extractor: one linear pass.
 *
 * <p>A word is a run of letters and digits; an apostrophe, hyphen, full stop or ampersand inside a
 * word ("Korea’s", "dlr-asset", "U.S", "AT&T") keeps it whole. Every other non-space character is a
 * one-character punctuation token. A blank line is a {@link #BREAK} token, so that a noun phrase
 * never runs from a headline into the body; a single line end is plain space because wire copy is
 * hard-wrapped mid-sentence.
 */
final class SourceTokens {

  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte BREAK = 2;

  final String text;
  int size;
  int[] starts;
  int[] ends;
  byte[] kinds;
  private String[] lowers;
  private final LowerCaseWords known;

  /** Tokenises a text; {@code known} supplies shared lower-case forms of frequent words. */
  SourceTokens(String text, LowerCaseWords known) {
    this.text = text;
    this.known = known;
    int n = text.length();
    int capacity = Math.max(64, n / 4); // news runs at about one token per five characters
    starts = new int[capacity];
    ends = new int[capacity];
    kinds = new byte[capacity];
    lowers = new String[capacity];
    int i = 0;
    int newlines = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          newlines++;
          if (newlines == 2) {
            add(i, i, BREAK);
          }
        }
        i++;
        continue;
      }
      newlines = 0;
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (isJoiner(d) && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        add(i, j, WORD);
        i = j;
      } else {
        int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
        add(i, i + len, PUNCT);
        i += len;
      }
    }
  }

  private static boolean isJoiner(char d) {
    return d == '\'' || d == '’' || d == '-' || d == '.' || d == '&';
  }

  private void add(int s, int e, byte kind) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      kinds = Arrays.copyOf(kinds, cap);
      lowers = Arrays.copyOf(lowers, cap);
    }
    starts[size] = s;
    ends[size] = e;
    kinds[size] = kind;
    size++;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == WORD;
  }

  /** The token as written, or "" out of range. */
  String word(int i) {
    return i >= 0 && i < size ? text.substring(starts[i], ends[i]) : "";
  }

  /** The token in lower case with apostrophes straightened, or "" out of range. Cached. */
  String lower(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    String l = lowers[i];
    if (l == null) {
      l = known.lookup(text, starts[i], ends[i]);
      if (l == null) {
        l = word(i).toLowerCase(Locale.ROOT).replace('’', '\'');
      }
      lowers[i] = l;
    }
    return l;
  }

  /** Whether the token is one punctuation character equal to {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /** A word that starts with an upper-case letter. */
  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** A word of two or more letters, all upper case ("KCNA", "U.S"), digits allowed after a letter. */
  boolean isAllCaps(int i) {
    if (!isWord(i)) {
      return false;
    }
    int letters = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 && Character.isLetter(text.charAt(starts[i]));
  }

  /** Whether the token opens a sentence: first token, or after a full stop, line break or quotation. */
  boolean opensSentence(int i) {
    if (i <= 0) {
      return true;
    }
    int p = i - 1;
    if (kinds[p] == BREAK) {
      return true;
    }
    if (kinds[p] != PUNCT) {
      // a single line end before a capital after a headline: treat as opening too
      return false;
    }
    char c = text.charAt(starts[p]);
    return c == '.' || c == '!' || c == '?' || c == '“' || c == '"' || c == '”' || c == '-' || c == ':';
  }
}
