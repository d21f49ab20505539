package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts written to break parsers are indexed like any other: extracted, fingerprinted, searchable. */
class HostileTextIndexTest {

  static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @Test
  void megabytesOfMarksAndDigitsAndBrokenQuotesAreIndexed(@TempDir Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("hostile"));
    Files.writeString(input.resolve("quotes.txt"), "Quotes headline\n" + repeat("“", 1 << 20));
    Files.writeString(input.resolve("straight.txt"), "Straight headline\n" + repeat("\"a ", 1 << 20));
    Files.writeString(input.resolve("digits.txt"), "Digits headline\n" + repeat("1234567890", 1 << 20));
    Files.writeString(input.resolve("numbers.txt"), "Numbers headline\n" + repeat("1,000 ", 1 << 20));
    Files.writeString(
        input.resolve("unbalanced.txt"),
        "Unbalanced headline\n“He said “nested ‘quotes’ “never closed, said Kim.\n\n”Closing first“ said nobody.\n"
            + "“Open at the end");
    Path index = dir.resolve("index");
    try (ArticleIndex writer = ArticleIndex.open(index, IndexConfig.defaults())) {
      Indexer.Summary summary = new Indexer(writer).threads(2).run(List.of(input));
      assertEquals(5, summary.indexed());
      assertEquals(0, summary.skipped());
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
      assertEquals(5, searcher.count());
      assertEquals(1, searcher.search(SearchRequest.of("unbalanced")).hits().size());
      assertEquals(1, searcher.search(SearchRequest.of("title:digits")).hits().size());
    }
  }
}
