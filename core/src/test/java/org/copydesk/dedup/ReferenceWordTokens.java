package org.copydesk.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tokeniser of {@link WordTokens} as it was before it was made faster (commit 4c313d5), kept as
 * the reference the fast one must match word for word, offset for offset and hash for hash.
 */
final class ReferenceWordTokens {

  /** Folded forms of the code points below {@link #FOLD_TABLE_SIZE} (Latin, Greek, Cyrillic), computed once. */
  private static final String[] FOLDED_TABLE;
  private static final int FOLD_TABLE_SIZE = 0x530;

  static {
    FOLDED_TABLE = new String[FOLD_TABLE_SIZE];
    for (int cp = 0x80; cp < FOLD_TABLE_SIZE; cp++) {
      FOLDED_TABLE[cp] = fold(cp);
    }
  }

  /** All normalised words, one after another; word i is {@code [foldStarts[i], foldStarts[i + 1])}. */
  private final char[] folded;
  private final int[] foldStarts;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;

  private ReferenceWordTokens(char[] folded, int[] foldStarts, int[] starts, int[] ends, long[] hashes) {
    this.folded = folded;
    this.foldStarts = foldStarts;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
  }

  /** Tokenises a text; null is read as the empty text. */
  static ReferenceWordTokens of(String text) {
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
            f = folds.computeIfAbsent(cp, ReferenceWordTokens::fold);
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
    return new ReferenceWordTokens(out, Arrays.copyOf(foldStarts, count + 1), Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
  }

  int size() {
    return starts.length;
  }

  String word(int index) {
    return new String(folded, foldStarts[index], foldStarts[index + 1] - foldStarts[index]);
  }

  int start(int index) {
    return starts[index];
  }

  int end(int index) {
    return ends[index];
  }

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
