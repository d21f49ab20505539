package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClustersTest {

  @Test
  void seedsFormOneReuseClusterLabelledByTheEarliestTitle() {
    List<String> seeds = TestTexts.seeds();
    NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults());
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      String text = seeds.get(i);
      String title = text.substring(0, text.indexOf('\n'));
      // 001 (Reuters) published first, the rewrites an hour apart after it.
      Instant published = Instant.parse("2025-08-30T06:00:00Z").plusSeconds(3600L * (i == 1 ? 0 : i + 1));
      articles.add(new Article("00" + i, title, text, text, "outlet" + i, published, null, null, null));
    }
    List<PairVerdict> pairs = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (int b = a + 1; b < articles.size(); b++) {
        pairs.add(detector.compare(doc(articles.get(a)), doc(articles.get(b))));
      }
    }
    List<Cluster> reuse = Clusters.build(articles, pairs, Level.REUSE);
    assertEquals(1, reuse.size());
    assertEquals(List.of("001", "000", "002", "003", "004"), reuse.get(0).articleIds());
    assertEquals(articles.get(1).title(), reuse.get(0).label());
    assertEquals(Level.REUSE, reuse.get(0).strongest());
    assertEquals(List.of(), Clusters.build(articles, pairs, Level.NEAR_DUPLICATE));
  }

  private static DedupDocument doc(Article a) {
    return new DedupDocument(a.id(), a.body(), TestTexts.quoteRanges(a.body()), a.published());
  }

  @ParameterizedTest(name = "dates {0},{1} containment {2},{3} -> origin {4}, container {5}")
  @CsvSource({
      "2025-08-29T00:00:00Z, 2025-08-30T00:00:00Z, 0.10, 0.60, A, A",
      "2025-08-30T00:00:00Z, 2025-08-29T00:00:00Z, 0.60, 0.10, B, B",
      ",                     2025-08-29T00:00:00Z, 0.30, 0.32, UNKNOWN, UNKNOWN"})
  void directionFromDatesAndContainment(
      String a, String b, double aInB, double bInA, Direction.Side origin, Direction.Side container) {
    Direction d = Direction.of(a == null ? null : Instant.parse(a), b == null ? null : Instant.parse(b), aInB, bInA);
    assertEquals(new Direction(origin, container), d);
  }
}
