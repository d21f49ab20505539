package org.copydesk.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text cut into words, numbers and single punctuation marks, in one linear pass.
 *
 * <p>A word is a run of letters; a number is a run of digits with thousands separators
 * ({@code 15,000}: a comma followed by exactly three digits) and at most one decimal point followed by
 * a digit ({@code 1.28}); anything else that is not white space is a one-character mark. Each scanned
 * character is looked at a bounded number of times, so hostile input ("1,1,1,...", 1 MB of digits)
 * stays linear.
 */
final class NumberTokens {

  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte MARK = 2;

  /** Numbers longer than this (phone numbers, identifiers, hostile input) carry no figure. */
  static final int MAX_DIGITS = 15;

  /** One-character marks of Latin-1 and of the punctuation and currency blocks, shared. */
  private static final String[] MARKS = new String[0x20d0];

  static {
    for (char c = 0; c < MARKS.length; c++) {
      if (c < 0x100 || c >= 0x2000) {
        MARKS[c] = String.valueOf(c);
      }
    }
  }

  final String text;
  int size;
  byte[] type;
  int[] start;
  int[] end;
  /** Lower-case form of words and marks; for numbers the digits without separators, or null if too long. */
  String[] lower;

  NumberTokens(String text) {
    this.text = text;
    int n = text.length();
    int capacity = Math.max(64, n / 4); // news runs at about one token per five characters
    type = new byte[capacity];
    start = new int[capacity];
    end = new int[capacity];
    lower = new String[capacity];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int s = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        String known = NumberWords.WORDS.lookup(text, s, i);
        add(WORD, s, i, known != null ? known : text.substring(s, i).toLowerCase(Locale.ROOT));
      } else if (c >= '0' && c <= '9') {
        i = scanNumber(i);
      } else {
        int s = i;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        add(MARK, s, i, i == s + 1 && c < MARKS.length && MARKS[c] != null ? MARKS[c] : text.substring(s, i));
      }
    }
  }

  private int scanNumber(int s) {
    String t = text;
    int n = t.length();
    int i = s;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
    }
    // Thousands groups: ",ddd" not followed by another digit.
    while (i + 3 < n && t.charAt(i) == ',' && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3)) && (i + 4 >= n || !isDigit(t.charAt(i + 4)))) {
      i += 4;
    }
    if (i + 1 < n && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
      }
    }
    int digits = 0;
    StringBuilder b = new StringBuilder(Math.min(i - s, MAX_DIGITS + 2));
    for (int k = s; k < i && digits <= MAX_DIGITS; k++) {
      char c = t.charAt(k);
      if (c != ',') {
        b.append(c);
        if (c != '.') {
          digits++;
        }
      }
    }
    add(NUM, s, i, digits > MAX_DIGITS ? null : b.toString());
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(byte kind, int s, int e, String low) {
    if (size == type.length) {
      int cap = size * 2;
      type = Arrays.copyOf(type, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      lower = Arrays.copyOf(lower, cap);
    }
    type[size] = kind;
    start[size] = s;
    end[size] = e;
    lower[size] = low;
    size++;
  }

  /** Whether token i is the word w (lower case). Out-of-range indices are never anything. */
  boolean is(int i, String w) {
    return i >= 0 && i < size && type[i] != NUM && w.equals(lower[i]);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isNum(int i) {
    return i >= 0 && i < size && type[i] == NUM;
  }

  boolean isMark(int i) {
    return i >= 0 && i < size && type[i] == MARK;
  }

  /** Whether tokens i and i + 1 touch (no white space between them). */
  boolean touches(int i) {
    return i >= 0 && i + 1 < size && end[i] == start[i + 1];
  }

  /** Whether word i starts with an upper-case letter. */
  boolean capitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  /** Word i as written. */
  String raw(int i) {
    return text.substring(start[i], end[i]);
  }
}
