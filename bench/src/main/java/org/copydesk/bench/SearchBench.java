package org.copydesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.Hit;
import org.copydesk.search.QueryException;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResult;

/**
 * Search latency and throughput on one copydesk index of the whole corpus, three ways over the same
 * {@link QueryMix}: plain Lucene ({@link PlainLucene.Searcher}: parse, top 10, load id and title),
 * copydesk's {@link ArticleSearcher#search} without snippets, and with snippets (its default).
 *
 * <p>One thread, one query at a time: latency is per query (parse included), QPS is queries over
 * the time the mode's queries took. The modes run side by side: each query runs in all three
 * modes, one after the other, in an order that rotates from query to query, so that a slower
 * spell of a shared machine weighs on the three alike. One untimed pass warms the JIT and the
 * page cache. p50 and p99 are over the queries of one run; the reported figure is the median over
 * runs.
 */
final class SearchBench implements Benchmark {

  private static final List<String> MODES = List.of("plain", "copydesk", "copydesk_snippets");

  @Override
  public String name() {
    return "search";
  }

  @Override
  public List<Measure> run(BenchContext ctx) throws Exception {
    Path index = ctx.searchIndex();
    List<QueryMix.Query> mix = QueryMix.build(ctx.corpus(), ctx.options().seed(), ctx.options().queriesPerKind());
    Map<String, List<Double>> figures = new LinkedHashMap<>();
    try (ArticleSearcher copydesk = ArticleSearcher.open(index);
        PlainLucene.Searcher plain = new PlainLucene.Searcher(index)) {
      mix = usable(mix, copydesk, plain);
      System.err.printf(Locale.ROOT, "  search: %d queries over %,d articles%n", mix.size(), copydesk.count());
      interleaved(mix, 0, copydesk, plain); // warm-up
      for (int run = 1; run <= ctx.runs(); run++) {
        Map<String, double[]> latencies = interleaved(mix, run, copydesk, plain);
        for (String mode : MODES) {
          add(figures, "search." + mode + ".qps", mix.size() / (Stats.sum(latencies.get(mode)) / 1e3));
        }
        for (String mode : MODES) {
          double[] ms = latencies.get(mode);
          add(figures, "search." + mode + ".p50_ms", Stats.median(ms));
          add(figures, "search." + mode + ".p99_ms", Stats.percentile(ms, 99));
          for (String kind : QueryMix.KINDS) {
            add(figures, "search." + mode + ".p50_ms." + kind, Stats.median(ofKind(ms, mix, kind)));
          }
        }
        double[] plainMs = latencies.get("plain");
        for (String mode : List.of("copydesk", "copydesk_snippets")) {
          double[] ms = latencies.get(mode);
          add(figures, "search.ratio." + mode + "_over_plain.p50", Stats.median(ms) / Stats.median(plainMs));
          add(figures, "search.ratio." + mode + "_over_plain.p99",
              Stats.percentile(ms, 99) / Stats.percentile(plainMs, 99));
        }
        System.err.printf(
            Locale.ROOT, "  search run %d: p50 plain %.3f ms, copydesk %.3f ms, with snippets %.3f ms%n",
            run, Stats.median(plainMs), Stats.median(latencies.get("copydesk")),
            Stats.median(latencies.get("copydesk_snippets")));
      }
    }
    List<Measure> out = new ArrayList<>();
    figures.forEach((name, runs) -> out.add(new Measure(name, name.contains(".ratio.") ? "x" : name.endsWith("qps") ? "q/s" : "ms", runs)));
    out.sort((a, b) -> order(a.name()) - order(b.name()));
    return out;
  }

  /** Main figures first, per-kind medians last. */
  private static int order(String name) {
    return name.contains(".ratio.") ? 1 : name.matches(".*p50_ms\\..*") ? 2 : 0;
  }

  private static void add(Map<String, List<Double>> figures, String name, double value) {
    figures.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  private static double[] ofKind(double[] ms, List<QueryMix.Query> mix, String kind) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < ms.length; i++) {
      if (mix.get(i).kind().equals(kind)) {
        out.add(ms[i]);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The queries both sides parse; drops (and names) the others. */
  private static List<QueryMix.Query> usable(
      List<QueryMix.Query> mix, ArticleSearcher copydesk, PlainLucene.Searcher plain) {
    List<QueryMix.Query> out = new ArrayList<>();
    for (QueryMix.Query q : mix) {
      try {
        copydesk.parse(q.text());
        plain.search(q.text());
        out.add(q);
      } catch (Exception e) {
        System.err.println("  search: dropped query " + q.text() + ": " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * Runs every query once in each mode, the modes of one query back to back in an order rotating
   * with the query; returns each mode's latencies in milliseconds, in query order.
   */
  private static Map<String, double[]> interleaved(
      List<QueryMix.Query> mix, int run, ArticleSearcher copydesk, PlainLucene.Searcher plain) throws Exception {
    Map<String, double[]> ms = new LinkedHashMap<>();
    for (String mode : MODES) {
      ms.put(mode, new double[mix.size()]);
    }
    long sink = 0;
    for (int i = 0; i < mix.size(); i++) {
      String q = mix.get(i).text();
      for (int m = 0; m < MODES.size(); m++) {
        String mode = MODES.get((m + i + run) % MODES.size());
        long t0 = System.nanoTime();
        sink += switch (mode) {
          case "plain" -> plain.search(q);
          case "copydesk" -> consume(copydesk.search(new SearchRequest(q, 10, 0, null, null, false, false, false)));
          default -> consume(copydesk.search(SearchRequest.of(q)));
        };
        ms.get(mode)[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    if (sink == 42) { // keeps the results alive for the JIT
      System.err.print("");
    }
    return ms;
  }

  private static long consume(SearchResult result) throws QueryException {
    long chars = 0;
    for (Hit hit : result.hits()) {
      chars += hit.id().length() + (hit.title() == null ? 0 : hit.title().length());
      if (hit.snippet() != null) {
        chars += hit.snippet().text().length();
      }
    }
    return chars;
  }
}
