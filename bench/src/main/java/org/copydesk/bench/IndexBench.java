package org.copydesk.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;

/**
 * Indexing throughput and peak heap, side by side on the same corpus file: plain Lucene ({@link
 * PlainLucene#index}) against copydesk ({@link ArticleIndex} fed by {@link Indexer}, with
 * everything it computes: ingest, furniture, extraction, fingerprints, analysis), plus copydesk's
 * ingest alone (reading and cleaning, no index) to show what bounds the pipeline.
 *
 * <p>Each run builds both indexes from scratch, commit included; the order alternates between runs
 * so that neither side always gets the warmer page cache. One untimed warm-up on the first 2,000
 * articles runs first, then a first run (plain, then copydesk) whose figures are reported apart as
 * {@code index.first_run.*}: on two cores the JIT compiles copydesk's extractors for most of it,
 * which is what a fresh {@code copydesk index} pays once. The medians come from the runs after it,
 * so that they are samples of one steady state. The last copydesk index is kept for the search
 * benchmark.
 *
 * <p>Each timed side also reports the JVM's CPU time (all threads: workers, merges, GC, the JIT),
 * and the JIT's compilation and the collectors' pause time during it. A run whose JIT time is more
 * than a few seconds was still compiling, and its ratio says less about the steady state: {@code
 * index.settled.ratio} is the median over the runs in which both sides compiled for under 5% of
 * their CPU time (on two cores the JIT takes 150,000-200,000 copydesk articles to settle, so short
 * corpora need many runs). The CPU ratio (plain's CPU per article over copydesk's, compilation
 * taken out) moves less with the host's speed than wall time does, but it is not the target: plain
 * Lucene leaves a core idle while its single-threaded final flush runs (copydesk's workers share
 * theirs).
 */
final class IndexBench implements Benchmark {

  @Override
  public String name() {
    return "index";
  }

  @Override
  public List<Measure> run(BenchContext ctx) throws Exception {
    Path corpus = ctx.corpus();
    double mb = Files.size(corpus) / 1e6;
    warmUp(ctx, corpus);
    List<Double> plainRate = new ArrayList<>();
    List<Double> copyRate = new ArrayList<>();
    List<Double> ingestRate = new ArrayList<>();
    List<Double> plainMbs = new ArrayList<>();
    List<Double> copyMbs = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    List<Double> cpuRatio = new ArrayList<>();
    List<Double> settledRatio = new ArrayList<>();
    List<Double> plainJit = new ArrayList<>();
    List<Double> copyJit = new ArrayList<>();
    List<Double> plainGc = new ArrayList<>();
    List<Double> copyGc = new ArrayList<>();
    List<Double> plainHeap = new ArrayList<>();
    List<Double> copyHeap = new ArrayList<>();
    List<Double> plainLive = new ArrayList<>();
    List<Double> copyLive = new ArrayList<>();
    List<Double> plainSize = new ArrayList<>();
    List<Double> copySize = new ArrayList<>();
    Path copyDir = null;
    List<Double> firstPlainRate = new ArrayList<>();
    List<Double> firstCopyRate = new ArrayList<>();
    List<Double> firstRatio = new ArrayList<>();
    for (int run = 0; run <= ctx.runs(); run++) {
      Timed plain = null;
      Timed copy = null;
      for (int side = 0; side < 2; side++) {
        boolean plainNow = (side == 0) == (run % 2 == 0);
        if (plainNow) {
          Path dir = ctx.freshFolder("index-plain");
          plain = timed(() -> PlainLucene.index(corpus, dir, ctx.threads()));
          plainSize.add(BenchContext.size(dir) / 1e6);
        } else {
          copyDir = ctx.freshFolder("index-copydesk");
          Path dir = copyDir;
          copy = timed(() -> copydesk(corpus, dir, ctx.threads()));
          copySize.add(BenchContext.size(dir) / 1e6);
        }
      }
      if (run == 0) {
        firstPlainRate.add(plain.count / plain.seconds);
        firstCopyRate.add(copy.count / copy.seconds);
        firstRatio.add(plain.seconds / copy.seconds);
        System.err.printf(
            Locale.ROOT, "  index first run (JIT compiling, not in the medians): plain %s, copydesk %s%n",
            plain, copy);
        continue;
      }
      Timed ingest = timed(() -> ingestOnly(corpus));
      plainRate.add(plain.count / plain.seconds);
      copyRate.add(copy.count / copy.seconds);
      ingestRate.add(ingest.count / ingest.seconds);
      plainMbs.add(mb / plain.seconds);
      copyMbs.add(mb / copy.seconds);
      double runRatio = plain.seconds / copy.seconds;
      ratio.add(runRatio);
      cpuRatio.add((plain.cpuSeconds - plain.jitSeconds) / plain.count
          / ((copy.cpuSeconds - copy.jitSeconds) / copy.count));
      if (plain.settled() && copy.settled()) {
        settledRatio.add(runRatio);
      }
      plainJit.add(plain.jitSeconds);
      copyJit.add(copy.jitSeconds);
      plainGc.add(plain.gcSeconds);
      copyGc.add(copy.gcSeconds);
      plainHeap.add(plain.peakHeap / 1e6);
      copyHeap.add(copy.peakHeap / 1e6);
      plainLive.add(plain.peakLive / 1e6);
      copyLive.add(copy.peakLive / 1e6);
      System.err.printf(
          Locale.ROOT, "  index run %d: plain %s, copydesk %s, ingest alone %.1f s (%d)%n",
          run, plain, copy, ingest.seconds, ingest.count);
    }
    ctx.searchIndex(copyDir);
    List<Measure> measures = new ArrayList<>(List.of(
        new Measure("index.plain.articles_per_s", "articles/s", plainRate),
        new Measure("index.copydesk.articles_per_s", "articles/s", copyRate),
        new Measure("index.plain.mb_per_s", "MB/s", plainMbs),
        new Measure("index.copydesk.mb_per_s", "MB/s", copyMbs),
        new Measure("index.ratio.copydesk_over_plain", "x", ratio),
        new Measure("index.ratio_cpu.copydesk_over_plain", "x", cpuRatio),
        new Measure("index.plain.jit", "s", plainJit),
        new Measure("index.copydesk.jit", "s", copyJit),
        new Measure("index.plain.gc", "s", plainGc),
        new Measure("index.copydesk.gc", "s", copyGc),
        new Measure("index.ingest_only.articles_per_s", "articles/s", ingestRate),
        new Measure("index.plain.peak_heap", "MB", plainHeap),
        new Measure("index.copydesk.peak_heap", "MB", copyHeap),
        new Measure("index.plain.peak_live_heap", "MB", plainLive),
        new Measure("index.copydesk.peak_live_heap", "MB", copyLive),
        new Measure("index.plain.size", "MB", plainSize.subList(1, plainSize.size())),
        new Measure("index.copydesk.size", "MB", copySize.subList(1, copySize.size())),
        new Measure("index.first_run.plain.articles_per_s", "articles/s", firstPlainRate),
        new Measure("index.first_run.copydesk.articles_per_s", "articles/s", firstCopyRate),
        new Measure("index.first_run.ratio.copydesk_over_plain", "x", firstRatio)));
    if (!settledRatio.isEmpty()) {
      // the runs in which neither side was still compiling: the steady state the target is about
      measures.add(new Measure("index.settled.ratio.copydesk_over_plain", "x", settledRatio));
    }
    return measures;
  }

  /** Indexes the corpus with copydesk into a new index; returns the articles indexed. */
  static long copydesk(Path corpus, Path dir, int threads) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults().withRecreate(true))) {
      return new Indexer(index).threads(threads).run(List.of(corpus)).indexed();
    }
  }

  /** Reads and cleans the corpus with copydesk's ingest, indexing nothing. */
  static long ingestOnly(Path corpus) {
    long[] count = new long[1];
    Ingest.withDefaultReaders()
        .read(
            List.of(corpus),
            null,
            new ArticleSink() {
              @Override
              public void accept(Article article) {
                count[0]++;
              }

              @Override
              public void warn(String location, String message) {}

              @Override
              public void skip(String location, String message) {}
            });
    return count[0];
  }

  private static void warmUp(BenchContext ctx, Path corpus) throws IOException {
    Files.createDirectories(ctx.options().work());
    Path small = ctx.options().work().resolve("warmup.jsonl");
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(small, StandardCharsets.UTF_8)) {
      String line;
      for (int i = 0; i < 2000 && (line = in.readLine()) != null; i++) {
        out.write(line);
        out.write('\n');
      }
    }
    PlainLucene.index(small, ctx.freshFolder("index-plain"), ctx.threads());
    copydesk(small, ctx.freshFolder("index-copydesk"), ctx.threads());
    ingestOnly(small);
  }

  /** Work that returns a count. */
  interface Work {
    long run() throws IOException;
  }

  /**
   * A timed run: wall seconds, what it counted, peak heap in use and peak heap after a collection (in
   * bytes), the JVM's CPU seconds, the JIT's compilation seconds and the collectors' seconds (G1:
   * its pauses; concurrent marking is not counted).
   */
  record Timed(double seconds, long count, long peakHeap, long peakLive,
      double cpuSeconds, double jitSeconds, double gcSeconds) {

    /** Whether the JIT was done: it compiled for less than {@link #SETTLED} of the CPU time. */
    boolean settled() {
      return jitSeconds < SETTLED * cpuSeconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f s (%d docs; CPU %.1f s, JIT %.1f s, GC %.1f s)",
          seconds, count, cpuSeconds, jitSeconds, gcSeconds);
    }
  }

  /** The share of a run's CPU time below which its JIT time says the JVM was done compiling. */
  private static final double SETTLED = 0.05;

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

  /** The JVM's CPU time so far, in seconds, or NaN when the platform does not tell. */
  private static double cpuSeconds() {
    long nanos = OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    return nanos < 0 ? Double.NaN : nanos / 1e9;
  }

  /** The JIT's compilation time so far, in seconds, or NaN when the JVM does not tell. */
  private static double jitSeconds() {
    return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() / 1e3 : Double.NaN;
  }

  /** The collectors' time so far, in seconds. */
  private static double gcSeconds() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis / 1e3;
  }

  /** Runs the work after a full GC, timing it and watching the heap. */
  static Timed timed(Work work) throws IOException {
    System.gc();
    HeapMonitor heap = new HeapMonitor();
    heap.start();
    double cpu0 = cpuSeconds();
    double jit0 = jitSeconds();
    double gc0 = gcSeconds();
    long t0 = System.nanoTime();
    long count;
    try {
      count = work.run();
    } catch (IOException | RuntimeException e) {
      heap.stop();
      throw e;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuSeconds() - cpu0;
    double jit = jitSeconds() - jit0;
    double gc = gcSeconds() - gc0;
    long peak = heap.stop();
    return new Timed(seconds, count, peak, heap.peakLive(), cpu, jit, gc);
  }
}
