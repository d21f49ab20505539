package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.extract.Extraction;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.Hit;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResult;
import org.copydesk.search.Snippet;
import org.copydesk.ingest.JsonLinesReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk search}: ranked full-text search with snippets. */
@Command(
    name = "search",
    description = "Search the index (BM25, Lucene query syntax) and show ranked hits with snippets.",
    sortOptions = false)
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are joined with spaces.")
  List<String> words;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Top hits to pass over first.")
  int offset;

  @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (ISO-8601).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only articles published before DATE (ISO-8601; a date alone includes that day).")
  String until;

  @Option(names = "--facets", description = "Count the matching articles by outlet.")
  boolean facets;

  @Option(names = "--explain", description = "Show Lucene's score explanation for each hit.")
  boolean explain;

  @Option(names = "--json", description = "One JSON object per hit (JSON Lines).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      request =
          new SearchRequest(String.join(" ", words), limit, offset, date("--since", since, false), date("--until", until, true), true, facets, explain);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SearchResult result;
    try (ArticleSearcher searcher = ArticleSearcher.open(indexOption.index)) {
      result = searcher.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, result);
    } else {
      printTable(out, result);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Instant date(String option, String value, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    Instant instant = JsonLinesReader.parseDate(value);
    if (instant == null) {
      throw new ParameterException(spec.commandLine(), option + ": expected an ISO-8601 date such as 2025-08-30, got '" + value + "'");
    }
    boolean dateOnly = value.strip().length() <= 10;
    return endOfDay && dateOnly ? instant.plusSeconds(86_400) : instant;
  }

  static ObjectNode hitJson(Hit hit) {
    ObjectNode node = Out.object();
    node.put("rank", hit.rank());
    node.put("score", hit.score());
    node.put("id", hit.id());
    node.put("title", hit.title());
    node.put("outlet", hit.outlet());
    node.put("published", Out.iso(hit.published()));
    node.put("origin", hit.origin());
    node.put("url", hit.url());
    Snippet snippet = hit.snippet();
    node.put("snippet", snippet == null ? null : snippet.marked("**", "**"));
    if (snippet != null) {
      ArrayNode marks = node.putArray("highlights");
      for (Snippet.Mark m : snippet.marks()) {
        marks.addArray().add(m.start()).add(m.end());
      }
    }
    ObjectNode matched = (ObjectNode) Out.JSON.valueToTree(new Extraction(hit.quotes(), hit.figures(), List.of()));
    node.set("quotes", matched.get("quotes"));
    node.set("figures", matched.get("figures"));
    if (hit.explanation() != null) {
      node.put("explanation", hit.explanation());
    }
    return node;
  }

  private static void printJson(PrintWriter out, SearchResult result) {
    for (Hit hit : result.hits()) {
      out.println(Out.line(hitJson(hit)));
    }
    if (!result.facets().isEmpty()) {
      ObjectNode facets = Out.object();
      ObjectNode outlets = facets.putObject("facets").putObject("outlet");
      result.facets().forEach(outlets::put);
      out.println(Out.line(facets));
    }
  }

  private static void printTable(PrintWriter out, SearchResult result) {
    boolean colour = Out.isTerminal();
    String open = colour ? "\u001b[1;33m" : "[";
    String close = colour ? "\u001b[0m" : "]";
    out.printf(
        Locale.ROOT, "%s%d hits%n", result.totalIsExact() ? "" : "at least ", result.totalHits());
    for (Hit hit : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%3d. %6.3f  %s%n     %s · %s · %s%n",
          hit.rank(),
          hit.score(),
          hit.title().isEmpty() ? "(no headline)" : Out.shorten(hit.title(), 100),
          hit.outlet() == null ? "unknown outlet" : hit.outlet(),
          Out.date(hit.published()),
          hit.id());
      if (hit.snippet() != null && !hit.snippet().text().isEmpty()) {
        out.println("     " + hit.snippet().marked(open, close));
      }
      hit.quotes().forEach(q -> out.println("     quote: “" + Out.shorten(q.text(), 120) + "” — " + (q.speaker() == null ? "?" : q.speaker())));
      hit.figures().forEach(f -> out.println("     figure: " + f.text() + (f.event() == null ? "" : " (" + f.event() + ")")));
      if (hit.explanation() != null) {
        out.println(hit.explanation().indent(5).stripTrailing());
      }
    }
    if (!result.facets().isEmpty()) {
      out.println();
      out.println("by outlet:");
      for (Map.Entry<String, Long> e : result.facets().entrySet()) {
        out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey());
      }
    }
  }

}
