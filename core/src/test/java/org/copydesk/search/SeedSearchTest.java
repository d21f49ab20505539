package org.copydesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking, query syntax and snippets on the five seed articles. */
class SeedSearchTest {

  @TempDir static Path dir;
  static ArticleSearcher searcher;

  /** Indexes the seeds into the folder. */
  static void indexSeeds(Path index) throws IOException {
    try (ArticleIndex writer = ArticleIndex.open(index, IndexConfig.defaults())) {
      Indexer.Summary summary =
          new Indexer(writer)
              .problems(p -> {
                throw new AssertionError(p.toString());
              })
              .run(List.of(Path.of("..", "seeds")));
      assertEquals(5, summary.indexed());
    }
  }

  @BeforeAll
  static void setUp() throws IOException {
    indexSeeds(dir);
    searcher = ArticleSearcher.open(dir);
  }

  @AfterAll
  static void tearDown() throws IOException {
    searcher.close();
  }

  static Set<String> ids(String query) throws Exception {
    Set<String> ids = new TreeSet<>();
    for (Hit hit : searcher.search(SearchRequest.of(query).page(100, 0)).hits()) {
      ids.add(hit.id().replace("seeds/", "").substring(0, 3));
    }
    return ids;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"Operation Kursk Liberation\"|000 001",
        "\"beautiful life\"|000 001 003 004",
        "Reuters|000 001",
        "Parubiy|''",
        "Reply|''",
        "\"Leave a Reply\"|''",
        "martyr|000 001 002 003",
        "deploy|000 001 002 004",
        "kurs*|000 001 003 004",
        "pyongyan~|000 001 002 003 004",
        "\"kim putin\"~5|000 001 002",
        "title:consoles|004",
        "outlet:africa|004",
        "\"beautiful life\" AND NOT outlet:africa|000 001 003",
        "+laborers +thousands|003",
        "kcna -martyrs|004",
        "\"Korea’s National Intelligence Service\"|000",
        "korea's|000 001 002 003 004",
        "source:kcna|000 001 002 004",
        "quote:\"beautiful life\"|000 001 003 004",
        "quote:\"short letter\"|000 001",
        // 001 quotes "a beautiful life", then "martyrs": a phrase never runs from one quote into the next
        "quote:\"life martyrs\"|''",
        "speaker:kim|000 001 002 003 004",
        "source:\"national intelligence service\"|000 001 002 003",
        "figure.killed:[500 TO 1000]|000 001 002 004",
        "figure:[14000 TO 16000]|000 001 002",
        "figure:[1000000 TO *]|002",
        "figure.casualties:6000|000 001",
      })
  void findsWhatUsersExpect(String query, String expected) throws Exception {
    Set<String> want = expected.isEmpty() ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
    assertEquals(want, ids(query));
  }

  @Test
  void phraseHitsCarrySnippetsThatMarkThePhrase() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("\"beautiful life\""));
    assertEquals(4, result.hits().size());
    for (Hit hit : result.hits()) {
      Snippet snippet = hit.snippet();
      assertNotNull(snippet, hit.id());
      assertFalse(snippet.marks().isEmpty(), hit.id());
      String marked = snippet.marked("[", "]").toLowerCase(java.util.Locale.ROOT);
      assertTrue(marked.contains("[beautiful") && marked.contains("life]"), marked);
    }
    assertEquals(1, result.hits().get(0).rank());
    assertTrue(result.hits().get(0).score() >= result.hits().get(3).score());
  }

  @Test
  void figureHitsShowTheMatchingFigures() throws Exception {
    for (Hit hit : searcher.search(SearchRequest.of("figure.killed:[500 TO 1000]")).hits()) {
      assertFalse(hit.figures().isEmpty(), hit.id());
      hit.figures().forEach(f -> assertEquals("killed", f.event(), f.toString()));
      assertTrue(hit.snippet().marked("[", "]").contains("[" + hit.figures().get(0).text() + "]"), hit.snippet().text());
    }
  }

  @Test
  void concurrentSearchesGetTheSameAnswersAsOneAtATime() throws Exception {
    List<String> queries = List.of("\"beautiful life\"", "kim putin", "source:kcna", "figure:[500 TO 1000]", "martyr*");
    List<List<String>> expected = new java.util.ArrayList<>();
    for (String q : queries) {
      expected.add(searcher.search(SearchRequest.of(q)).hits().stream().map(h -> h.id() + h.snippet().text()).toList());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % queries.size();
        results.add(pool.submit(() -> searcher.search(SearchRequest.of(queries.get(k))).hits().stream()
            .map(h -> h.id() + h.snippet().text()).toList().equals(expected.get(k))));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void titleIsBoosted() throws Exception {
    // "consoles" is in 004's headline only; "families" is everywhere, headline or not
    Hit top = searcher.search(SearchRequest.of("families consoles")).hits().get(0);
    assertTrue(top.id().contains("004"), top.id());
  }

  @Test
  void pagesFacetsAndExplains() throws Exception {
    SearchRequest all = SearchRequest.of("kim").with(true, true, true);
    SearchResult first = searcher.search(all.page(2, 0));
    SearchResult second = searcher.search(all.page(2, 2));
    assertEquals(2, first.hits().size());
    assertEquals(3, second.hits().get(0).rank());
    assertFalse(first.hits().get(1).id().equals(second.hits().get(0).id()));
    assertEquals(5, first.totalHits());
    assertEquals(Long.valueOf(4), first.facets().get("(unknown)"));
    assertEquals(Long.valueOf(1), first.facets().get("Africa Today News"));
    assertTrue(first.hits().get(0).explanation().contains("weight("), first.hits().get(0).explanation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"unbalanced|cannot parse query",
        "title:(|cannot parse query",
        "*ussia|cannot parse query",
        "'   '|empty query",
        "figure:[abc TO 5]|expected a number",
      })
  void malformedQueriesGetOneLineErrors(String query, String start) {
    QueryException e = assertThrows(QueryException.class, () -> searcher.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().contains(start), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }
}
