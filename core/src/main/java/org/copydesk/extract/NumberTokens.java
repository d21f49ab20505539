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
 * <p>NOTE: the lower-case form of a plain-ASCII word is made only when asked for ({@link #lower}),
 * from the figure vocabulary or the shared table {@link NumberWords#WORDS} if either has the word.
 * Until then {@link #is} and {@link FigureWords} compare the word in place, after its {@link #hash}.
 * Most words of an article are never looked at again, so most of them never become a String.
 */
final class NumberTokens {

  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte MARK = 2;

  /** Numbers longer than this (phone numbers, identifiers, hostile input) carry no figure. */
  static final int MAX_DIGITS = 15;

  /** Powers of ten, all exact in a double. */
  static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16};

  /**
   * The value of a number token's lower-case form (digits, perhaps one decimal point), the same double
   * as {@link Double#parseDouble} gives: with at most {@link #MAX_DIGITS} digits the integer of all
   * digits is exact in a double, and dividing it by an exact power of ten rounds once, correctly.
   */
  static double value(String digits) {
    long m = 0;
    int point = -1;
    for (int k = 0; k < digits.length(); k++) {
      char c = digits.charAt(k);
      if (c == '.') {
        point = k;
      } else {
        m = m * 10 + (c - '0');
      }
    }
    return point < 0 ? m : m / POWERS_OF_TEN[digits.length() - 1 - point];
  }

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
  /** The text's chars: reading an array is cheaper than {@link String#charAt} in the tight loops. */
  private final char[] chars;
  int size;
  byte[] type;
  int[] start;
  int[] end;
  /** {@link String#hashCode} of the lower-case form of each word and mark; 0 for numbers. */
  private int[] hash;
  /**
   * The {@link FigureWords} id of each word and mark once asked for: {@link #NO_ID} when no figure table
   * holds it (and for numbers), {@link #UNKNOWN_ID} until then.
   */
  private int[] id;

  private static final int NO_ID = -1;
  private static final int UNKNOWN_ID = -2;
  /**
   * Lower-case form of words and marks; for numbers the digits without separators, or null if too long.
   * Null for a plain-ASCII word until {@link #lower} makes it.
   */
  private String[] lower;

  NumberTokens(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    char[] cs = chars;
    int n = cs.length;
    int capacity = Math.max(64, n / 4); // news runs at about one token per five characters
    type = new byte[capacity];
    start = new int[capacity];
    end = new int[capacity];
    hash = new int[capacity];
    id = new int[capacity];
    lower = new String[capacity];
    int i = 0;
    while (i < n) {
      char c = cs[i];
      byte kind = charClass(c);
      if (kind == SPACE) {
        i++;
      } else if (kind == LETTER) {
        i = scanWord(i);
      } else if (kind == DIGIT) {
        i = scanNumber(i);
      } else {
        int s = i;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1]) ? 2 : 1;
        String mark = i == s + 1 && c < MARKS.length && MARKS[c] != null ? MARKS[c] : text.substring(s, i);
        add(MARK, s, i, mark, mark.hashCode());
      }
    }
  }

  /** {@link #charClass} values. */
  private static final byte SPACE = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte OTHER = 3;

  /** {@link #charClass} of each ASCII char, from the same Character methods, looked up once. */
  private static final byte[] ASCII_CLASS = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_CLASS[c] = classify(c);
    }
  }

  /** Space (white space or a space char), letter, digit (ASCII only) or other: how the tokeniser reads c. */
  private static byte charClass(char c) {
    return c < 0x80 ? ASCII_CLASS[c] : classify(c);
  }

  private static byte classify(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    return Character.isLetter(c) ? LETTER : isDigit(c) ? DIGIT : OTHER;
  }

  private int scanWord(int s) {
    char[] cs = chars;
    int n = cs.length;
    int i = s;
    boolean ascii = true;
    int h = 0;
    while (i < n) {
      char c = cs[i];
      if (c < 0x80) {
        if (ASCII_CLASS[c] != LETTER) {
          break;
        }
        h = 31 * h + (c | 0x20); // String.hashCode of the lower-case form, as we go: | 0x20 lower-cases A..Z
      } else if (Character.isLetter(c)) {
        ascii = false;
      } else {
        break;
      }
      i++;
    }
    if (ascii) {
      add(WORD, s, i, null, h);
    } else { // Unicode case mapping may change letters or the length: make the String now
      String low = text.substring(s, i).toLowerCase(Locale.ROOT);
      add(WORD, s, i, low, low.hashCode());
    }
    return i;
  }

  private int scanNumber(int s) {
    char[] cs = chars;
    int n = cs.length;
    int i = s;
    while (i < n && isDigit(cs[i])) {
      i++;
    }
    // Thousands groups: ",ddd" not followed by another digit.
    int groups = 0;
    while (i + 3 < n && cs[i] == ',' && isDigit(cs[i + 1]) && isDigit(cs[i + 2])
        && isDigit(cs[i + 3]) && (i + 4 >= n || !isDigit(cs[i + 4]))) {
      i += 4;
      groups++;
    }
    int point = -1;
    if (i + 1 < n && cs[i] == '.' && isDigit(cs[i + 1])) {
      point = i;
      i++;
      while (i < n && isDigit(cs[i])) {
        i++;
      }
    }
    int digits = i - s - groups - (point >= 0 ? 1 : 0);
    add(NUM, s, i, digits > MAX_DIGITS ? null : groups == 0 ? text.substring(s, i) : withoutSeparators(s, i), 0);
    return i;
  }

  /** The chars of text[s, e) without its commas. */
  private String withoutSeparators(int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      char c = chars[k];
      if (c != ',') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(byte kind, int s, int e, String low, int h) {
    if (size == type.length) {
      int cap = size * 2;
      type = Arrays.copyOf(type, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      hash = Arrays.copyOf(hash, cap);
      id = Arrays.copyOf(id, cap);
      lower = Arrays.copyOf(lower, cap);
    }
    type[size] = kind;
    start[size] = s;
    end[size] = e;
    hash[size] = h;
    id[size] = kind == NUM ? NO_ID : UNKNOWN_ID;
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
      low = id[i] >= 0 ? FigureWords.word(id[i]) : NumberWords.WORDS.lookup(text, start[i], end[i]);
      if (low == null) {
        low = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
      }
      lower[i] = low;
    }
    return low;
  }

  /** Whether token i is the word w (lower case). Out-of-range indices are never anything. */
  boolean is(int i, String w) {
    if (i < 0 || i >= size || type[i] == NUM || hash[i] != w.hashCode()) {
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
      char c = chars[s + k];
      if (w.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
        return false;
      }
    }
    return true;
  }

  /** The {@link FigureWords} id of token i, or -1 for a number, an out-of-range index or a word no table holds. */
  int id(int i) {
    if (i < 0 || i >= size) {
      return NO_ID;
    }
    if (id[i] == UNKNOWN_ID) {
      id[i] = lower[i] != null ? FigureWords.id(lower[i]) : FigureWords.id(chars, start[i], end[i], hash[i]);
    }
    return id[i];
  }

  /** The {@link #hash} of token i, or 0 for an out-of-range index. */
  int hash(int i) {
    return i >= 0 && i < size ? hash[i] : 0;
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
    return isWord(i) && Character.isUpperCase(chars[start[i]]);
  }

  /** Word i as written. */
  String raw(int i) {
    return text.substring(start[i], end[i]);
  }
}
