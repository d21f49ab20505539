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
  @TempDir static Path three;

  /** Two short stories of our own, each copied by other outlets (a word or a sentence changed). */
  private static final String HARBOUR = "The harbour authority said on Tuesday that the northern quay would close for"
      + " repairs from next month, after divers found cracks in the foundations. Ferry operators will move to the"
      + " southern pier, and the authority expects the work to take about eight weeks. Local traders said the"
      + " closure would hurt the summer season, which usually brings most of their income.";
  private static final String ORCHARD = "Growers in the valley began the apple harvest a week early this year after a"
      + " warm spring, the regional farmers' union said. The union expects a crop of around 40,000 tonnes, slightly"
      + " above last year, although hail in June damaged fruit on some higher farms. Pickers are in short supply,"
      + " and several farms have raised hourly pay to attract seasonal workers.";

  @BeforeAll
  static void indexSeeds() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      new Indexer(index).run(List.of(Path.of("..", "seeds")));
    }
    try (ArticleIndex index = ArticleIndex.open(three, IndexConfig.defaults())) {
      new Indexer(index).run(List.of(Path.of("..", "seeds")));
      index.add(Article.of("harbour-1", "Quay to close", HARBOUR).withOutlet("Coast Post"));
      index.add(Article.of("harbour-2", "Northern quay closes", HARBOUR.replace("on Tuesday", "on Wednesday")).withOutlet("Bay Times"));
      index.add(Article.of("orchard-1", "Early harvest", ORCHARD).withOutlet("Valley News"));
      index.add(Article.of("orchard-2", "Apple harvest starts early", ORCHARD.replace("a week", "ten days")).withOutlet("Farm Wire"));
      index.add(Article.of("orchard-3", "Harvest begins", ORCHARD.substring(0, ORCHARD.lastIndexOf(" Pickers"))).withOutlet("Daily Ledger"));
    }
  }

  /** Records what a sink is given, in order. */
  private static final class Recording implements ReportSink {
    final List<String> calls = new java.util.ArrayList<>();
    ReportHeader header;
    final List<Story> stories = new java.util.ArrayList<>();

    @Override
    public void begin(ReportHeader h) {
      calls.add("begin");
      header = h;
    }

    @Override
    public void story(Story story) {
      calls.add("story " + story.number());
      stories.add(story);
    }

    @Override
    public void end() {
      calls.add("end");
    }
  }

  @Test
  void storiesStreamOneAtATimeEachWithOnlyItsOwnEvidence() throws IOException {
    Recording sink = new Recording();
    DuplicateReport collected;
    try (DuplicateDetector detector = DuplicateDetector.open(three, DedupConfig.defaults())) {
      detector.detect(DuplicateDetector.Options.defaults(), null, sink);
      collected = detector.detect(DuplicateDetector.Options.defaults(), null);
    }
    assertEquals(List.of("begin", "story 1", "story 2", "story 3", "end"), sink.calls);
    assertEquals(List.of(5, 3, 2), sink.stories.stream().map(s -> s.articles().size()).toList(), "largest story first");
    assertEquals(List.of("orchard-1", "orchard-2", "orchard-3").stream().sorted().toList(),
        sink.stories.get(1).cluster().articleIds().stream().sorted().toList());
    int pairs = 0;
    for (int i = 0; i < sink.stories.size(); i++) {
      Story s = sink.stories.get(i);
      assertEquals(sink.header.clusters().get(i), s.cluster(), "the header lists the stories in order");
      assertEquals(s.cluster().articleIds(), s.articles().stream().map(ArticleSummary::id).toList());
      for (PairVerdict p : s.pairs()) {
        assertTrue(s.articlesById().containsKey(p.aId()) && s.articlesById().containsKey(p.bId()), p.toString());
      }
      pairs += s.pairs().size();
    }
    assertEquals(sink.header.pairs(), pairs);
    assertEquals(3, sink.stories.get(1).pairs().size(), "three copies of one story pair up three ways");
    assertEquals(sink.stories, collected.stories(), "streamed and collected runs agree");
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
