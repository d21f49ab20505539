package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * MinHash-LSH recall on Reuters-21578: exact all-pairs Jaccard >= 0.5 of 5-shingles (by an inverted
 * index on shingles) against the pairs sharing a band key. Skipped when the shared data is absent.
 *
 * <p>Run: {@code mvn -o -pl core test -Dtest=ReutersLshRecallTest} (set {@code COPYDESK_SHARED} when
 * the {@code copydesk.shared} property does not point at the shared folder, e.g. in a worktree).
 */
class ReutersLshRecallTest {

  @Test
  void lshFindsAtLeast98PercentOfPairsWithJaccardOverHalf() throws IOException {
    Path data = sharedFile("data/reuters21578.jsonl");
    assumeTrue(data != null, "SKIPPED: reuters21578.jsonl not found under copydesk.shared or COPYDESK_SHARED");
    DedupConfig config = DedupConfig.defaults();
    MinHash minHash = new MinHash(config);
    LshBands bands = new LshBands(config);
    List<long[]> sets = new ArrayList<>();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode r = json.readTree(line);
        long[] set = Shingles.set(r.path("text").asText(""), config.shingleSize());
        int doc = sets.size();
        sets.add(set);
        for (long key : bands.keys(minHash.signature(set))) {
          buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
        }
      }
    }
    Set<Long> candidates = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          candidates.add(pair(bucket.get(x), bucket.get(y)));
        }
      }
    }
    // Exact: for each document, count shared shingles with every earlier one through postings.
    Map<Long, List<Integer>> postings = new HashMap<>();
    int[] shared = new int[sets.size()];
    int exact = 0;
    int found = 0;
    for (int d = 0; d < sets.size(); d++) {
      List<Integer> touched = new ArrayList<>();
      for (long s : sets.get(d)) {
        List<Integer> list = postings.computeIfAbsent(s, k -> new ArrayList<>());
        for (int e : list) {
          if (shared[e]++ == 0) {
            touched.add(e);
          }
        }
        list.add(d);
      }
      for (int e : touched) {
        int c = shared[e];
        shared[e] = 0;
        if (c >= 0.5 * (sets.get(d).length + sets.get(e).length - c)) {
          exact++;
          found += candidates.contains(pair(e, d)) ? 1 : 0;
        }
      }
    }
    double recall = exact == 0 ? 1 : (double) found / exact;
    System.out.printf(Locale.ROOT,
        "reuters21578: %d docs, %d pairs with Jaccard >= 0.5, LSH found %d (recall %.4f), %d candidate pairs%n",
        sets.size(), exact, found, recall, candidates.size());
    assertTrue(recall >= 0.98, "recall " + recall);
  }

  private static long pair(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  static Path sharedFile(String relative) {
    for (String root : new String[] {System.getProperty("copydesk.shared"), System.getenv("COPYDESK_SHARED")}) {
      if (root != null && Files.isRegularFile(Path.of(root, relative))) {
        return Path.of(root, relative);
      }
    }
    return null;
  }
}
