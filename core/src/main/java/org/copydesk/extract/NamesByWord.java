package org.copydesk.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The name runs of an article by the words they hold: for a word as written ("Kim"), the runs that
 * hold it ("Kim Jong Un", "Kim"), in text order and at most a bound of them.
 *
 * <p>Open addressing over the tokens' {@link QuoteTokens#wordHash word hashes}; words are compared
 * in the text, so no String is made for them.
 *
 * <p>NOTE: immutable after construction; reads the tokens and the list of runs it was given.
 */
final class NamesByWord {

  private final QuoteTokens tokens;
  private final int[] word; // per slot: a token spelling the slot's word, or -1 when empty
  private final int[][] runs; // per slot: indices of the runs holding the word
  private final int[] sizes;
  private final int mask;

  /**
   * Indexes the runs ({@code {firstToken, lastToken}}, in text order), keeping at most {@code
   * maxRunsPerWord} runs for each word.
   */
  NamesByWord(QuoteTokens tokens, List<int[]> names, int maxRunsPerWord) {
    this.tokens = tokens;
    int words = 0;
    for (int[] run : names) {
      words += run[1] - run[0] + 1;
    }
    int size = Integer.highestOneBit(Math.max(8, words * 2 - 1)) * 2; // load factor <= 1/2
    word = new int[size];
    Arrays.fill(word, -1);
    runs = new int[size][];
    sizes = new int[size];
    mask = size - 1;
    for (int r = 0; r < names.size(); r++) {
      int[] run = names.get(r);
      for (int k = run[0]; k <= run[1]; k++) {
        int slot = slotOf(k);
        if (word[slot] < 0) {
          word[slot] = k;
          runs[slot] = new int[4];
        }
        if (sizes[slot] < maxRunsPerWord) {
          if (sizes[slot] == runs[slot].length) {
            runs[slot] = Arrays.copyOf(runs[slot], sizes[slot] * 2);
          }
          runs[slot][sizes[slot]++] = r;
        }
      }
    }
  }

  /** The slot of the word of token {@code t}: its entry, or the empty slot where it would go. */
  private int slotOf(int t) {
    int slot = spread(tokens.wordHash(t)) & mask;
    while (word[slot] >= 0 && !tokens.sameWord(word[slot], t)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The entry of the word of token {@code t}, for {@link #count} and {@link #run}; -1 if none. */
  int entry(int t) {
    int slot = slotOf(t);
    return word[slot] < 0 ? -1 : slot;
  }

  /** How many runs hold the entry's word; 0 for entry -1. */
  int count(int entry) {
    return entry < 0 ? 0 : sizes[entry];
  }

  /** Index (in the list given) of the {@code i}-th run holding the entry's word, {@code i < count}. */
  int run(int entry, int i) {
    return runs[entry][i];
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
