package org.copydesk.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case word tables read as classes of a word: bit {@code i} of {@link #of} is set when the
 * word, in lower case, is in table {@code i}. One probe answers every "is it a cue, a title, a stop
 * word" question the speaker rules ask of a token, with no String made for it.
 *
 * <p>The table is open addressing over {@code String.hashCode} of the lower-case form, computed on
 * the text in place; each slot keeps its word's hash and length, so a probe that misses rarely looks
 * at a word at all.
 *
 * <p>NOTE: immutable after construction and safe to share between threads.
 */
final class WordClasses {

  private final String[] words;
  private final int[] hashes;
  private final int[] lengths; // 0 marks an empty slot: probes never look at a String to miss
  private final int[] classes;
  private final int mask;

  /** Classes for the given tables, at most 31; bit {@code i} stands for {@code tables.get(i)}. */
  WordClasses(List<Set<String>> tables) {
    if (tables.size() > 31) {
      throw new IllegalArgumentException("tables: at most 31, got " + tables.size());
    }
    Map<String, Integer> all = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      for (String w : tables.get(i)) {
        all.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
    int size = Integer.highestOneBit(Math.max(16, all.size() * 4 - 1)) * 2; // load factor <= 1/4
    words = new String[size];
    hashes = new int[size];
    lengths = new int[size];
    classes = new int[size];
    mask = size - 1;
    for (Map.Entry<String, Integer> e : all.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = spread(h) & mask;
      while (lengths[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      words[slot] = e.getKey();
      hashes[slot] = h;
      lengths[slot] = e.getKey().length();
      classes[slot] = e.getValue();
    }
  }

  /**
   * The classes of {@code text.substring(start, end).toLowerCase(Locale.ROOT)}, as bits; 0 when it
   * is in no table.
   */
  int of(String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        // Unicode case mapping may change the length: look up the lower-case String itself
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        return find(lower.hashCode(), lower, 0, lower.length());
      }
      h = hashStep(h, c);
    }
    return find(h, text, start, end - start);
  }

  /**
   * {@link #of(String, int, int)} for a slice of ASCII characters whose lower-case hash the caller
   * worked out while reading them (with {@link #hashStep}).
   */
  int ofAscii(int lowerHash, String text, int start, int end) {
    return find(lowerHash, text, start, end - start);
  }

  /** {@code String.hashCode} of the slice with its ASCII capitals lowered. */
  static int lowerHash(String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = hashStep(h, text.charAt(k));
    }
    return h;
  }

  /** One step of {@code String.hashCode} over the lower-case form of ASCII characters. */
  static int hashStep(int h, char c) {
    return 31 * h + lowerAscii(c);
  }

  /** The classes of the word whose lower-case form is {@code s[start, start + length)}. */
  private int find(int hash, String s, int start, int length) {
    for (int slot = spread(hash) & mask; lengths[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && lengths[slot] == length && sameLowerCase(words[slot], s, start)) {
        return classes[slot];
      }
    }
    return 0;
  }

  private static boolean sameLowerCase(String word, String s, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != lowerAscii(s.charAt(start + k))) {
        return false;
      }
    }
    return true;
  }

  /** The character with ASCII capitals lowered, as {@code String.toLowerCase} does for ASCII. */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
