package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.IndexStateException;
import org.copydesk.index.Schema;
import org.copydesk.index.Indexer;
import org.copydesk.ingest.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates found through the index, on the seeds and on planted copies. */
class DuplicateDetectorTest {

  @TempDir static Path dir;

  @BeforeAll
  static void indexSeeds() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      new Indexer(index).run(List.of(Path.of("..", "seeds")));
    }
  }

  static PairVerdict pair(DuplicateReport report, String a, String b) {
    for (PairVerdict p : report.pairs()) {
      if ((p.aId().contains(a) && p.bId().contains(b)) || (p.aId().contains(b) && p.bId().contains(a))) {
        return p;
      }
    }
    return null;
  }

  @Test
  void seedsFormOneStoryAnd000Reuses001() throws IOException {
    DuplicateReport report;
    try (DuplicateDetector detector = DuplicateDetector.open(dir, DedupConfig.defaults())) {
      report = detector.detect(DuplicateDetector.Options.defaults(), null);
    }
    assertEquals(1, report.clusters().size(), report.clusters().toString());
    assertEquals(5, report.clusters().get(0).articleIds().size());
    PairVerdict reuse = pair(report, "000_", "001_");
    assertEquals(Level.REUSE, reuse.level(), reuse.reason());
    assertTrue(
        reuse.passages().stream()
            .anyMatch(p -> !p.quoted() && p.text().contains("Reuters could not independently verify the authenticity of the footage")),
        reuse.passages().toString());
    assertTrue(
        reuse.passages().stream().anyMatch(p -> p.text().contains("They did not write even a short letter to me")),
        reuse.passages().toString());
    for (PairVerdict p : report.pairs()) {
      assertFalse(p.level().atLeast(Level.NEAR_DUPLICATE), p.toString());
      ArticleSummary a = report.article(p.aId());
      ArticleSummary b = report.article(p.bId());
      for (SharedPassage s : p.passages()) {
        assertEquals(s.text(), a.text().substring(s.aStart(), s.aEnd()));
        assertEquals(WordTokens.of(s.text()).size(), WordTokens.of(b.text().substring(s.bStart(), s.bEnd())).size());
      }
    }
  }

  @Test
  void checkFindsACopyWithoutAddingIt() throws IOException {
    String body = java.nio.file.Files.readString(Path.of("..", "seeds", "001_b4c3d3bfb9c4bd4d.txt"));
    Article copy = new Article("copy-of-001", "", body, body + "\nRead more: elsewhere", "Copycat Daily", null, null, null, "copy");
    try (DuplicateDetector detector = DuplicateDetector.open(dir, DedupConfig.defaults())) {
      DuplicateReport report = detector.check(copy, DuplicateDetector.Options.defaults());
      PairVerdict p = pair(report, "copy-of-001", "001_");
      assertEquals(Level.DUPLICATE, p.level(), p.reason());
      assertEquals(5, detector.detect(DuplicateDetector.Options.defaults(), null).articles().size());
    }
  }

  @Test
  void anIndexOfKeysFromTheOldMinHashIsRefused(@TempDir Path old) throws IOException {
    // What an index built before one-permutation MinHash records: its band keys never agree with ours.
    String oldSettings = "shingles=5;permutations=128;bands=42x3;seed=636f70796465736b;passageWords=8";
    try (IndexWriter w = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.setLiveCommitData(Map.of(Schema.VERSION_KEY, String.valueOf(Schema.VERSION), Schema.FINGERPRINT_KEY, oldSettings).entrySet());
      w.commit();
    }
    IndexStateException e = assertThrows(IndexStateException.class, () -> DuplicateDetector.open(old, DedupConfig.defaults()));
    assertEquals(IndexStateException.Reason.INCOMPATIBLE, e.reason());
    assertTrue(e.getMessage().contains("--recreate"), e.getMessage());
    IndexStateException adding = assertThrows(IndexStateException.class, () -> ArticleIndex.open(old, IndexConfig.defaults()));
    assertEquals(IndexStateException.Reason.INCOMPATIBLE, adding.reason(), adding.getMessage());
  }
}
