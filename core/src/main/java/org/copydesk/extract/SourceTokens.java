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
 * <p>NOTE: what the extractor asks of a word (capitalised? all capitals? its lower-case form?) is
 * worked out once and kept in {@link #flags}: the pass itself only notes whether a word is
 * capitalised, which it knows from the first character anyway, and the rest is done for the few
 * words that are asked about, since most of an article is never near a cue.
 */
final class SourceTokens {

  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte BREAK = 2;

  // Flags of a word.
  private static final byte CAPITALISED = 1;
  /** The first character is a letter and not lower case: the word may be {@link #ALL_CAPS}. */
  private static final byte CAPS_START = 32;
  /** {@link #ALL_CAPS} and {@link #ASCII} have been worked out. */
  private static final byte SHAPED = 2;
  private static final byte ALL_CAPS = 4;
  /** Every character is ASCII, and {@link #lowerHashes} the hash of the lower-case form. */
  private static final byte ASCII = 8;
  /** The word has been looked up in {@link #known}: {@link #lowers} holds the table's String or null. */
  private static final byte LOOKED_UP = 16;

  // Character classes: the Character predicates that the tokeniser asks about.
  private static final byte SPACE = 1;
  private static final byte LETTER_OR_DIGIT = 2;
  private static final byte MARK = 4;
  private static final byte UPPER = 8;
  private static final byte JOINER = 16;
  private static final byte LETTER_NOT_LOWER = 32;

  /** {@link #classOf(char)} of the ASCII characters. */
  private static final byte[] ASCII_CLASSES = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_CLASSES[c] = classOfUncached(c);
    }
  }

  final String text;
  int size;
  int[] starts;
  int[] ends;
  byte[] kinds;
  private byte[] flags;
  /** For a word once {@link #SHAPED}: the {@link String#hashCode()} of the word as written. */
  private int[] hashes;
  /** For an ASCII word once {@link #SHAPED}: the {@link String#hashCode()} of its lower-case form. */
  private int[] lowerHashes;
  private String[] lowers;
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
    kinds = new byte[capacity];
    flags = new byte[capacity];
    hashes = new int[capacity];
    lowerHashes = new int[capacity];
    lowers = new String[capacity];
    int i = 0;
    int newlines = 0;
    while (i < n) {
      char c = text.charAt(i);
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
        int j = wordEnd(i + 1);
        add(i, j, WORD);
        flags[size - 1] = (byte) (((cls & UPPER) != 0 ? CAPITALISED : 0) | ((cls & LETTER_NOT_LOWER) != 0 ? CAPS_START : 0));
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
  private int wordEnd(int j) {
    String s = text;
    int n = s.length();
    while (j < n) {
      byte cls = classOf(s.charAt(j));
      if ((cls & (LETTER_OR_DIGIT | MARK)) != 0) {
        j++;
      } else if ((cls & JOINER) != 0 && j + 1 < n && (classOf(s.charAt(j + 1)) & LETTER_OR_DIGIT) != 0) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The class bits of a character. */
  private static byte classOf(char c) {
    return c < 0x80 ? ASCII_CLASSES[c] : classOfUncached(c);
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

  private void add(int s, int e, byte kind) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      kinds = Arrays.copyOf(kinds, cap);
      flags = Arrays.copyOf(flags, cap);
      hashes = Arrays.copyOf(hashes, cap);
      lowerHashes = Arrays.copyOf(lowerHashes, cap);
      lowers = Arrays.copyOf(lowers, cap);
    }
    starts[size] = s;
    ends[size] = e;
    kinds[size] = kind;
    size++;
  }

  /**
   * The flags of word {@code i} with {@link #ALL_CAPS} and {@link #ASCII} worked out: one read of
   * its characters, the first time it is asked.
   */
  private byte shaped(int i) {
    byte f = flags[i];
    if ((f & SHAPED) != 0) {
      return f;
    }
    boolean lower = false;
    int letters = 0;
    int chars = 0; // every character or'ed: below 0x80 for an ASCII word
    int hash = 0;
    int lowerHash = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      chars |= c;
      hash = 31 * hash + c;
      lowerHash = 31 * lowerHash + LowerCaseWords.toLowerAscii(c);
      if (c < 0x80) {
        lower |= c >= 'a' && c <= 'z';
        letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
      } else {
        lower |= Character.isLowerCase(c);
        letters += Character.isLetter(c) ? 1 : 0;
      }
    }
    boolean allCaps = !lower && letters >= 2 && Character.isLetter(text.charAt(starts[i]));
    f |= SHAPED | (allCaps ? ALL_CAPS : 0) | (chars < 0x80 ? ASCII : 0);
    flags[i] = f;
    hashes[i] = hash;
    lowerHashes[i] = lowerHash;
    return f;
  }

  /** {@link String#hashCode()} of a word as written. */
  int hash(int i) {
    shaped(i);
    return hashes[i];
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
    String l = isAsciiWord(i) ? tableLower(i) : lowers[i];
    if (l == null) {
      if (isAsciiWord(i)) {
        l = word(i).toLowerCase(Locale.ROOT); // in no table: its String only now
      } else {
        l = known.lookup(text, starts[i], ends[i]);
        if (l == null) {
          l = word(i).toLowerCase(Locale.ROOT).replace('’', '\'');
        }
      }
      lowers[i] = l;
    }
    return l;
  }

  /**
   * {@link #lower(int)} when it may be a word of the table, or null when it certainly is not (an
   * ASCII word the table lacks, or out of range): a set of table words contains {@code lower(i)}
   * exactly when this is non-null and the set contains it, and no String is made for the many
   * words of an article that no table has.
   */
  String tableLower(int i) {
    if (i < 0 || i >= size) {
      return null;
    }
    if (kinds[i] != WORD) {
      // A mark ("&" is a table word) or a break: outside ASCII no mark has a lower case in ASCII.
      return known.lookup(text, starts[i], ends[i]);
    }
    if ((shaped(i) & ASCII) == 0) {
      return lower(i);
    }
    if ((flags[i] & LOOKED_UP) == 0) {
      flags[i] |= LOOKED_UP;
      if (lowers[i] == null) {
        lowers[i] = known.lookupAscii(text, starts[i], ends[i], lowerHashes[i]);
      }
    }
    return lowers[i];
  }

  /**
   * The word of another, smaller table that the token spells in lower case, or null: for most words
   * {@link LowerCaseWords#mayContain} rules it out from two characters, and for the rest one probe.
   */
  String lookup(LowerCaseWords table, int i) {
    if (!isWord(i) || !table.mayContain(text, starts[i], ends[i])) {
      return null;
    }
    if (isAsciiWord(i)) {
      return table.lookupAscii(text, starts[i], ends[i], lowerHashes[i]);
    }
    String l = lower(i);
    return table.contains(l) ? l : null; // the exact lower-case form, as lower(i) gives it
  }

  /** {@link String#hashCode()} of {@link #lower(int)}, for a word without making its String. */
  int lowerHash(int i) {
    return isAsciiWord(i) ? lowerHashes[i] : lower(i).hashCode();
  }

  /** Whether {@code lower(i).equals(lower)}, for a word without making its String. */
  boolean lowerEquals(int i, String lower) {
    if (!isAsciiWord(i)) {
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

  /** Whether two words have the same {@link #lower(int)}, without making their Strings. */
  boolean sameLower(int i, int j) {
    if (!isAsciiWord(i) || !isAsciiWord(j)) {
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

  /** A word of ASCII characters only (works out its shape). */
  private boolean isAsciiWord(int i) {
    return kinds[i] == WORD && (shaped(i) & ASCII) != 0;
  }

  /** Whether a word ends with {@code 's} or {@code ’s}, any case: {@code lower(i).endsWith("'s")}. */
  boolean endsWithApostropheS(int i) {
    if (i < 0 || i >= size || !isAsciiWord(i)) {
      return lower(i).endsWith("'s");
    }
    int e = ends[i];
    char last = text.charAt(e - 1);
    return e - starts[i] >= 2 && text.charAt(e - 2) == '\'' && (last == 's' || last == 'S');
  }

  /** Whether the token is one punctuation character equal to {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /** A word that starts with an upper-case letter. */
  boolean isCapitalised(int i) {
    return i >= 0 && i < size && (flags[i] & CAPITALISED) != 0;
  }

  /** A word of two or more letters, all upper case ("KCNA", "U.S"), digits allowed after a letter. */
  boolean isAllCaps(int i) {
    if (!isWord(i)) {
      return false;
    }
    return (flags[i] & CAPS_START) != 0 && (shaped(i) & ALL_CAPS) != 0; // most words: no need to read on
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
