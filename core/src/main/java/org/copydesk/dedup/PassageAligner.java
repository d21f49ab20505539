package org.copydesk.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages two texts share: maximal runs of the same normalised words.
 *
 * <p>The anchors (runs of {@value #ANCHOR} words) of the shorter text go into a hash map; the other
 * text is scanned once, each anchor hit is extended forward as far as the words agree, and the
 * scan jumps past every accepted passage, so the work is linear in the texts' lengths rather than
 * their product. A passage is kept when it has at least {@link DedupConfig#minQuoteWords} words and
 * is a shared quotation (mostly quoted in both texts), or at least {@link DedupConfig#minPassageWords}
 * otherwise.
 *
 * <p>NOTE: an anchor that occurs more than {@value #MAX_OCCURRENCES} times in the indexed text is
 * tried at only that many places, which keeps 1 MB of one repeated word linear; such text is
 * boilerplate, not reporting. Thread-safe.
 */
public final class PassageAligner {

  static final int ANCHOR = 4;
  static final int MAX_OCCURRENCES = 16;

  private final int minProse;
  private final int minQuote;

  /** An aligner with the configuration's passage lengths. */
  public PassageAligner(DedupConfig config) {
    this.minProse = config.minPassageWords();
    this.minQuote = config.minQuoteWords();
  }

  /**
   * The passages texts {@code a} and {@code b} share, in order of their place in {@code b}.
   *
   * @param a text A
   * @param quotesA the quoted ranges of A (any order, may overlap), or an empty list
   * @param b text B
   * @param quotesB the quoted ranges of B
   */
  public List<SharedPassage> align(
      String a, List<TextRange> quotesA, String b, List<TextRange> quotesB) {
    return align(WordTokens.of(a), quotesA, WordTokens.of(b), quotesB);
  }

  /** As {@link #align(String, List, String, List)} on texts already tokenised. */
  public List<SharedPassage> align(
      WordTokens a, List<TextRange> quotesA, WordTokens b, List<TextRange> quotesB) {
    boolean[] inQuoteA = quotedWords(a, quotesA);
    boolean[] inQuoteB = quotedWords(b, quotesB);
    List<int[]> runs = a.size() <= b.size() ? runs(a, b) : swap(runs(b, a));
    List<SharedPassage> out = new ArrayList<>();
    int minimum = Math.min(minProse, minQuote);
    for (int[] run : runs) {
      int pa = run[0];
      int pb = run[1];
      int len = run[2];
      if (len < minimum) {
        continue;
      }
      int quotedA = 0;
      int quotedB = 0;
      int prose = 0;
      for (int j = 0; j < len; j++) {
        boolean qa = inQuoteA[pa + j];
        boolean qb = inQuoteB[pb + j];
        quotedA += qa ? 1 : 0;
        quotedB += qb ? 1 : 0;
        prose += !qa && !qb ? 1 : 0;
      }
      boolean inA = 2 * quotedA > len;
      boolean inB = 2 * quotedB > len;
      if (len < (inA && inB ? minQuote : minProse)) {
        continue;
      }
      int aStart = a.start(pa);
      int aEnd = a.end(pa + len - 1);
      out.add(new SharedPassage(aStart, aEnd, b.start(pb), b.end(pb + len - 1), len,
          a.text().substring(aStart, aEnd), inA, inB, prose));
    }
    return out;
  }

  /**
   * Maximal common runs between an indexed text and a scanned one, as {indexedPos, scannedPos, length},
   * in scan order.
   */
  private static List<int[]> runs(WordTokens indexed, WordTokens scanned) {
    List<int[]> runs = new ArrayList<>();
    long[] hi = indexed.hashes();
    long[] hs = scanned.hashes();
    if (hi.length < ANCHOR || hs.length < ANCHOR) {
      return runs;
    }
    long[] anchorsI = anchors(hi);
    long[] anchorsS = anchors(hs);
    // Chains of positions per anchor: the head table holds the latest position, next[] the one
    // before it. The table is open addressing over the anchor values themselves (no boxing: it is
    // built for every pair compared).
    int mask = Integer.highestOneBit(Math.max(2, anchorsI.length) * 2) * 2 - 1;
    long[] keys = new long[mask + 1];
    int[] head = new int[mask + 1];
    java.util.Arrays.fill(head, -1);
    int[] next = new int[anchorsI.length];
    for (int p = 0; p < anchorsI.length; p++) {
      int slot = slot(keys, head, mask, anchorsI[p]);
      next[p] = head[slot];
      keys[slot] = anchorsI[p];
      head[slot] = p;
    }
    int i = 0;
    while (i < anchorsS.length) {
      int first = head[slot(keys, head, mask, anchorsS[i])];
      int bestPos = -1;
      int bestLen = 0;
      int tried = 0;
      for (int p = first; p >= 0 && tried < MAX_OCCURRENCES; p = next[p]) {
        tried++;
        int len = 0;
        while (p + len < hi.length && i + len < hs.length && hi[p + len] == hs[i + len]) {
          len++;
        }
        if (len > bestLen) {
          bestLen = len;
          bestPos = p;
        }
      }
      if (bestLen >= ANCHOR) {
        runs.add(new int[] {bestPos, i, bestLen});
        i += bestLen;
      } else {
        i++;
      }
    }
    return runs;
  }

  /** The slot of the key in the table: where it is, or the empty slot where it would go. */
  private static int slot(long[] keys, int[] head, int mask, long key) {
    int slot = (int) Hashing.fmix64(key) & mask;
    while (head[slot] >= 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long[] anchors(long[] wordHashes) {
    long[] out = new long[wordHashes.length - ANCHOR + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = Hashing.sequence(wordHashes, i, ANCHOR);
    }
    return out;
  }

  private static List<int[]> swap(List<int[]> runs) {
    List<int[]> out = new ArrayList<>(runs.size());
    for (int[] r : runs) {
      out.add(new int[] {r[1], r[0], r[2]});
    }
    out.sort(Comparator.comparingInt(r -> r[1]));
    return out;
  }

  /** For each word, whether its first char lies in one of the ranges: one merge over sorted ranges. */
  static boolean[] quotedWords(WordTokens words, List<TextRange> ranges) {
    boolean[] quoted = new boolean[words.size()];
    if (ranges.isEmpty()) {
      return quoted;
    }
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(TextRange::start));
    int r = 0;
    int reach = -1; // furthest end among ranges started so far
    for (int w = 0; w < quoted.length; w++) {
      int offset = words.start(w);
      while (r < sorted.size() && sorted.get(r).start() <= offset) {
        reach = Math.max(reach, sorted.get(r).end());
        r++;
      }
      quoted[w] = offset < reach;
    }
    return quoted;
  }
}
