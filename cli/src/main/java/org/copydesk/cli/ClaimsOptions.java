package org.copydesk.cli;

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

  /** The matching articles with their stored extraction. */
  List<ExtractedArticle> load() throws Exception {
    try (ArticleSearcher searcher = ArticleSearcher.open(indexOption.index)) {
      return searcher.articles(words == null ? null : String.join(" ", words), Math.max(1, articles));
    }
  }
}
