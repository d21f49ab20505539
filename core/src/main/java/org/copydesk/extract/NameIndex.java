package org.copydesk.extract;

/**
 * The capitalised words of an article: each distinct spelling once, with the tokens that spell it in
 * text order, so that a question about a word ("is it ever capitalised mid-sentence?") walks the few
 * places where it occurs instead of the whole article.
 *
 * <p>A spelling is found by comparing characters in place, hashed as {@link String#hashCode()}, so
 * that a String finds the same spelling as a token. Each spelling has a byte of bits in which the
 * caller keeps what it has worked out about the word, so that each question is answered once.
 *
 * <p>NOTE: made in one pass over the tokens; one instance serves one article on one thread.
 */
final class NameIndex {

  private final SourceTokens t;
  /** Per slot: the first token of the spelling, plus one; 0 for an empty slot. */
  private int[] firsts;
  private int[] lasts;
  private int[] hashes;
  private byte[] bits;
  private int used;
  /** Per token: the next token with the same spelling, plus one; 0 for none. */
  private final int[] nexts;
  /** Per lower-case form, made on first use: the first of its spellings' slots, plus one; 0 for empty. */
  private int[] lowerFirsts;
  private int[] lowerHashes;
  /** Per slot: the next spelling with the same lower-case form, plus one; 0 for none. */
  private int[] lowerNexts;

  /** Indexes every capitalised word of {@code t}. */
  NameIndex(SourceTokens t) {
    this.t = t;
    this.nexts = new int[t.size];
    int capacity = 32;
    while (capacity < t.size / 4) {
      capacity *= 2; // about one word in eight is capitalised, and the load stays at most one half
    }
    firsts = new int[capacity];
    lasts = new int[capacity];
    hashes = new int[capacity];
    bits = new byte[capacity];
    for (int i = 0; i < t.size; i++) {
      if (t.isCapitalised(i)) {
        add(i);
      }
    }
  }

  private void add(int i) {
    int h = t.hash(i);
    int slot = find(i, h);
    if (firsts[slot] == 0) {
      if (2 * (used + 1) > firsts.length) {
        grow();
        slot = find(i, h);
      }
      firsts[slot] = i + 1;
      hashes[slot] = h;
      used++;
    } else {
      nexts[lasts[slot] - 1] = i + 1;
    }
    lasts[slot] = i + 1;
  }

  /** The slot of the spelling of capitalised token {@code i}. */
  int slotOf(int i) {
    return find(i, t.hash(i));
  }

  /** The slot of a capitalised word of the article spelt {@code word}, or -1 when there is none. */
  int slotOf(String word) {
    int h = word.hashCode();
    int mask = firsts.length - 1;
    for (int slot = spread(h) & mask; firsts[slot] != 0; slot = (slot + 1) & mask) {
      int k = firsts[slot] - 1;
      if (hashes[slot] == h && t.ends[k] - t.starts[k] == word.length()
          && word.regionMatches(0, t.text, t.starts[k], word.length())) {
        return slot;
      }
    }
    return -1;
  }

  /** The first token that has the spelling of {@code slot}. */
  int first(int slot) {
    return firsts[slot] - 1;
  }

  /** The next token with the spelling of token {@code i}, or -1. */
  int next(int i) {
    return nexts[i] - 1;
  }

  /** The caller's bits of a spelling, 0 until set. */
  int bits(int slot) {
    return bits[slot];
  }

  void setBits(int slot, int value) {
    bits[slot] = (byte) value;
  }

  /**
   * The slot of the first spelling whose lower case ({@link SourceTokens#lower(int)}) is {@code
   * lower}, or -1 when there is none: "Texaco" and "TEXACO" for "texaco". The next ones come from
   * {@link #nextOfLower(int)}.
   */
  int firstOfLower(String lower) {
    if (lowerFirsts == null) {
      groupByLower();
    }
    int h = lower.hashCode();
    int mask = lowerFirsts.length - 1;
    for (int g = spread(h) & mask; lowerFirsts[g] != 0; g = (g + 1) & mask) {
      int slot = lowerFirsts[g] - 1;
      if (lowerHashes[g] == h && t.lowerEquals(first(slot), lower)) {
        return slot;
      }
    }
    return -1;
  }

  /** The next spelling with the same lower case as that of {@code slot}, or -1. */
  int nextOfLower(int slot) {
    return lowerNexts[slot] - 1;
  }

  private void groupByLower() {
    lowerFirsts = new int[firsts.length];
    lowerHashes = new int[firsts.length];
    lowerNexts = new int[firsts.length];
    int mask = lowerFirsts.length - 1;
    for (int slot = 0; slot < firsts.length; slot++) {
      if (firsts[slot] == 0) {
        continue;
      }
      int token = first(slot);
      int h = t.lowerHash(token);
      int g = spread(h) & mask;
      while (lowerFirsts[g] != 0 && !(lowerHashes[g] == h && t.sameLower(first(lowerFirsts[g] - 1), token))) {
        g = (g + 1) & mask;
      }
      if (lowerFirsts[g] != 0) {
        lowerNexts[slot] = lowerFirsts[g]; // at the head of the group's chain
      } else {
        lowerHashes[g] = h;
      }
      lowerFirsts[g] = slot + 1;
    }
  }

  /** The slot of the spelling of token {@code i}, or the empty slot where it goes. */
  private int find(int i, int h) {
    int mask = firsts.length - 1;
    int start = t.starts[i];
    int length = t.ends[i] - start;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int k = firsts[slot] - 1;
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
    int[] oldFirsts = firsts;
    int[] oldLasts = lasts;
    int[] oldHashes = hashes;
    firsts = new int[oldFirsts.length * 2];
    lasts = new int[firsts.length];
    hashes = new int[firsts.length];
    bits = new byte[firsts.length]; // no bits are set while the index is made
    int mask = firsts.length - 1;
    for (int s = 0; s < oldFirsts.length; s++) {
      if (oldFirsts[s] != 0) {
        int slot = spread(oldHashes[s]) & mask;
        while (firsts[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        firsts[slot] = oldFirsts[s];
        lasts[slot] = oldLasts[s];
        hashes[slot] = oldHashes[s];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
