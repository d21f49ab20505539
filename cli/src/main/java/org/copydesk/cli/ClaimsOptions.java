package org.copydesk.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.search.ArticleSearcher;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the quotes, figures and sources commands share: the index, an optional query, JSON output. */
final class ClaimsOptions {

  @Mixin IndexOption indexOption;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "Only articles matching this query (Lucene syntax); all articles when absent.")
  List<String> words;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Compare at most N articles, best matches first (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--all", description = "Also show what only one outlet carries.")
  boolean all;

  @Option(names = "--json", description = "One JSON object per group (JSON Lines).")
  boolean json;

  /**
   * The matching articles with their stored extraction, in article id order.
   *
   * <p>NOTE: sorted so that the commands print the same groups in the same order for the same
   * articles. The index holds them in whatever order they were added (the parallel indexer's
   * workers finish in any order), and the groups keep the order they are given.
   */
  List<ExtractedArticle> load() throws Exception {
    try (ArticleSearcher searcher = ArticleSearcher.open(indexOption.index)) {
      List<ExtractedArticle> found = new ArrayList<>(
          searcher.articles(words == null ? null : String.join(" ", words), Math.max(1, articles)));
      found.sort(Comparator.comparing((ExtractedArticle a) -> a.article().id()));
      return found;
    }
  }
}
