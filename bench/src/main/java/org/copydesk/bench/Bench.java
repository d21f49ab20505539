package org.copydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end benchmarks of copydesk against plain Lucene, one command for each:
 *
 * <pre>
 * java -jar bench/target/copydesk-bench.jar all --data ../shared/data --n 10000 --runs 3
 * </pre>
 *
 * <p>Commands: {@code generate} (the corpus only, see {@link CorpusGenerator}), {@code index}
 * ({@link IndexBench}), {@code search} ({@link SearchBench}), {@code dups} ({@link DupsBench}),
 * {@code all} (index, search and dups), {@code jmh ARGS} (the JMH micro-benchmarks of this jar).
 * Each run prints a table of medians and appends one JSON line to the results file: timestamp,
 * machine, options, and every figure with its median and individual runs.
 *
 * <p>Exit codes: 0 done, 2 usage error or missing data folder.
 */
public final class Bench {

  /** Every benchmark, by the name given on the command line, in the order {@code all} runs them. */
  static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

  static {
    for (Benchmark b : List.of(new IndexBench(), new SearchBench(), new DupsBench())) {
      BENCHMARKS.put(b.name(), b);
    }
  }

  private Bench() {}

  /** Runs the named benchmarks; see {@link BenchOptions#USAGE}. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("generate")) {
      CorpusGenerator.main(args);
      return;
    }
    BenchOptions options = BenchOptions.parse(args);
    List<String> names = new ArrayList<>();
    for (String c : options.commands().isEmpty() ? List.of("all") : options.commands()) {
      if (c.equals("all")) {
        names.addAll(BENCHMARKS.keySet());
      } else if (BENCHMARKS.containsKey(c)) {
        names.add(c);
      } else {
        System.err.println("copydesk-bench: unknown command " + c);
        System.err.print(BenchOptions.USAGE);
        System.exit(2);
      }
    }
    BenchContext ctx = new BenchContext(options);
    Path corpus = ctx.corpus();
    Map<String, Object> machine = machine();
    System.out.printf(
        Locale.ROOT, "copydesk-bench: %s on %s (%,d bytes), %d runs, %d threads; machine %s%n",
        names, corpus, Files.size(corpus), options.runs(), options.threads(), machine);
    List<Measure> all = new ArrayList<>();
    for (String name : names) {
      System.err.println(name + " ...");
      List<Measure> measures = BENCHMARKS.get(name).run(ctx);
      System.out.print(table(name, ctx.articles(), options, measures));
      all.addAll(measures);
    }
    machine.put("load_average_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    append(options, ctx.articles(), machine, names, all);
    System.out.println("appended to " + options.results());
  }

  /** The machine the figures were taken on. */
  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    Runtime rt = Runtime.getRuntime();
    m.put("cores", rt.availableProcessors());
    m.put("max_heap_mb", rt.maxMemory() / (1024 * 1024));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
    m.put("load_average_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    m.put("commit", commit());
    m.put("core", coreFingerprint());
    return m;
  }

  /**
   * Which copydesk-core was measured: a short hash of its classes as this JVM loads them.
   *
   * <p>NOTE: build with {@code -pl bench -am}; with {@code -pl bench} alone Maven takes whatever
   * copydesk-core snapshot the local repository holds, which may come from another branch.
   */
  static String coreFingerprint() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (Class<?> c : List.of(
          org.copydesk.index.ArticleIndex.class, org.copydesk.index.Schema.class,
          org.copydesk.extract.ArticleExtractor.class, org.copydesk.search.ArticleSearcher.class)) {
        try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          sha.update(in.readAllBytes());
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException | java.security.NoSuchAlgorithmException | NullPointerException e) {
      return null;
    }
  }

  private static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The measures as a fixed-width table: figure, median, unit, each run. */
  static String table(String name, long articles, BenchOptions options, List<Measure> measures) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%n== %s: N=%,d, %d runs ==%n", name, articles, options.runs()));
    if (measures.isEmpty()) {
      return b.append("(nothing measured)\n").toString();
    }
    b.append(String.format(Locale.ROOT, "%-48s %12s  %-10s  %s%n", "figure", "median", "unit", "runs"));
    for (Measure m : measures) {
      StringBuilder runs = new StringBuilder();
      for (double v : m.runs()) {
        runs.append(runs.length() > 0 ? "  " : "").append(format(v));
      }
      b.append(String.format(Locale.ROOT, "%-48s %12s  %-10s  %s%n", m.name(), format(m.median()), m.unit(), runs));
    }
    return b.toString();
  }

  private static String format(double v) {
    double a = Math.abs(v);
    return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Appends one JSON line for this invocation to the results file. */
  private static void append(
      BenchOptions options, long articles, Map<String, Object> machine, List<String> names, List<Measure> all)
      throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", Instant.now().toString());
    line.put("benchmarks", names);
    line.put("n", articles);
    line.put("seed", options.seed());
    line.put("runs", options.runs());
    line.put("threads", options.threads());
    line.put("machine", machine);
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Measure m : all) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("median", round(m.median()));
      f.put("unit", m.unit());
      f.put("runs", m.runs().stream().map(Bench::round).toList());
      figures.put(m.name(), f);
    }
    line.put("figures", figures);
    Path results = options.results().toAbsolutePath();
    Files.createDirectories(results.getParent());
    Files.writeString(
        results, new ObjectMapper().writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)) : v;
  }
}
