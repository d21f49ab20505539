package org.copydesk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.Hit;
import org.copydesk.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example, run as a test so that it cannot rot. */
class LibraryExampleTest {

  @Test
  void readmeExampleIndexesAndSearchesTheSeeds(@TempDir Path indexDir) throws Exception {
    List<String> found = new ArrayList<>();
    // README-BEGIN
    // Index the seed articles: files and folders are read recursively; closing commits.
    try (ArticleIndex index = ArticleIndex.open(indexDir, IndexConfig.defaults())) {
      Indexer.Summary summary = new Indexer(index).problems(System.err::println).run(List.of(Path.of("../seeds")));
      System.out.println("indexed " + summary.indexed() + " articles");
    }
    // Search it: ranked hits with highlighted snippets. A searcher is thread-safe.
    try (ArticleSearcher searcher = ArticleSearcher.open(indexDir)) {
      for (Hit hit : searcher.search(SearchRequest.of("\"beautiful life\"")).hits()) {
        found.add(hit.id() + "  " + hit.snippet().marked("[", "]"));
      }
    }
    // README-END
    assertEquals(4, found.size());
    assertTrue(found.get(0).contains("[beautiful life]"), found.get(0));
  }

  @Test
  void readmeShowsThisExampleVerbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/org/copydesk/example/LibraryExampleTest.java"));
    int from = source.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length();
    int to = source.indexOf("    // README-END");
    String example =
        source.substring(from, to).lines()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(example), "README.md must contain the example of LibraryExampleTest verbatim:\n" + example);
  }
}
