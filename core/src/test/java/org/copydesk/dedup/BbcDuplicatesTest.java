package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.SharedData;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Optional check on ../shared/data/bbc: every pair of byte-identical stories is reported as a duplicate. */
class BbcDuplicatesTest {

  @Test
  void findsEveryExactDuplicate(@TempDir Path index) throws Exception {
    Path bbc = SharedData.require("data/bbc");
    Map<String, List<String>> byHash = new HashMap<>();
    try (Stream<Path> files = Files.walk(bbc)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String hash = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        String id = bbc.getParent().relativize(f).toString().replace('\\', '/');
        byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(id);
      }
    }
    Set<String> expected = new HashSet<>();
    for (List<String> ids : byHash.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          expected.add(key(ids.get(i), ids.get(j)));
        }
      }
    }
    try (ArticleIndex writer = ArticleIndex.open(index, IndexConfig.defaults())) {
      new Indexer(writer).run(List.of(bbc));
    }
    Set<String> found = new HashSet<>();
    try (DuplicateDetector detector = DuplicateDetector.open(index, DedupConfig.defaults())) {
      DuplicateReport report = detector.detect(DuplicateDetector.Options.defaults().withLevel(Level.DUPLICATE), null);
      for (PairVerdict p : report.pairs()) {
        assertEquals(Level.DUPLICATE, p.level());
        assertTrue(p.scores().jaccard() >= 0.9, p.toString());
        found.add(key(p.aId(), p.bId()));
      }
    }
    System.out.printf("BBC exact duplicates: %d expected, %d found, %d pairs reported%n",
        expected.size(), expected.stream().filter(found::contains).count(), found.size());
    Set<String> missing = new HashSet<>(expected);
    missing.removeAll(found);
    assertEquals(Set.of(), missing);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
