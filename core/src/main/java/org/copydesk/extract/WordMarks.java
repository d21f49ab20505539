package org.copydesk.extract;

/**
 * The distinct words of an article as written (case and all), each with a few mark bits of what the
 * article shows about it ("capitalised mid-sentence", "a person's name"): a set of words per mark,
 * without a String per token.
 *
 * <p>A word is kept as the index of a token that spells it and found by comparing characters in
 * place; the hash is {@link String#hashCode()}'s, so a String finds the same word.
 *
 * <p>NOTE: grows as words are added (load at most one half); one instance serves one article on
 * one thread.
 */
final class WordMarks {

  private final SourceTokens t;
  /** Per slot: index of a token spelling the word, plus one; 0 for an empty slot. */
  private int[] tokens;
  private int[] hashes;
  private byte[] marks;
  private int used;

  /** An empty set for the words of {@code t}, sized for about {@code expected} words. */
  WordMarks(SourceTokens t, int expected) {
    this.t = t;
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2; // load at most one half
    tokens = new int[capacity];
    hashes = new int[capacity];
    marks = new byte[capacity];
  }

  /** Adds {@code bits} to the marks of the word that token {@code i} spells. */
  void mark(int i, int bits) {
    int h = t.hash(i);
    int slot = find(i, h);
    if (tokens[slot] == 0) {
      if (2 * (used + 1) > tokens.length) {
        grow();
        slot = find(i, h);
      }
      tokens[slot] = i + 1;
      hashes[slot] = h;
      used++;
    }
    marks[slot] |= (byte) bits;
  }

  /** Whether the word that token {@code i} spells has mark {@code bit}. */
  boolean has(int i, int bit) {
    int slot = find(i, t.hash(i));
    return tokens[slot] != 0 && (marks[slot] & bit) != 0;
  }

  /** Whether {@code word} is a word of the article with mark {@code bit}. */
  boolean has(String word, int bit) {
    int h = word.hashCode();
    int mask = tokens.length - 1;
    for (int slot = spread(h) & mask; tokens[slot] != 0; slot = (slot + 1) & mask) {
      int k = tokens[slot] - 1;
      if (hashes[slot] == h && t.ends[k] - t.starts[k] == word.length()
          && word.regionMatches(0, t.text, t.starts[k], word.length())) {
        return (marks[slot] & bit) != 0;
      }
    }
    return false;
  }

  /** Adds {@code bit} to every word that has all of {@code all}. */
  void markWhereAll(int all, int bit) {
    for (int slot = 0; slot < tokens.length; slot++) {
      if (tokens[slot] != 0 && (marks[slot] & all) == all) {
        marks[slot] |= (byte) bit;
      }
    }
  }

  /** The slot of the word of token {@code i}, or the empty slot where it would go. */
  private int find(int i, int h) {
    int mask = tokens.length - 1;
    int start = t.starts[i];
    int length = t.ends[i] - start;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int k = tokens[slot] - 1;
      if (k < 0) {
        return slot;
      }
      if (hashes[slot] == h && t.ends[k] - t.starts[k] == length
          && t.text.regionMatches(t.starts[k], t.text, start, length)) {
        return slot;
      }
    }
  }

  private void grow() {
    int[] oldTokens = tokens;
    int[] oldHashes = hashes;
    byte[] oldMarks = marks;
    tokens = new int[oldTokens.length * 2];
    hashes = new int[tokens.length];
    marks = new byte[tokens.length];
    int mask = tokens.length - 1;
    for (int s = 0; s < oldTokens.length; s++) {
      if (oldTokens[s] != 0) {
        int slot = spread(oldHashes[s]) & mask;
        while (tokens[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        tokens[slot] = oldTokens[s];
        hashes[slot] = oldHashes[s];
        marks[slot] = oldMarks[s];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
