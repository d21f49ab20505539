package org.copydesk.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string given as a query yields hits or a one-line {@link QueryException}, never anything else. */
class HostileQueryTest {

  private static ArticleSearcher searcher;

  private static synchronized ArticleSearcher searcher() throws IOException {
    if (searcher == null) {
      Path dir = Files.createTempDirectory("copydesk-hostile");
      SeedSearchTest.indexSeeds(dir);
      searcher = ArticleSearcher.open(dir);
    }
    return searcher;
  }

  private static void runs(String query) throws IOException {
    try {
      SearchResult result = searcher().search(SearchRequest.of(query));
      assertNotNull(result);
    } catch (QueryException e) {
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Property(tries = 400)
  void anyStringIsHitsOrAOneLineError(@ForAll String query) throws IOException {
    runs(query);
  }

  @Property(tries = 300)
  void querySyntaxSoupIsHitsOrAOneLineError(@ForAll("syntax") String query) throws IOException {
    runs(query);
  }

  @Provide
  Arbitrary<String> syntax() {
    return Arbitraries.strings()
        .withChars("\"()[]{}:*?~^+-!&|/\\ kimTOANDORNOT0123456789.title:body:figure:")
        .ofMaxLength(60);
  }

  @Example
  void expensiveQueriesAreBoundedWithAClearMessage() throws IOException {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      huge.append("w").append(i).append(' ');
    }
    assertError(huge.toString(), "query too large");
    assertError("*ussia", "'*' or '?' not allowed as first character");
    StringBuilder fuzzy = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      fuzzy.append("kim").append(i).append("~ ");
    }
    assertError(fuzzy.toString(), "query too large");
    runs("/(a|aa)*b/");
    runs("/.*.*.*.*.*.*.*.*.*.*x/");
  }

  private static void assertError(String query, String expected) throws IOException {
    try {
      searcher().search(SearchRequest.of(query));
      throw new AssertionError("expected an error for " + query.substring(0, Math.min(40, query.length())));
    } catch (QueryException e) {
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
  }
}
