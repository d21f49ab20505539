package org.copydesk.extract;

/**
 * The capitalised words of an article: each distinct spelling once, with the tokens that spell it in
 * text order, so that a question about a word ("is it ever capitalised mid-sentence?") walks the few
 * places where it occurs instead of the whole article.
 *
 * <p>Spellings are hashed by their lower case ({@link SourceTokens#lowerHash(int)}) and compared in
 * place, so that one probe finds a spelling ("Texaco") and one run of probes finds every spelling of
 * a lower-case form ("Texaco", "TEXACO" for "texaco"): with linear probing and no removals, all the
 * keys of one hash lie between its home slot and the next empty one. Each spelling has a byte of
 * bits in which the caller keeps what it has worked out about the word, so that each question is
 * answered once.
 *
 * <p>NOTE: made in one pass over the tokens; one instance serves one article on one thread.
 */
final class NameIndex {

  private final SourceTokens t;
  /** Per slot: the first token of the spelling, plus one; 0 for an empty slot. */
  private int[] firsts;
  private int[] lasts;
  /** Per slot: {@link SourceTokens#lowerHash(int)} of the spelling. */
  private int[] hashes;
  private byte[] bits;
  private int used;
  /** Per token: the next token with the same spelling, plus one; 0 for none. */
  private final int[] nexts;

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
    int h = t.lowerHash(i);
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
    return find(i, t.lowerHash(i));
  }

  /** The slot of a capitalised word of the article spelt {@code word}, or -1 when there is none. */
  int slotOf(String word) {
    int h = SourceTokens.lowerHashOf(word);
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

  /**
   * The slot of the first spelling whose lower case ({@link SourceTokens#lower(int)}) is {@code
   * lower}, or -1 when there is none; the others follow from {@link #nextOfLower(int, String)}.
   */
  int firstOfLower(String lower) {
    return ofLower(spread(lower.hashCode()) & (firsts.length - 1), lower);
  }

  /** The next spelling after {@code slot} whose lower case is {@code lower}, or -1. */
  int nextOfLower(int slot, String lower) {
    return ofLower((slot + 1) & (firsts.length - 1), lower);
  }

  /** The first slot from {@code slot} on in its run of probes that spells {@code lower}, or -1. */
  private int ofLower(int slot, String lower) {
    int h = lower.hashCode();
    for (int mask = firsts.length - 1; firsts[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && t.lowerEquals(first(slot), lower)) {
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
      if (hashes[slot] == h && t.ends[k] - t.starts[k] == length && sameChars(t.starts[k], start, length)) {
        return slot;
      }
    }
  }

  /** Whether the text has the same {@code length} characters at {@code a} and {@code b}. */
  private boolean sameChars(int a, int b, int length) {
    String s = t.text;
    for (int k = 0; k < length; k++) {
      if (s.charAt(a + k) != s.charAt(b + k)) {
        return false;
      }
    }
    return true;
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
