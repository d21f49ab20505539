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

  static {
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
    this.words = new String[starts.length];
    this.folded = folded;
    this.foldStarts = foldStarts;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
  }

  /** Tokenises a text; null is read as the empty text. */
  public static WordTokens of(String text) {
    String t = text == null ? "" : text;
    int n = t.length();
    // The folded words go into one array and are hashed as they are written: no String per word.
    char[] out = new char[n + 16];
    int len = 0;
    int capacity = Math.max(4, n / 6);
    int[] foldStarts = new int[capacity + 1];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] hashes = new long[capacity];
    int count = 0;
    Map<Integer, String> folds = null; // code points beyond the table, folded once per text
    int wordStart = 0; // where the current word starts in out
    long hash = Hashing.FNV_OFFSET;
    int start = -1;
    int end = -1;
    int i = 0;
    while (i <= n) {
      int cp;
      int width;
      boolean letterOrDigit;
      if (i == n) {
        cp = ' '; // one past the end: closes the last word
        width = 1;
        letterOrDigit = false;
      } else {
        char c = t.charAt(i);
        if (c < 0x80) {
          cp = c;
          width = 1;
          letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        } else {
          cp = t.codePointAt(i);
          width = Character.charCount(cp);
          letterOrDigit = Character.isLetterOrDigit(cp);
        }
      }
      boolean inWord = start >= 0;
      if (letterOrDigit) {
        if (!inWord) {
          start = i;
        }
        if (cp < 0x80) {
          char lower = (char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
          if (len == out.length) {
            out = Arrays.copyOf(out, len * 2);
          }
          out[len++] = lower;
          hash = (hash ^ lower) * Hashing.FNV_PRIME;
        } else {
          String f = cp < FOLD_TABLE_SIZE ? FOLDED_TABLE[cp] : null;
          if (f == null) {
            if (folds == null) {
              folds = new HashMap<>();
            }
            f = folds.computeIfAbsent(cp, WordTokens::fold);
          }
          if (len + f.length() > out.length) {
            out = Arrays.copyOf(out, Math.max(len * 2, len + f.length()));
          }
          for (int k = 0; k < f.length(); k++) {
            char ch = f.charAt(k);
            out[len++] = ch;
            hash = (hash ^ ch) * Hashing.FNV_PRIME;
          }
        }
        end = i + width;
      } else if (inWord && cp >= 0x80 && isMark(cp)) {
        end = i + width; // a combining accent belongs to its letter and folds away
      } else if (inWord && isApostrophe(cp) && i + width < n && Character.isLetter(t.codePointAt(i + width))) {
        end = i + width; // "don't", "Korea’s": one word
      } else if (inWord
          && (cp == ',' || cp == '.')
          && len > wordStart
          && Character.isDigit(out[len - 1])
          && i + 1 < n
          && Character.isDigit(t.charAt(i + 1))) {
        if (cp == '.') {
          if (len == out.length) {
            out = Arrays.copyOf(out, len * 2);
          }
          out[len++] = '.';
          hash = (hash ^ '.') * Hashing.FNV_PRIME;
        }
        end = i + 1;
      } else if (inWord) {
        if (len > wordStart) {
          if (count == starts.length) {
            int grown = starts.length * 2;
            foldStarts = Arrays.copyOf(foldStarts, grown + 1);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            hashes = Arrays.copyOf(hashes, grown);
          }
          foldStarts[count] = wordStart;
          starts[count] = start;
          ends[count] = end;
          hashes[count] = Hashing.fmix64(hash);
          count++;
          foldStarts[count] = len;
        }
        wordStart = len;
        hash = Hashing.FNV_OFFSET;
        start = -1;
      }
      i += width;
    }
    return new WordTokens(t, out, Arrays.copyOf(foldStarts, count + 1), Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
  }

  /** The text these words come from. */
  public String text() {
    return text;
  }

  /** How many words. */
  public int size() {
    return words.length;
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

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
  }
}
