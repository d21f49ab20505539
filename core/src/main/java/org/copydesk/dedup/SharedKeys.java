package org.copydesk.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.copydesk.Progress;

/**
 * Finds the live articles of an index that share {@link StoredKeys stored keys}: LSH band keys
 * (near-duplicate candidates) or winnowed passage hashes (reuse candidates).
 *
 * <p>{@link #collect} sorts instead of inverting: each (key, article) is packed in one {@code long}
 * (key bits high, article number low), the longs are sorted, and each run of equal keys is a
 * bucket whose articles pair up. Memory is bounded by {@code budget} keys: when the index holds
 * more, the key space is split by its top bits and the stored keys are scanned once per part.
 *
 * <p>NOTE: the index keeps the top 48 bits of each key, and the low bits of each key make room for
 * the article number, so two different keys may share a bucket with a chance of about
 * 2<sup>-min(48, 64 - bits of maxDoc)</sup> per pair of keys. That only adds a candidate, which is
 * verified exactly like every other.
 */
final class SharedKeys {

  /** Which stored keys to match. */
  enum Kind {
    BANDS,
    PASSAGES
  }

  /** The default number of keys held at once: 8M, 64 MB. */
  static final int DEFAULT_BUDGET = 1 << 23;

  private SharedKeys() {}

  /**
   * Adds to {@code out} every pair of live articles sharing a key of the kind, except through keys
   * shared by more than {@code maxBucket} articles (boilerplate).
   */
  static void collect(
      IndexReader reader, String field, Kind kind, int maxBucket, int budget, PairSet out, Progress progress)
      throws IOException {
    long[] total = {0};
    forEachLive(reader, field, (doc, bytes) -> total[0] += count(kind, bytes));
    if (total[0] == 0) {
      return;
    }
    int partBits = partBits(total[0], budget);
    int docBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(reader.maxDoc()));
    long docMask = (1L << docBits) - 1;
    Packed packed = new Packed(new long[(int) Math.min(total[0], budget + (budget >>> 2))]);
    String phase = "candidates (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    int parts = 1 << partBits;
    for (int part = 0; part < parts; part++) {
      int current = part;
      packed.size = 0;
      forEachLive(reader, field, (doc, bytes) -> {
        int from = kind == Kind.BANDS ? 0 : StoredKeys.bandCount(bytes);
        int to = kind == Kind.BANDS ? StoredKeys.bandCount(bytes) : StoredKeys.keyCount(bytes);
        for (int i = from; i < to; i++) {
          long key = StoredKeys.key(bytes, i);
          if (partBits == 0 || (int) (key >>> (64 - partBits)) == current) {
            packed.add((key & ~docMask) | doc);
          }
        }
      });
      Arrays.sort(packed.values, 0, packed.size);
      pairRuns(packed.values, packed.size, docMask, maxBucket, out);
      if (progress != null) {
        progress.update(phase, part + 1, parts);
      }
    }
  }

  /** A growable array of packed keys. */
  private static final class Packed {
    long[] values;
    int size;

    Packed(long[] values) {
      this.values = values;
    }

    void add(long value) {
      if (size == values.length) {
        values = ArrayUtil.grow(values, size + 1);
      }
      values[size++] = value;
    }
  }

  /** How many top bits of a key choose its part: enough for parts of about {@code budget} keys. */
  private static int partBits(long total, int budget) {
    int bits = 0;
    while ((total >>> bits) > budget) {
      bits++;
    }
    return bits;
  }

  /** Pairs up the articles of each run of equal keys of at most {@code maxBucket} entries. */
  private static void pairRuns(long[] packed, int n, long docMask, int maxBucket, PairSet out) {
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i < n && (packed[i] & ~docMask) == (packed[start] & ~docMask)) {
        continue;
      }
      if (i - start >= 2 && i - start <= maxBucket) {
        for (int a = start; a < i; a++) {
          for (int b = a + 1; b < i; b++) {
            int docA = (int) (packed[a] & docMask);
            int docB = (int) (packed[b] & docMask);
            if (docA != docB) {
              out.add(docA, docB);
            }
          }
        }
      }
      start = i;
    }
  }

  private static int count(Kind kind, BytesRef bytes) {
    int bands = StoredKeys.bandCount(bytes);
    return kind == Kind.BANDS ? bands : StoredKeys.keyCount(bytes) - bands;
  }

  /**
   * The live articles sharing any of the band keys, or any of the passage hashes that at most
   * {@code maxBucket} articles share, most shared keys first (then in index order), at most {@code
   * limit}: the candidates of one probe article, in one scan of the stored keys.
   */
  static List<Integer> sharing(
      IndexReader reader, String field, long[] bandKeys, long[] passageHashes, int maxBucket, int limit)
      throws IOException {
    long[] bands = sortedCopy(bandKeys);
    long[] passages = sortedCopy(passageHashes);
    int[] articlesWithPassage = new int[passages.length];
    Map<Integer, Integer> shared = new HashMap<>();
    List<long[]> passageHits = new ArrayList<>();
    forEachLive(reader, field, (doc, bytes) -> {
      int bandCount = StoredKeys.bandCount(bytes);
      int keyCount = StoredKeys.keyCount(bytes);
      for (int i = 0; i < bandCount && bands.length > 0; i++) {
        if (Arrays.binarySearch(bands, StoredKeys.key(bytes, i)) >= 0) {
          shared.merge(doc, 1, Integer::sum);
        }
      }
      for (int i = bandCount; i < keyCount && passages.length > 0; i++) {
        int at = Arrays.binarySearch(passages, StoredKeys.key(bytes, i));
        if (at >= 0 && ++articlesWithPassage[at] <= maxBucket) {
          passageHits.add(new long[] {doc, at});
        }
      }
    });
    for (long[] hit : passageHits) {
      if (articlesWithPassage[(int) hit[1]] <= maxBucket) {
        shared.merge((int) hit[0], 1, Integer::sum);
      }
    }
    List<Integer> docs = new ArrayList<>(shared.keySet());
    docs.sort((x, y) -> shared.get(x).equals(shared.get(y)) ? Integer.compare(x, y) : shared.get(y) - shared.get(x));
    return docs.size() > limit ? new ArrayList<>(docs.subList(0, limit)) : docs;
  }

  /** What {@link #forEachLive} calls for each live article: its number in the index and its stored keys. */
  @FunctionalInterface
  private interface KeysVisitor {
    void visit(int doc, BytesRef bytes);
  }

  /** Calls the visitor for every live article with stored keys, in index order. */
  private static void forEachLive(IndexReader reader, String field, KeysVisitor visitor) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
      Bits live = leaf.reader().getLiveDocs();
      if (values == null) {
        continue;
      }
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(leaf.docBase + doc, values.binaryValue());
        }
      }
    }
  }

  /** The keys in the form the index stores them ({@link StoredKeys#stored}), sorted. */
  private static long[] sortedCopy(long[] keys) {
    long[] copy = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = StoredKeys.stored(keys[i]);
    }
    Arrays.sort(copy);
    return copy;
  }
}
