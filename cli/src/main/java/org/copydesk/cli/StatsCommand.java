package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.index.IndexStats;
import org.copydesk.search.ArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk stats}: what the index holds. */
@Command(name = "stats", description = "Show what the index holds: articles, outlets, dates, size.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    IndexStats stats;
    try (ArticleSearcher searcher = ArticleSearcher.open(indexOption.index)) {
      stats = searcher.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = Out.object();
      node.put("index", indexOption.index.toString());
      node.put("documents", stats.documents());
      ObjectNode outlets = node.putObject("outlets");
      stats.outlets().forEach(outlets::put);
      node.put("earliest", Out.iso(stats.earliest()));
      node.put("latest", Out.iso(stats.latest()));
      node.put("sizeBytes", stats.sizeBytes());
      node.put("schemaVersion", stats.schemaVersion());
      out.println(Out.line(node));
    } else {
      out.printf("index:     %s (schema v%d)%n", indexOption.index, stats.schemaVersion());
      out.printf("articles:  %d%n", stats.documents());
      out.printf("dates:     %s to %s%n", Out.date(stats.earliest()), Out.date(stats.latest()));
      out.printf("size:      %s%n", Out.bytes(stats.sizeBytes()));
      out.printf("outlets:   %d%n", stats.outlets().size());
      for (Map.Entry<String, Long> e : stats.outlets().entrySet()) {
        out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
