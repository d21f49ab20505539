package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Candidates from stored keys against a naive computation over the same keys: every pair sharing a
 * key of a bucket no larger than the limit, nothing else, whatever the memory budget (a budget of a
 * few keys forces many passes over the key space) and with deleted articles and several segments.
 */
class SharedKeysTest {

  private static final String FIELD = "fingerprints";
  private static final int MAX_BUCKET = 6;

  @ParameterizedTest(name = "budget {0}")
  @ValueSource(ints = {1 << 20, 64, 7})
  void collectFindsExactlyThePairsSharingASmallBucket(int budget) throws IOException {
    List<NearDuplicateDetector.IndexKeys> docs = randomKeys(300, new Random(7));
    Set<Integer> deleted = Set.of(3, 50, 51, 299);
    try (Directory dir = index(docs, deleted); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      for (SharedKeys.Kind kind : SharedKeys.Kind.values()) {
        PairSet out = new PairSet();
        SharedKeys.collect(reader, FIELD, kind, MAX_BUCKET, budget, out, null);
        Set<Long> expected = naivePairs(docs, deleted, kind);
        assertTrue(expected.size() > 50, "the fixture shares keys: " + expected.size());
        assertEquals(expected, asSet(out.sorted()), kind + " at budget " + budget);
      }
    }
  }

  @ParameterizedTest(name = "probe {0}")
  @ValueSource(ints = {0, 17, 120})
  void sharingRanksTheArticlesWithTheMostSharedKeys(int probe) throws IOException {
    List<NearDuplicateDetector.IndexKeys> docs = randomKeys(300, new Random(11));
    try (Directory dir = index(docs, Set.of()); DirectoryReader reader = DirectoryReader.open(dir)) {
      NearDuplicateDetector.IndexKeys keys = docs.get(probe);
      List<Integer> found = SharedKeys.sharing(reader, FIELD, keys.bandKeys(), keys.passageHashes(), MAX_BUCKET, 1000);
      Map<Integer, Integer> expected = naiveSharing(docs, keys);
      assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(found));
      assertTrue(found.contains(probe), "the probe itself is in the index");
      for (int i = 1; i < found.size(); i++) {
        assertTrue(expected.get(found.get(i - 1)) >= expected.get(found.get(i)), "ranked by shared keys");
      }
      int limit = Math.max(1, found.size() - 1);
      assertEquals(found.subList(0, limit), SharedKeys.sharing(reader, FIELD, keys.bandKeys(), keys.passageHashes(), MAX_BUCKET, limit));
    }
  }

  @ParameterizedTest(name = "{0} band keys")
  @ValueSource(ints = {0, 1, 42})
  void encodingRoundTrips(int bands) {
    Random random = new Random(bands);
    long[] bandKeys = random.longs(bands).toArray();
    long[] passages = random.longs(13).toArray();
    NearDuplicateDetector.IndexKeys back = StoredKeys.decode(StoredKeys.encode(new NearDuplicateDetector.IndexKeys(bandKeys, passages)));
    assertEquals(List.of(bandKeys.length, passages.length), List.of(back.bandKeys().length, back.passageHashes().length));
    assertTrue(Arrays.equals(stored(bandKeys), back.bandKeys()) && Arrays.equals(stored(passages), back.passageHashes()));
    assertEquals(Integer.BYTES + StoredKeys.KEY_BYTES * (bands + 13), StoredKeys.encode(back).length);
  }

  @Test
  void storedKeysKeepTheTop48Bits() {
    assertEquals(0x8123_4567_89AB_0000L, StoredKeys.stored(0x8123_4567_89AB_CDEFL));
    long[] keys = {-1L, 0x8000_0000_0000_0000L, 0x0000_0000_0001_0000L, 0x0000_0000_0000_FFFFL};
    long[] back = StoredKeys.decode(StoredKeys.encode(new NearDuplicateDetector.IndexKeys(keys, new long[0]))).bandKeys();
    assertEquals(List.of(0xFFFF_FFFF_FFFF_0000L, 0x8000_0000_0000_0000L, 0x0000_0000_0001_0000L, 0L),
        Arrays.stream(back).boxed().toList());
  }

  private static long[] stored(long[] keys) {
    return Arrays.stream(keys).map(StoredKeys::stored).toArray();
  }

  /** Keys drawn from small pools, so that buckets of every size occur, some above the limit. */
  private static List<NearDuplicateDetector.IndexKeys> randomKeys(int n, Random random) {
    long[] bandPool = random.longs(400).toArray();
    long[] passagePool = random.longs(250).toArray();
    List<NearDuplicateDetector.IndexKeys> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long[] bands = random.ints(random.nextInt(5), 0, bandPool.length).mapToLong(j -> bandPool[j]).distinct().toArray();
      long[] passages = random.ints(random.nextInt(4), 0, passagePool.length).mapToLong(j -> passagePool[j]).distinct().sorted().toArray();
      docs.add(new NearDuplicateDetector.IndexKeys(bands, passages));
    }
    return docs;
  }

  private static Directory index(List<NearDuplicateDetector.IndexKeys> docs, Set<Integer> deleted) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < docs.size(); i++) {
        Document d = new Document();
        d.add(new StringField("id", String.valueOf(i), Field.Store.NO));
        d.add(new BinaryDocValuesField(FIELD, StoredKeys.encode(docs.get(i))));
        w.addDocument(d);
        if (i % 100 == 99) {
          w.commit();
        }
      }
      for (int i : deleted) {
        w.deleteDocuments(new Term("id", String.valueOf(i)));
      }
    }
    return dir;
  }

  private static Set<Long> naivePairs(List<NearDuplicateDetector.IndexKeys> docs, Set<Integer> deleted, SharedKeys.Kind kind) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (deleted.contains(i)) {
        continue;
      }
      long[] keys = kind == SharedKeys.Kind.BANDS ? docs.get(i).bandKeys() : docs.get(i).passageHashes();
      for (long key : keys) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> pairs = new TreeSet<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() <= MAX_BUCKET) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            pairs.add(((long) bucket.get(x) << 32) | bucket.get(y));
          }
        }
      }
    }
    return pairs;
  }

  /** Shared keys per article: every shared band key, and passage hashes held by at most the limit. */
  private static Map<Integer, Integer> naiveSharing(List<NearDuplicateDetector.IndexKeys> docs, NearDuplicateDetector.IndexKeys probe) {
    Map<Long, Integer> holders = new HashMap<>();
    for (NearDuplicateDetector.IndexKeys d : docs) {
      for (long h : d.passageHashes()) {
        holders.merge(h, 1, Integer::sum);
      }
    }
    Set<Long> bands = new TreeSet<>();
    for (long k : probe.bandKeys()) {
      bands.add(k);
    }
    Set<Long> passages = new TreeSet<>();
    for (long h : probe.passageHashes()) {
      if (holders.get(h) <= MAX_BUCKET) {
        passages.add(h);
      }
    }
    Map<Integer, Integer> shared = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      int n = 0;
      for (long k : docs.get(i).bandKeys()) {
        n += bands.contains(k) ? 1 : 0;
      }
      for (long h : docs.get(i).passageHashes()) {
        n += passages.contains(h) ? 1 : 0;
      }
      if (n > 0) {
        shared.put(i, n);
      }
    }
    return shared;
  }

  private static Set<Long> asSet(long[] pairs) {
    Set<Long> set = new TreeSet<>();
    for (long p : pairs) {
      set.add(p);
    }
    return set;
  }
}
