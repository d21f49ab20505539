package org.copydesk.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The normalised words of a text, each with its {@code [start, end)} offsets in the original text.
 *
 * <p>A word is a run of letters and digits. Normalisation lower-cases, applies compatibility
 * decomposition (NFKD, so ligatures and full-width forms fold) and drops diacritics ("Pyongyang’s"
 * → "pyongyangs", "café" → "cafe"). Apostrophes inside a word, straight or curly, are dropped
 * ("don’t" → "dont"); every other punctuation mark, quotation mark and dash separates words and is
 * dropped, so straight and curly quotes or hyphens and dashes never make two copies differ. Numbers
 * are kept: a comma between digits is dropped ("15,000" → "15000") and a point between digits kept
 * ("1.28").
 *
 * <p>NOTE: one linear pass; a text of 1 MB of punctuation or of one repeated word is tokenised in
 * milliseconds. Immutable and thread-safe.
 */
public final class WordTokens {

  /** Folded forms of the code points below {@link #FOLD_TABLE_SIZE} (Latin, Greek, Cyrillic), computed once. */
  private static final String[] FOLDED_TABLE;
  private static final int FOLD_TABLE_SIZE = 0x530;

  /** The folded form of each ASCII letter or digit (lower case), 0 for every other ASCII char. */
  private static final char[] ASCII_FOLDED = new char[0x80];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_FOLDED[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_FOLDED[c] = c;
      ASCII_FOLDED[c - 32] = c;
    }
    FOLDED_TABLE = new String[FOLD_TABLE_SIZE];
    for (int cp = 0x80; cp < FOLD_TABLE_SIZE; cp++) {
      FOLDED_TABLE[cp] = fold(cp);
    }
  }

  private final String text;
  /** The normalised words, made on first use from {@link #folded}. */
  private final String[] words;
  /** All normalised words, one after another; word i is {@code [foldStarts[i], foldStarts[i + 1])}. */
  private final char[] folded;
  private final int[] foldStarts;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;

  private WordTokens(String text, char[] folded, int[] foldStarts, int[] starts, int[] ends, long[] hashes) {
    this.text = text;
    this.words = folded == null ? null : new String[hashes.length];
    this.folded = folded;
    this.foldStarts = foldStarts;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
  }

  /** Tokenises a text; null is read as the empty text. */
  public static WordTokens of(String text) {
    return scan(text == null ? "" : text, true);
  }

  /**
   * The hash of each normalised word of a text, in order: {@code of(text).hashes()} without the
   * words and their offsets, which fingerprinting for the index does not need.
   */
  static long[] hashesOf(String text) {
    return scan(text == null ? "" : text, false).hashes;
  }

  /**
   * The one pass that finds, folds and hashes the words. With {@code keepText} false only the hashes
   * are made (the other arrays stay null): the same rules, without a store per char and three per word.
   */
  private static WordTokens scan(String text, boolean keepText) {
    // One copy of the chars up front: indexing an array is cheaper than String.charAt, which
    // checks the index and the string's coding on every call (20% of index keys' time).
    char[] t = text.toCharArray();
    int n = t.length;
    // The folded words go into one array and are hashed as they are written: no String per word.
    char[] out = keepText ? new char[n + 16] : null;
    int len = 0;
    int capacity = Math.max(4, n / 5);
    int[] foldStarts = keepText ? new int[capacity + 1] : null;
    int[] starts = keepText ? new int[capacity] : null;
    int[] ends = keepText ? new int[capacity] : null;
    long[] hashes = new long[capacity];
    int count = 0;
    Map<Integer, String> folds = null; // code points beyond the table, folded once per text
    int i = 0;
    while (i < n) {
      char c = t[i];
      if (c < 0x80 ? ASCII_FOLDED[c] == 0 : !Character.isLetterOrDigit(Character.codePointAt(t, i))) {
        i++; // a separator (the low half of a non-letter surrogate pair is one too)
        continue;
      }
      // A word starts at i: it takes letters and digits, and the marks, apostrophes and digit
      // separators that join them, and ends at the first other char.
      int start = i;
      int wordStart = len;
      char last = 0; // the word's last folded char, for the digit separators
      long hash = Hashing.FNV_OFFSET;
      while (i < n) {
        c = t[i];
        if (c < 0x80) {
          char folded = ASCII_FOLDED[c];
          if (folded != 0) {
            if (keepText) {
              if (len == out.length) {
                out = Arrays.copyOf(out, len * 2);
              }
              out[len++] = folded;
            }
            last = folded;
            hash = (hash ^ folded) * Hashing.FNV_PRIME;
          } else if (c == '\'' && joinsLetter(t, i + 1)) {
            // "don't": one word
          } else if ((c == ',' || c == '.') && Character.isDigit(last) && i + 1 < n && Character.isDigit(t[i + 1])) {
            if (c == '.') { // "1.28" keeps its point, "15,000" loses its comma
              if (keepText) {
                if (len == out.length) {
                  out = Arrays.copyOf(out, len * 2);
                }
                out[len++] = '.';
              }
              last = '.';
              hash = (hash ^ '.') * Hashing.FNV_PRIME;
            }
          } else {
            break;
          }
          i++;
        } else {
          int cp = Character.codePointAt(t, i);
          if (Character.isLetterOrDigit(cp)) {
            String f = cp < FOLD_TABLE_SIZE ? FOLDED_TABLE[cp] : null;
            if (f == null) {
              if (folds == null) {
                folds = new HashMap<>();
              }
              f = folds.computeIfAbsent(cp, WordTokens::fold);
            }
            if (keepText && len + f.length() > out.length) {
              out = Arrays.copyOf(out, Math.max(len * 2, len + f.length()));
            }
            for (int k = 0; k < f.length(); k++) {
              char ch = f.charAt(k);
              if (keepText) {
                out[len++] = ch;
              }
              last = ch;
              hash = (hash ^ ch) * Hashing.FNV_PRIME;
            }
          } else if (isMark(cp)) {
            // a combining accent belongs to its letter and folds away
          } else if (!(isApostrophe(cp) && joinsLetter(t, i + 1))) {
            break; // "Korea’s" is one word; any other mark ends it
          }
          i += Character.charCount(cp);
        }
      }
      // i is where the word ends: every char taken above belongs to it.
      if (last != 0) { // not a word whose letters all folded away
        if (count == hashes.length) {
          int grown = hashes.length * 2;
          hashes = Arrays.copyOf(hashes, grown);
          if (keepText) {
            foldStarts = Arrays.copyOf(foldStarts, grown + 1);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
          }
        }
        hashes[count] = Hashing.fmix64(hash);
        if (keepText) {
          foldStarts[count] = wordStart;
          starts[count] = start;
          ends[count] = i;
          foldStarts[count + 1] = len;
        }
        count++;
      }
    }
    hashes = Arrays.copyOf(hashes, count);
    if (!keepText) {
      return new WordTokens(text, null, null, null, null, hashes);
    }
    return new WordTokens(text, out, Arrays.copyOf(foldStarts, count + 1), Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count), hashes);
  }

  /** The text these words come from. */
  public String text() {
    return text;
  }

  /** How many words. */
  public int size() {
    return hashes.length;
  }

  /** The normalised word at {@code index}. */
  public String word(int index) {
    String w = words[index];
    if (w == null) {
      // A benign race: two threads may both make the word; Strings are immutable, so either is safe to see.
      w = new String(folded, foldStarts[index], foldStarts[index + 1] - foldStarts[index]);
      words[index] = w;
    }
    return w;
  }

  /** Where the word at {@code index} starts in the original text. */
  public int start(int index) {
    return starts[index];
  }

  /** Where the word at {@code index} ends in the original text, exclusive. */
  public int end(int index) {
    return ends[index];
  }

  /** The 64-bit hash of each word, in order (shared array: do not modify). */
  long[] hashes() {
    return hashes;
  }

  /** NFKD, drop everything but letters and digits (diacritics, fraction slashes), lower-case. */
  private static String fold(int cp) {
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether an apostrophe followed by {@code chars[next]} joins it to the word: it does before a letter. */
  private static boolean joinsLetter(char[] chars, int next) {
    return next < chars.length && Character.isLetter(Character.codePointAt(chars, next));
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
  }
}
