package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.DuplicateDetector;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.Story;
import org.copydesk.dedup.Shingles;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;

/**
 * The near-duplicate benchmark: wall time, peak heap and pairs per level of {@link
 * DuplicateDetector} at the {@code near-duplicate} level on the whole corpus, its precision and
 * recall against the planted copies of the truth file, and, up to {@value #EXACT_MAX_ARTICLES}
 * articles, its recall and speed-up against an exact all-pairs Jaccard computation.
 *
 * <p>NOTE: precision counts a reported pair as right when it is a planted duplicate or
 * near-duplicate, or two copies of one original; the real articles the corpus is made from hold a
 * few genuine duplicates of their own, which count against it.
 */
final class DupsBench implements Benchmark {

  static final int EXACT_MAX_ARTICLES = 20_000;

  @Override
  public String name() {
    return "dups";
  }

  @Override
  public List<Measure> run(BenchContext ctx) throws Exception {
    Path index = ctx.searchIndex();
    Path truthFile = ctx.truth();
    Truth truth = Files.isRegularFile(truthFile) ? Truth.read(truthFile) : new Truth();
    List<Double> seconds = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    List<Double> live = new ArrayList<>();
    List<Double> precision = new ArrayList<>();
    List<Double> recall = new ArrayList<>();
    Map<Level, List<Double>> perLevel = new HashMap<>();
    Map<String, List<Double>> recallByLevel = new java.util.TreeMap<>();
    Set<String> lastFound = Set.of();
    for (int run = 1; run <= ctx.runs(); run++) {
      PairsOnly report = new PairsOnly();
      IndexBench.Timed t =
          IndexBench.timed(
              () -> {
                try (DuplicateDetector d = DuplicateDetector.open(index, DedupConfig.defaults())) {
                  d.detect(DuplicateDetector.Options.defaults().withLevel(Level.NEAR_DUPLICATE), null, report);
                }
                return report.pairs.size();
              });
      seconds.add(t.seconds());
      heap.add(t.peakHeap() / 1e6);
      live.add(t.peakLive() / 1e6);
      Set<String> found = new HashSet<>();
      Map<Level, Integer> counts = new HashMap<>();
      int right = 0;
      int wrong = 0;
      for (PairVerdict p : report.pairs) {
        counts.merge(p.level(), 1, Integer::sum);
        String key = key(p.aId(), p.bId());
        found.add(key);
        boolean related = truth.related(p.aId(), p.bId());
        right += related ? 1 : 0;
        if (!related && wrong++ < 5) {
          System.err.printf("  reported, not planted: %s %s %s (jaccard %.3f)%n", p.aId(), p.bId(), p.level().label(), p.scores().jaccard());
        }
      }
      for (Level l : List.of(Level.DUPLICATE, Level.NEAR_DUPLICATE)) {
        perLevel.computeIfAbsent(l, k -> new ArrayList<>()).add((double) counts.getOrDefault(l, 0));
      }
      precision.add(found.isEmpty() ? 1 : (double) right / found.size());
      long hit = truth.planted.keySet().stream().filter(found::contains).count();
      recall.add(truth.planted.isEmpty() ? 1 : (double) hit / truth.planted.size());
      for (String level : List.of("duplicate", "near-duplicate")) {
        List<String> of = truth.planted.entrySet().stream().filter(e -> e.getValue().equals(level)).map(Map.Entry::getKey).toList();
        long h = of.stream().filter(found::contains).count();
        recallByLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(of.isEmpty() ? 1 : (double) h / of.size());
        of.stream().filter(k -> !found.contains(k)).limit(5).forEach(k -> System.err.println("  missed planted " + level + ": " + k));
      }
      lastFound = found;
      System.err.printf("  dups run %d: %.1f s, %d pairs, peak heap %.0f MB, live %.0f MB%n", run, t.seconds(), found.size(),
          t.peakHeap() / 1e6, t.peakLive() / 1e6);
    }
    List<Measure> out = new ArrayList<>();
    out.add(new Measure("dups near-duplicate level: wall time", "s", seconds));
    out.add(new Measure("dups: peak heap", "MB", heap));
    out.add(new Measure("dups: peak live heap (after a GC)", "MB", live));
    out.add(new Measure("dups: duplicate pairs", "pairs", perLevel.get(Level.DUPLICATE)));
    out.add(new Measure("dups: near-duplicate pairs", "pairs", perLevel.get(Level.NEAR_DUPLICATE)));
    if (!truth.planted.isEmpty()) {
      out.add(new Measure("dups: precision vs planted copies", "ratio", precision));
      out.add(new Measure("dups: recall of planted copies", "ratio", recall));
      recallByLevel.forEach((level, r) -> out.add(new Measure("dups: recall of planted " + level + " copies", "ratio", r)));
    }
    if (ctx.articles() <= EXACT_MAX_ARTICLES) {
      long t0 = System.nanoTime();
      Set<String> exact = exactPairs(ctx.corpus());
      double exactSeconds = (System.nanoTime() - t0) / 1e9;
      Set<String> found = lastFound;
      long hit = exact.stream().filter(found::contains).count();
      out.add(new Measure("exact all-pairs Jaccard >= 0.5: wall time", "s", List.of(exactSeconds)));
      out.add(new Measure("exact all-pairs: pairs", "pairs", List.of((double) exact.size())));
      out.add(new Measure("dups recall vs exact all-pairs", "ratio", List.of(exact.isEmpty() ? 1 : (double) hit / exact.size())));
      out.add(new Measure("dups speed-up vs exact all-pairs", "x", List.of(exactSeconds / Stats.median(seconds.stream().mapToDouble(Double::doubleValue).toArray()))));
    }
    return out;
  }

  /**
   * Takes a run's report as the command line does, a story at a time, and keeps its pairs without
   * their passages: what a report writer would hold, not the whole report.
   */
  private static final class PairsOnly implements ReportSink {
    final List<PairVerdict> pairs = new ArrayList<>();

    @Override
    public void begin(ReportHeader header) {}

    @Override
    public void story(Story story) {
      for (PairVerdict p : story.pairs()) {
        pairs.add(new PairVerdict(p.aId(), p.bId(), p.level(), p.reason(), p.scores(), List.of(), p.direction()));
      }
    }

    @Override
    public void end() {}
  }

  static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /**
   * Every cross-outlet pair of articles whose bodies' 5-shingle sets have Jaccard >= 0.5, found
   * exactly by counting shared shingles through an in-memory inverted index.
   */
  static Set<String> exactPairs(Path corpus) {
    List<String> ids = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    List<long[]> sets = new ArrayList<>();
    Ingest.withDefaultReaders().read(List.of(corpus), null, new ArticleSink() {
      @Override
      public void accept(Article a) {
        ids.add(a.id());
        outlets.add(a.outletKey());
        sets.add(Shingles.set(a.body(), DedupConfig.defaults().shingleSize()));
      }

      @Override
      public void warn(String location, String message) {}

      @Override
      public void skip(String location, String message) {}
    });
    Map<Long, List<Integer>> postings = new HashMap<>();
    int[] shared = new int[sets.size()];
    Set<String> out = new HashSet<>();
    for (int d = 0; d < sets.size(); d++) {
      List<Integer> touched = new ArrayList<>();
      for (long s : sets.get(d)) {
        List<Integer> list = postings.computeIfAbsent(s, k -> new ArrayList<>());
        for (int e : list) {
          if (shared[e]++ == 0) {
            touched.add(e);
          }
        }
        list.add(d);
      }
      for (int e : touched) {
        int c = shared[e];
        shared[e] = 0;
        if (c >= 0.5 * (sets.get(d).length + sets.get(e).length - c) && !outlets.get(d).equals(outlets.get(e))) {
          out.add(key(ids.get(e), ids.get(d)));
        }
      }
    }
    return out;
  }

  /** The planted duplicate and near-duplicate pairs, and the families they close over. */
  private static final class Truth {
    /** Planted pair key to its level. */
    final Map<String, String> planted = new HashMap<>();
    final Map<String, Integer> familyOf = new HashMap<>();

    static Truth read(Path file) throws IOException {
      Truth t = new Truth();
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(file)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          JsonNode n = json.readTree(line);
          String level = n.get("level").asText();
          if (level.equals("duplicate") || level.equals("near-duplicate")) {
            String a = n.get("a").asText();
            String b = n.get("b").asText();
            t.planted.put(key(a, b), level);
            t.familyOf.put(a, n.get("family").asInt());
            t.familyOf.put(b, n.get("family").asInt());
          }
        }
      }
      return t;
    }

    /** Whether both are the original or close copies in one planted family. */
    boolean related(String a, String b) {
      Integer fa = familyOf.get(a);
      return fa != null && fa.equals(familyOf.get(b));
    }
  }
}
