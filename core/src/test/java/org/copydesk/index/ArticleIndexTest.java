package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.copydesk.ingest.Article;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.SearchRequest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  static Article article(String id, String title, String body, String outlet, String date) {
    return new Article(id, title, body, body, outlet, date == null ? null : Instant.parse(date), null, null, id);
  }

  @Test
  void reindexingReplacesInPlace(@TempDir Path dir) throws Exception {
    for (int round = 0; round < 3; round++) {
      try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
        index.add(article("a", "Cocoa", "Showers in Bahia, round " + round, "Reuters", null));
        index.add(article("b", "Tin", "Tin prices fell.", "Reuters", null));
      }
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(2, searcher.count());
      assertEquals(1, searcher.search(SearchRequest.of("bahia")).hits().size());
      assertEquals(1, searcher.search(SearchRequest.of("round AND 2")).hits().size());
    }
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults().withRecreate(true))) {
      index.add(article("c", "Gold", "Gold rose.", null, null));
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(1, searcher.count());
    }
  }

  @Test
  void filtersByDateAndReportsStats(@TempDir Path dir) throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      index.add(article("1", "Oil", "Oil prices rose.", "Reuters", "1987-02-26T15:01:01Z"));
      index.add(article("2", "Oil", "Oil prices fell.", "Reuters", "1987-03-02T09:00:00Z"));
      index.add(article("3", "Oil", "Oil output steady.", "AP", null));
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      SearchRequest oil = SearchRequest.of("oil");
      assertEquals(3, searcher.search(oil).hits().size());
      assertEquals(
          "2",
          searcher.search(oil.between(Instant.parse("1987-03-01T00:00:00Z"), null)).hits().get(0).id());
      assertEquals(1, searcher.search(oil.between(null, Instant.parse("1987-03-01T00:00:00Z"))).hits().size());
      assertEquals(1, searcher.search(SearchRequest.of("oil AND published:[1987-03-01 TO *]")).hits().size());
      IndexStats stats = searcher.stats();
      assertEquals(3, stats.documents());
      assertEquals(Map.of("Reuters", 2L, "AP", 1L), stats.outlets());
      assertEquals(Instant.parse("1987-02-26T15:01:01Z"), stats.earliest());
      assertEquals(Instant.parse("1987-03-02T09:00:00Z"), stats.latest());
      assertTrue(stats.sizeBytes() > 0);
      assertEquals(Schema.VERSION, stats.schemaVersion());
    }
  }

  @Test
  void refusesMissingEmptyForeignAndOtherVersionFolders(@TempDir Path dir) throws Exception {
    IndexStateException missing = assertThrows(IndexStateException.class, () -> ArticleSearcher.open(dir.resolve("none")));
    assertEquals(IndexStateException.Reason.MISSING, missing.reason());
    assertTrue(missing.getMessage().contains("copydesk index"), missing.getMessage());

    Path empty = dir.resolve("empty");
    ArticleIndex.open(empty, IndexConfig.defaults()).close();
    assertEquals(IndexStateException.Reason.MISSING,
        assertThrows(IndexStateException.class, () -> ArticleSearcher.open(empty)).reason());

    Path foreign = dir.resolve("photos");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("holiday.jpg"), "not an index");
    IndexStateException notIndex =
        assertThrows(IndexStateException.class, () -> ArticleIndex.open(foreign, IndexConfig.defaults().withRecreate(true)));
    assertEquals(IndexStateException.Reason.NOT_AN_INDEX, notIndex.reason());
    assertTrue(Files.exists(foreign.resolve("holiday.jpg")), "nothing of the user's is deleted");

    Path other = dir.resolve("other");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.setLiveCommitData(Map.of(Schema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    IndexStateException old = assertThrows(IndexStateException.class, () -> ArticleSearcher.open(other));
    assertEquals(IndexStateException.Reason.INCOMPATIBLE, old.reason());
    assertTrue(old.getMessage().contains("--recreate"), old.getMessage());
    assertThrows(IndexStateException.class, () -> ArticleIndex.open(other, IndexConfig.defaults()));
    ArticleIndex.open(other, IndexConfig.defaults().withRecreate(true)).close();
  }

  @Test
  void secondWriterIsRefusedAtOnce(@TempDir Path dir) throws Exception {
    try (ArticleIndex first = ArticleIndex.open(dir, IndexConfig.defaults())) {
      first.add(article("a", "T", "Body.", null, null));
      IndexStateException e = assertThrows(IndexStateException.class, () -> ArticleIndex.open(dir, IndexConfig.defaults()));
      assertEquals(IndexStateException.Reason.LOCKED, e.reason());
      first.add(article("b", "T", "Body two.", null, null));
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(2, searcher.count());
    }
  }

  @Test
  void parallelIndexingKeepsTheLastVersionOfEachId(@TempDir Path dir) throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      try (ParallelIndexer indexer = new ParallelIndexer(index, 3)) {
        for (int i = 0; i < 300; i++) {
          indexer.add(article("doc" + (i % 100), "T", "version " + i + " of doc " + (i % 100), null, null));
        }
      }
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(100, searcher.count());
      assertEquals(1, searcher.search(SearchRequest.of("\"version 250\"")).hits().size());
      assertEquals(0, searcher.search(SearchRequest.of("\"version 150\"")).hits().size());
    }
  }

  @Test
  void theWorkersFlushTheLastBuffersThemselvesSoTheCommitHasNoneLeft(@TempDir Path dir) throws Exception {
    int n = 500;
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      try (ParallelIndexer indexer = new ParallelIndexer(index, 2)) {
        for (int i = 0; i < n; i++) {
          indexer.add(article("doc" + i, "T", "\"We counted " + i + " ballots,\" said official " + i + ".", null, null));
        }
      }
      assertEquals(0, index.bufferedDocs(), "every document is in a segment before the commit");
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(n, searcher.count());
      assertEquals(1, searcher.search(SearchRequest.of("\"counted 321 ballots\"")).totalHits());
    }
  }

  @Test
  void anInterruptedCloseStillWaitsForEveryArticleAndKeepsTheInterrupt(@TempDir Path dir) throws Exception {
    int n = 400;
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      ParallelIndexer indexer = new ParallelIndexer(index, 2);
      for (int i = 0; i < n; i++) {
        indexer.add(article("doc" + i, "T", "\"We counted " + i + " ballots,\" said official " + i + ".", null, null));
      }
      Thread.currentThread().interrupt();
      indexer.close();
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
      assertEquals(n, indexer.added());
      assertFalse(indexer.add(article("late", "T", "After close.", null, null)));
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(n, searcher.count());
    }
  }

  /**
   * Closes the indexer in a daemon thread and returns what close threw (null if nothing); fails if
   * it has not returned after the given seconds (a daemon thread, so a hung close cannot hang the
   * build).
   */
  private static Throwable closeWithin(ParallelIndexer indexer, int seconds) throws InterruptedException {
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
    Thread closing = new Thread(() -> {
      try {
        indexer.close();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "closing");
    closing.setDaemon(true);
    closing.start();
    closing.join(seconds * 1000L);
    assertFalse(closing.isAlive(), "close has not returned after " + seconds + " s");
    return thrown.get();
  }

  @Test
  void everyWorkerStopsAtCloseWhenOneBatchHeldAllTheArticles(@TempDir Path dir) throws Exception {
    // A worker takes up to a batch of queued tasks at once, and so may take the other workers'
    // end-of-work markers with its articles: it must hand them back, or close waits for ever.
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      ParallelIndexer indexer = new ParallelIndexer(index, 4);
      for (int i = 0; i < 3; i++) {
        indexer.add(article("doc" + i, "T", "Story " + i + ".", null, null));
      }
      assertNull(closeWithin(indexer, 60), "close returned");
      assertEquals(3, indexer.added());
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(3, searcher.count());
    }
  }

  @RepeatedTest(20) // a race: the failing write against another worker's write to the closed writer
  void aWriteFailingInsideABatchIsThrownByCloseAndHoldsNoWorkerUp(@TempDir Path dir) throws Exception {
    DiskFullTest.FillingDirectory disk = new DiskFullTest.FillingDirectory(FSDirectory.open(dir));
    ArticleIndex index = ArticleIndex.open(dir, disk, IndexConfig.defaults());
    index.add(article("kept", "T", "Committed before the disk filled.", null, null));
    index.commit();
    disk.full = true; // the next document opens a new segment's files, and fails
    ParallelIndexer indexer = new ParallelIndexer(index, 2);
    for (int i = 0; i < 300 && indexer.add(article("doc" + (i % 50), "T", "Version " + i + ".", null, null)); i++) {
      // versions of one id wait for each other across batches and workers
    }
    Throwable e = closeWithin(indexer, 60);
    assertTrue(e instanceof IOException && e.getMessage().contains("No space left on device"), String.valueOf(e));
    assertFalse(indexer.add(article("late", "T", "After the failure.", null, null)));
    index.rollback();
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(1, searcher.count());
    }
  }

  @Test
  void aSlowVersionGivenFirstNeverReplacesTheQuickOneGivenAfterIt(@TempDir Path dir) throws Exception {
    // Workers share one queue: the draft (long, slow to extract) and the final version (short) of
    // each id come one after the other, so two workers take them at once and the final one would
    // be written first if it did not wait for the draft.
    StringBuilder draft = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      draft.append("\"We counted ").append(i * 37).append(" ballots,\" said official number ").append(i)
          .append(", according to the commission. ");
    }
    int ids = 200;
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      try (ParallelIndexer indexer = new ParallelIndexer(index, 4)) {
        for (int i = 0; i < ids; i++) {
          indexer.add(article("doc" + i, "T", "Draft. " + draft, null, null));
          indexer.add(article("doc" + i, "T", "Final text of story " + i + ".", null, null));
        }
      }
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(ids, searcher.count());
      assertEquals(0, searcher.search(SearchRequest.of("draft")).totalHits());
      assertEquals(ids, searcher.search(SearchRequest.of("\"final text\"")).totalHits());
    }
  }

  @Test
  void threadsAddingTheSameIdsToANewIndexLeaveOneArticleEach(@TempDir Path dir) throws Exception {
    // A new index adds ids it has not seen instead of updating them: the same id written from
    // several threads at once must still end as one article.
    int threads = 4;
    int ids = 200;
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      java.util.List<Thread> running = new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread th = new Thread(() -> {
          try {
            start.await();
            for (int i = 0; i < ids; i++) {
              index.add(article("doc" + i, "T", "thread " + thread + " wrote doc " + i, null, null));
            }
          } catch (Throwable e) {
            failed.set(e);
          }
        });
        th.start();
        running.add(th);
      }
      start.countDown();
      for (Thread th : running) {
        th.join();
      }
      assertEquals(null, failed.get());
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(ids, searcher.count());
      assertEquals(1, searcher.search(SearchRequest.of("\"wrote doc 7\"")).hits().size());
    }
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      index.add(article("doc7", "T", "reopened and rewritten", null, null));
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(ids, searcher.count());
      assertEquals(0, searcher.search(SearchRequest.of("\"wrote doc 7\"")).hits().size());
    }
  }
}
