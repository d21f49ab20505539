package org.copydesk.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and punctuation of an article, with offsets, for the speaker rules: one linear pass.
 *
 * <p>A word is a run of letters and digits; an apostrophe, hyphen, full stop or ampersand between
 * two of them keeps it whole ("Korea’s", "Frankfurt-based", "U.S", "AT&T"). Every other non-space
 * character is a one-character punctuation token. A word's lower-case form and its
 * {@link WordClasses classes} are read without the possessive ending ("Korea’s" reads as "korea").
 *
 * <p>NOTE: not thread-safe (the lower-case forms and classes are looked up as the rules ask); one instance serves one
 * text.
 */
final class QuoteTokens {

  /** Token shape bits. */
  private static final byte WORD = 1;
  private static final byte CAPITALISED = 2;
  private static final byte POSSESSIVE = 4;
  private static final byte NON_ASCII = 8;

  /** Set in {@link #classes} once a word's classes are looked up (they use the lower 31 bits). */
  private static final int LOOKED_UP = 1 << 31;

  /** ASCII letters and digits: the common case of {@link Character#isLetterOrDigit}, by table. */
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  final String text;
  final int count;
  /** Offset of each token's first character. */
  final int[] starts;
  /** Offset just after each token. */
  final int[] ends;
  private final byte[] shapes;
  private final int[] hashes;
  /** Per token: its classes or'ed with {@link #LOOKED_UP}, or 0 before they are looked up. */
  private final int[] classes;
  private final String[] lowers;
  private final WordClasses words;
  private final LowerCaseWords known;

  /**
   * Tokenises the text; {@code words} gives the classes of its words, {@code known} shared
   * lower-case forms of frequent words.
   */
  QuoteTokens(String text, WordClasses words, LowerCaseWords known) {
    this.text = text;
    this.words = words;
    this.known = known;
    int n = text.length();
    int capacity = n / 4 + 16; // news runs at about one token per five characters
    int[] s = new int[capacity];
    int[] e = new int[capacity];
    byte[] shape = new byte[capacity];
    int[] hash = new int[capacity];
    char[] cs = text.toCharArray(); // indexing an array is cheaper than String.charAt in the scan
    int c = 0;
    int i = 0;
    while (i < n) {
      char ch = cs[i];
      int j;
      byte kind = 0;
      int wordHash = 0;
      if (isLetterOrDigit(ch)) {
        // read the word once: its end, and the hash of its lower-case form for the class look-up
        int h = 0;
        int chars = 0; // all its characters or'ed: below 0x80 when it is plain ASCII
        j = i;
        char d = ch;
        while (true) {
          h = WordClasses.hashStep(h, d);
          chars |= d;
          if (++j == n) {
            break;
          }
          d = cs[j];
          if (!isLetterOrDigit(d) && !(isJoiner(d) && j + 1 < n && isLetterOrDigit(cs[j + 1]))) {
            break; // a letter or digit goes on; a joiner ("Korea’s", "U.S") only before one
          }
        }
        kind = shapeOf(cs, i, j);
        if (chars >= 0x80) {
          kind |= NON_ASCII;
        }
        if ((kind & POSSESSIVE) != 0) {
          h = WordClasses.lowerHash(text, i, j - 2); // the word without its "'s"
        }
        wordHash = h;
      } else if (ch == ' ' || Character.isWhitespace(ch)) {
        i++;
        continue;
      } else {
        j = i + 1;
      }
      if (c == s.length) {
        s = Arrays.copyOf(s, c * 2);
        e = Arrays.copyOf(e, c * 2);
        shape = Arrays.copyOf(shape, c * 2);
        hash = Arrays.copyOf(hash, c * 2);
      }
      s[c] = i;
      e[c] = j;
      shape[c] = kind;
      hash[c] = wordHash;
      c++;
      i = j;
    }
    this.starts = s;
    this.ends = e;
    this.shapes = shape;
    this.classes = new int[c];
    this.hashes = hash;
    this.count = c;
    this.lowers = new String[c];
  }

  private static byte shapeOf(char[] cs, int start, int end) {
    byte kind = WORD;
    char first = cs[start];
    if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
      kind |= CAPITALISED;
    }
    if (end - start > 2
        && (cs[end - 1] == 's' || cs[end - 1] == 'S')
        && (cs[end - 2] == '\'' || cs[end - 2] == '’')) {
      kind |= POSSESSIVE;
    }
    return kind;
  }

  /** {@link Character#isLetterOrDigit(char)}, by table for ASCII. */
  static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '.' || c == '&';
  }

  /** The first token starting at or after the offset (binary search). */
  int at(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether token {@code t} exists and is a word (starts with a letter or digit). */
  boolean isWord(int t) {
    return t >= 0 && t < count && (shapes[t] & WORD) != 0;
  }

  /** A word that starts with an upper-case letter. */
  boolean isCapitalised(int t) {
    return t >= 0 && t < count && (shapes[t] & CAPITALISED) != 0;
  }

  /** A word that ends in "'s" or "’s" (and is longer than that ending). */
  boolean isPossessive(int t) {
    return t >= 0 && t < count && (shapes[t] & POSSESSIVE) != 0;
  }

  /** The end of the token without its possessive ending. */
  int wordEnd(int t) {
    return (shapes[t] & POSSESSIVE) != 0 ? ends[t] - 2 : ends[t];
  }

  /** The token as written without its possessive ending ("Korea’s" -> "Korea"). */
  String word(int t) {
    return text.substring(starts[t], wordEnd(t));
  }

  /**
   * A hash of word {@code t} without its possessive ending: equal for {@link #sameWord same words}
   * (it is the hash of the ASCII-lowered characters, so words that differ only in case share it).
   */
  int wordHash(int t) {
    return hashes[t];
  }

  /** Whether tokens {@code a} and {@code b} are the same word as written (possessives stripped). */
  boolean sameWord(int a, int b) {
    int length = wordEnd(a) - starts[a];
    return length == wordEnd(b) - starts[b] && text.regionMatches(starts[a], text, starts[b], length);
  }

  /** {@link #word} in lower case ({@link Locale#ROOT}); a shared String for the table's words. */
  String lower(int t) {
    String l = lowers[t];
    if (l == null) {
      l = known.lookup(text, starts[t], wordEnd(t));
      if (l == null) {
        l = word(t).toLowerCase(Locale.ROOT);
      }
      lowers[t] = l;
    }
    return l;
  }

  /**
   * Whether token {@code t} is a word that reads {@code lowerWord} in lower case ({@link #lower}),
   * compared in place: no String is made for the token.
   */
  boolean is(int t, String lowerWord) {
    if (!isWord(t)) {
      return false;
    }
    if (lowers[t] != null || (shapes[t] & NON_ASCII) != 0) {
      return lower(t).equals(lowerWord); // Unicode case mapping may change the length
    }
    int start = starts[t];
    if (wordEnd(t) - start != lowerWord.length()) {
      return false;
    }
    for (int k = 0; k < lowerWord.length(); k++) {
      if (WordClasses.lowerAscii(text.charAt(start + k)) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code t} is a word in one of the classes given as bits. */
  boolean isIn(int t, int classBits) {
    if (t < 0 || t >= count) {
      return false;
    }
    int c = classes[t];
    if (c == 0) { // not looked up yet: most words never are, so the pass does not
      c = LOOKED_UP | wordClasses(t);
      classes[t] = c;
    }
    return (c & classBits) != 0;
  }

  private int wordClasses(int t) {
    if ((shapes[t] & WORD) == 0) {
      return 0;
    }
    return (shapes[t] & NON_ASCII) != 0
        ? words.of(text, starts[t], wordEnd(t))
        : words.ofAscii(hashes[t], text, starts[t], wordEnd(t));
  }
}
