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
 *
 * <p>NOTE: the lower-case form of a word is made only when asked for ({@link #lower}). A word of the
 * shared table {@link NumberWords#WORDS} gets the table's String at once; another word of plain ASCII
 * gets none until a caller needs it, and {@link #is} compares it in place. Most words of an article
 * are never looked at again, so most of them never become a String.
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
  /**
   * Lower-case form of words and marks; for numbers the digits without separators, or null if too long.
   * Null for a plain-ASCII word outside {@link NumberWords#WORDS} until {@link #lower} makes it.
   */
  private String[] lower;

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
      if (c < 0x80 ? asciiSpace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (c < 0x80 ? asciiLetter(c) : Character.isLetter(c)) {
        i = scanWord(i);
      } else if (c >= '0' && c <= '9') {
        i = scanNumber(i);
      } else {
        int s = i;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        add(MARK, s, i, i == s + 1 && c < MARKS.length && MARKS[c] != null ? MARKS[c] : text.substring(s, i));
      }
    }
  }

  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar} for a char below 0x80. */
  private static boolean asciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  }

  /** {@link Character#isLetter} for a char below 0x80. */
  private static boolean asciiLetter(char c) {
    char folded = (char) (c | 0x20); // 'A'..'Z' onto 'a'..'z'; no other ASCII char lands there
    return folded >= 'a' && folded <= 'z';
  }

  private int scanWord(int s) {
    String t = text;
    int n = t.length();
    int i = s;
    boolean ascii = true;
    while (i < n) {
      char c = t.charAt(i);
      if (c < 0x80 ? !asciiLetter(c) : !Character.isLetter(c)) {
        break;
      }
      ascii &= c < 0x80;
      i++;
    }
    // An ASCII word outside the table is left without a String: it can equal no table word, and
    // Unicode case mapping (which may change a word's letters or length) only matters for the others.
    add(WORD, s, i, ascii ? NumberWords.WORDS.lookup(t, s, i) : t.substring(s, i).toLowerCase(Locale.ROOT));
    return i;
  }

  private int scanNumber(int s) {
    String t = text;
    int n = t.length();
    int i = s;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
    }
    // Thousands groups: ",ddd" not followed by another digit.
    int groups = 0;
    while (i + 3 < n && t.charAt(i) == ',' && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3)) && (i + 4 >= n || !isDigit(t.charAt(i + 4)))) {
      i += 4;
      groups++;
    }
    int point = -1;
    if (i + 1 < n && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
      point = i;
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
      }
    }
    int digits = i - s - groups - (point >= 0 ? 1 : 0);
    add(NUM, s, i, digits > MAX_DIGITS ? null : groups == 0 ? t.substring(s, i) : withoutSeparators(s, i));
    return i;
  }

  /** The chars of text[s, e) without its commas. */
  private String withoutSeparators(int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c != ',') {
        b.append(c);
      }
    }
    return b.toString();
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

  /**
   * Lower-case form of token i (made now if it was not yet): for a number its digits without
   * separators, or null when it is too long.
   */
  String lower(int i) {
    String low = lower[i];
    if (low == null && type[i] == WORD) {
      low = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
      lower[i] = low;
    }
    return low;
  }

  /**
   * Lower-case form of word or mark i if it can be a word of {@link NumberWords#WORDS}, else null: null
   * means a plain-ASCII word outside the table, which no table look-up would find. Makes no String.
   */
  String tableForm(int i) {
    return lower[i];
  }

  /** Whether token i is the word w (lower case). Out-of-range indices are never anything. */
  boolean is(int i, String w) {
    if (i < 0 || i >= size || type[i] == NUM) {
      return false;
    }
    String low = lower[i];
    return low != null ? w.equals(low) : equalsLowerAscii(w, start[i], end[i]);
  }

  /** Whether the plain-ASCII slice text[s, e) lower-cased is w. */
  private boolean equalsLowerAscii(String w, int s, int e) {
    if (w.length() != e - s) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = text.charAt(s + k);
      if (w.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
        return false;
      }
    }
    return true;
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
