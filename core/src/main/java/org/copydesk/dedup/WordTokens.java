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

  private final String text;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;

  private WordTokens(String text, String[] words, int[] starts, int[] ends) {
    this.text = text;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.hashes = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      hashes[i] = Hashing.word(words[i]);
    }
  }

  /** Tokenises a text; null is read as the empty text. */
  public static WordTokens of(String text) {
    String t = text == null ? "" : text;
    int n = t.length();
    String[] words = new String[Math.max(4, n / 6)];
    int[] starts = new int[words.length];
    int[] ends = new int[words.length];
    int count = 0;
    StringBuilder word = new StringBuilder();
    Map<Integer, String> folded = new HashMap<>();
    int start = -1;
    int end = -1;
    int i = 0;
    while (i < n) {
      int cp = t.codePointAt(i);
      int width = Character.charCount(cp);
      boolean inWord = start >= 0;
      if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          start = i;
        }
        appendFolded(word, cp, folded);
        end = i + width;
      } else if (inWord && isMark(cp)) {
        end = i + width; // a combining accent belongs to its letter and folds away
      } else if (inWord && isApostrophe(cp) && i + width < n && Character.isLetter(t.codePointAt(i + width))) {
        end = i + width; // "don't", "Korea’s": one word
      } else if (inWord
          && (cp == ',' || cp == '.')
          && word.length() > 0
          && Character.isDigit(word.charAt(word.length() - 1))
          && i + 1 < n
          && Character.isDigit(t.charAt(i + 1))) {
        if (cp == '.') {
          word.append('.');
        }
        end = i + 1;
      } else if (inWord) {
        if (count == words.length) {
          int grown = words.length * 2;
          words = Arrays.copyOf(words, grown);
          starts = Arrays.copyOf(starts, grown);
          ends = Arrays.copyOf(ends, grown);
        }
        if (word.length() > 0) {
          words[count] = word.toString();
          starts[count] = start;
          ends[count] = end;
          count++;
        }
        word.setLength(0);
        start = -1;
      }
      i += width;
    }
    if (start >= 0 && word.length() > 0) {
      if (count == words.length) {
        words = Arrays.copyOf(words, count + 1);
        starts = Arrays.copyOf(starts, count + 1);
        ends = Arrays.copyOf(ends, count + 1);
      }
      words[count] = word.toString();
      starts[count] = start;
      ends[count] = end;
      count++;
    }
    return new WordTokens(
        t, Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
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
    return words[index];
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

  private static void appendFolded(StringBuilder out, int cp, Map<Integer, String> cache) {
    if (cp < 0x80) {
      out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
      return;
    }
    out.append(cache.computeIfAbsent(cp, WordTokens::fold));
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
