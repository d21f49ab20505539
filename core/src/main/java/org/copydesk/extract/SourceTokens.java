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
 *
 * <p>NOTE: what the extractor asks of a token (capitalised? all capitals? its lower-case form, and
 * which of the extractor's tables hold it?) is worked out the first time it is asked and kept: the
 * pass itself notes only whether a word starts with a capital, which it knows from the first
 * character anyway, since most of an article is never near a cue.
 */
final class SourceTokens {

  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte BREAK = 2;

  // A token's byte in #info: the kind in the two low bits, then what is known about it.
  private static final int KIND = 3;
  private static final int CAPITALISED = 4;
  /** The first character is a letter and not lower case: the word may be {@link #ALL_CAPS}. */
  private static final int CAPS_START = 8;
  /** {@link #ALL_CAPS} has been worked out. */
  private static final int CAPS_KNOWN = 16;
  private static final int ALL_CAPS = 32;
  /** {@link #ASCII} has been worked out. */
  private static final int ASCII_KNOWN = 64;
  /** A token of ASCII characters only. */
  private static final int ASCII = 128;

  // Character classes: the Character predicates that the tokeniser asks about.
  private static final byte SPACE = 1;
  private static final byte LETTER_OR_DIGIT = 2;
  private static final byte MARK = 4;
  private static final byte UPPER = 8;
  private static final byte JOINER = 16;
  private static final byte LETTER_NOT_LOWER = 32;

  /** {@link #classOf(char)} of the Latin-1 characters, the whole of most texts. */
  private static final byte[] LATIN1_CLASSES = new byte[0x100];

  static {
    for (char c = 0; c < 0x100; c++) {
      LATIN1_CLASSES[c] = classOfUncached(c);
    }
  }

  final String text;
  int size;
  int[] starts;
  int[] ends;
  /** Per token: the kind and the flags above. */
  private byte[] info;
  /**
   * Per token, made on the first look-up: 0 before the token is looked up in {@link #known}, 1 when
   * its lower case is not in the table, else the table slot plus 2.
   */
  private int[] slots;
  private final LowerCaseWords known;

  /**
   * Indices of the words that may be words of the watched table, in text order ({@link
   * LowerCaseWords#mayContain}); {@link #watchedCount} of them.
   */
  int[] watched = new int[16];
  int watchedCount;

  /** Tokenises a text; {@code known} supplies shared lower-case forms of frequent words. */
  SourceTokens(String text, LowerCaseWords known) {
    this(text, known, null);
  }

  /**
   * Tokenises a text and notes in {@link #watched} the words that may be in the table {@code
   * watch} (null for none): the extractor's cue words, so that it visits those and not the rest.
   */
  SourceTokens(String text, LowerCaseWords known, LowerCaseWords watch) {
    this.text = text;
    this.known = known;
    int n = text.length();
    int capacity = Math.max(64, n / 4); // news runs at about one token per five characters
    starts = new int[capacity];
    ends = new int[capacity];
    info = new byte[capacity];
    // NOTE: the scan reads a copy of the chars: indexing an array is cheaper than String.charAt,
    // which checks the index and the string's coding on every call.
    char[] cs = text.toCharArray();
    int i = 0;
    int newlines = 0;
    while (i < n) {
      char c = cs[i];
      byte cls = classOf(c);
      if ((cls & SPACE) != 0) {
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
      if ((cls & LETTER_OR_DIGIT) != 0) {
        int j = wordEnd(cs, i + 1);
        add(i, j, (byte) (WORD | ((cls & UPPER) != 0 ? CAPITALISED : 0)
            | ((cls & LETTER_NOT_LOWER) != 0 ? CAPS_START : 0)));
        if (watch != null && watch.mayContain(text, i, j)) {
          if (watchedCount == watched.length) {
            watched = Arrays.copyOf(watched, watchedCount * 2);
          }
          watched[watchedCount++] = size - 1;
        }
        i = j;
      } else {
        int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
        add(i, i + len, PUNCT);
        i += len;
      }
    }
  }

  /** Where the word whose second character is at {@code j} ends. */
  private static int wordEnd(char[] cs, int j) {
    int n = cs.length;
    while (j < n) {
      byte cls = classOf(cs[j]);
      if ((cls & (LETTER_OR_DIGIT | MARK)) != 0) {
        j++;
      } else if ((cls & JOINER) != 0 && j + 1 < n && (classOf(cs[j + 1]) & LETTER_OR_DIGIT) != 0) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The class bits of a character. */
  private static byte classOf(char c) {
    return c < 0x100 ? LATIN1_CLASSES[c] : classOfUncached(c);
  }

  private static byte classOfUncached(char c) {
    return (byte) ((Character.isWhitespace(c) ? SPACE : 0)
        | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.getType(c) == Character.NON_SPACING_MARK ? MARK : 0)
        | (Character.isUpperCase(c) ? UPPER : 0)
        | (isJoiner(c) ? JOINER : 0)
        | (Character.isLetter(c) && !Character.isLowerCase(c) ? LETTER_NOT_LOWER : 0));
  }

  private static boolean isJoiner(char d) {
    return d == '\'' || d == '’' || d == '-' || d == '.' || d == '&';
  }

  /** Adds a token; {@code kindAndFlags} is its {@link #info}. */
  private void add(int s, int e, byte kindAndFlags) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      info = Arrays.copyOf(info, cap);
    }
    starts[size] = s;
    ends[size] = e;
    info[size] = kindAndFlags;
    size++;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && (info[i] & KIND) == WORD;
  }

  /** A blank line. */
  boolean isBreak(int i) {
    return i >= 0 && i < size && (info[i] & KIND) == BREAK;
  }

  /** The token as written, or "" out of range. */
  String word(int i) {
    return i >= 0 && i < size ? text.substring(starts[i], ends[i]) : "";
  }

  /**
   * The token in lower case with apostrophes straightened, or "" out of range: the table's shared
   * String for a table word, else a new one (the extractor asks for few such words, near its cues).
   */
  String lower(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    int slot = lookUp(i);
    return slot >= 0 ? known.word(slot) : lowerCase(word(i));
  }

  /**
   * The {@link LowerCaseWords#tags(int)} of the token in lower case: bit k set when the k-th table
   * given to the table ({@link LowerCaseWords#frequentAnd}) holds {@code lower(i)}; 0 out of range.
   */
  int tags(int i) {
    if (i < 0 || i >= size) {
      return 0;
    }
    int slot = lookUp(i);
    return slot >= 0 ? known.tags(slot) : 0;
  }

  /** Whether a table of the given {@link #tags(int)} bits holds the token in lower case. */
  boolean is(int i, int tagBits) {
    return (tags(i) & tagBits) != 0;
  }

  /**
   * The slot of token {@code i} in {@link #known}, or -1 when its lower case is not in the table;
   * looked up once: an ASCII token by one pass over its characters and a probe, any other by its
   * lower-case String.
   */
  private int lookUp(int i) {
    if (slots == null) {
      slots = new int[starts.length];
    }
    int found = slots[i];
    if (found != 0) {
      return found - 2;
    }
    int s = starts[i];
    int e = ends[i];
    int chars = 0; // every character or'ed: below 0x80 for an ASCII token
    int lowerHash = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      chars |= c;
      lowerHash = 31 * lowerHash + LowerCaseWords.toLowerAscii(c);
    }
    int slot;
    if (chars < 0x80) {
      info[i] |= (byte) (ASCII_KNOWN | ASCII);
      slot = known.findAscii(text, s, e, lowerHash);
    } else {
      info[i] |= (byte) ASCII_KNOWN;
      slot = known.slotOf(lowerCase(word(i)));
    }
    slots[i] = slot + 2;
    return slot;
  }

  /**
   * The word of another, smaller table that the token spells in lower case, or null: for most words
   * {@link LowerCaseWords#mayContain} rules it out from two characters.
   */
  String lookup(LowerCaseWords table, int i) {
    if (!isWord(i) || !table.mayContain(text, starts[i], ends[i])) {
      return null;
    }
    int slot = isAscii(i) ? table.find(text, starts[i], ends[i]) : table.slotOf(lower(i));
    return slot < 0 ? null : table.word(slot);
  }

  /** A token of ASCII characters only; {@code i} in range. */
  private boolean isAscii(int i) {
    if ((info[i] & ASCII_KNOWN) == 0) {
      int chars = 0;
      for (int k = starts[i]; k < ends[i]; k++) {
        chars |= text.charAt(k);
      }
      info[i] |= (byte) (ASCII_KNOWN | (chars < 0x80 ? ASCII : 0));
    }
    return (info[i] & ASCII) != 0;
  }

  /** {@link String#hashCode()} of {@link #lower(int)}, without making a String for an ASCII token. */
  int lowerHash(int i) {
    int chars = 0;
    int h = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      chars |= c;
      h = 31 * h + LowerCaseWords.toLowerAscii(c);
    }
    info[i] |= (byte) (ASCII_KNOWN | (chars < 0x80 ? ASCII : 0));
    return chars < 0x80 ? h : lower(i).hashCode();
  }

  /** What {@link #lower(int)} is for a token spelt {@code word}: lower case, apostrophes straightened. */
  static String lowerCase(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** {@code lowerCase(word).hashCode()}, without the copy for an ASCII word. */
  static int lowerHashOf(String word) {
    int h = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= 0x80) {
        return lowerCase(word).hashCode();
      }
      h = 31 * h + LowerCaseWords.toLowerAscii(c);
    }
    return h;
  }

  /** Whether {@code lower(i).equals(lower)}, without making a String for an ASCII token. */
  boolean lowerEquals(int i, String lower) {
    if (i < 0 || i >= size) {
      return lower.isEmpty();
    }
    if (!isAscii(i)) {
      return lower(i).equals(lower);
    }
    int s = starts[i];
    if (ends[i] - s != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (LowerCaseWords.toLowerAscii(text.charAt(s + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two tokens have the same {@link #lower(int)}, without making Strings for ASCII ones. */
  boolean sameLower(int i, int j) {
    if (!isAscii(i) || !isAscii(j)) {
      return lower(i).equals(lower(j));
    }
    int si = starts[i];
    int sj = starts[j];
    if (ends[i] - si != ends[j] - sj) {
      return false;
    }
    for (int k = 0; k < ends[i] - si; k++) {
      if (LowerCaseWords.toLowerAscii(text.charAt(si + k)) != LowerCaseWords.toLowerAscii(text.charAt(sj + k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word ends with {@code 's} or {@code ’s}, any case: {@code lower(i).endsWith("'s")}. */
  boolean endsWithApostropheS(int i) {
    if (i < 0 || i >= size || !isAscii(i)) {
      return lower(i).endsWith("'s");
    }
    int e = ends[i];
    char last = text.charAt(e - 1);
    return e - starts[i] >= 2 && text.charAt(e - 2) == '\'' && (last == 's' || last == 'S');
  }

  /** Whether a word ends with "ly", any case: {@code lower(i).endsWith("ly")}. */
  boolean endsWithLy(int i) {
    if (i < 0 || i >= size || !isAscii(i)) {
      return lower(i).endsWith("ly");
    }
    int e = ends[i];
    return e - starts[i] >= 2 && (text.charAt(e - 2) | 0x20) == 'l' && (text.charAt(e - 1) | 0x20) == 'y';
  }

  /** The first character of {@link #lower(int)} of a word. */
  char lowerFirst(int i) {
    return isAscii(i) ? LowerCaseWords.toLowerAscii(text.charAt(starts[i])) : lower(i).charAt(0);
  }

  /** Whether the token is one punctuation character equal to {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && (info[i] & KIND) == PUNCT && text.charAt(starts[i]) == c;
  }

  /** A word that starts with an upper-case letter. */
  boolean isCapitalised(int i) {
    return i >= 0 && i < size && (info[i] & CAPITALISED) != 0;
  }

  /** A word of two or more letters, all upper case ("KCNA", "U.S"), digits allowed after a letter. */
  boolean isAllCaps(int i) {
    if (i < 0 || i >= size || (info[i] & CAPS_START) == 0) {
      return false; // most words: no need to read on
    }
    if ((info[i] & CAPS_KNOWN) == 0) {
      int letters = 0;
      boolean lower = false;
      for (int k = starts[i]; k < ends[i] && !lower; k++) {
        char c = text.charAt(k);
        if (c < 0x80) {
          lower = c >= 'a' && c <= 'z';
          letters += c >= 'A' && c <= 'Z' ? 1 : 0;
        } else {
          lower = Character.isLowerCase(c);
          letters += Character.isLetter(c) ? 1 : 0;
        }
      }
      info[i] |= (byte) (CAPS_KNOWN | (!lower && letters >= 2 ? ALL_CAPS : 0));
    }
    return (info[i] & ALL_CAPS) != 0;
  }

  /** Whether the token opens a sentence: first token, or after a full stop, line break or quotation. */
  boolean opensSentence(int i) {
    if (i <= 0) {
      return true;
    }
    int p = i - 1;
    int kind = info[p] & KIND;
    if (kind == BREAK) {
      return true;
    }
    if (kind != PUNCT) {
      // a single line end before a capital after a headline: treat as opening too
      return false;
    }
    char c = text.charAt(starts[p]);
    return c == '.' || c == '!' || c == '?' || c == '“' || c == '"' || c == '”' || c == '-' || c == ':';
  }
}
