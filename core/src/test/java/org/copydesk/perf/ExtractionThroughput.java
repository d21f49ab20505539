package org.copydesk.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.FigureExtractor;
import org.copydesk.extract.QuoteExtractor;
import org.copydesk.extract.SourceExtractor;
import org.copydesk.index.Schema;
import org.copydesk.ingest.Article;

/**
 * Indexing-time throughput of copydesk's per-article work, next to plain Lucene indexing of the same
 * texts: µs per document and ns per character of each component, median of 5 timed rounds after
 * warm-up, single thread. Times are the thread's CPU time, so that other load on a shared machine
 * counts less (Lucene's background merges on other threads are not counted; its flush is).
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/perf-cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/perf-cp.txt) \
 *     org.copydesk.perf.ExtractionThroughput /work/shared/data [docs per corpus] [components]
 * </pre>
 *
 * <p>Components (comma-separated, default all): sources, figures, quotes, indexKeys, article (all
 * three extractors as {@code ArticleExtractor} runs them; digested as the records print), lucene.
 *
 * <p>The argument is the shared data folder ({@code reuters21578.jsonl} and {@code bbc/}); a missing
 * corpus is skipped with a message. Each component's output over the whole sample is also digested
 * (SHA-256, printed) so that an optimisation can be checked to leave the output unchanged: compare the
 * digests before and after.
 *
 * <p>NOTE: a main-method harness, not a unit test; it never runs in the test suite.
 */
public final class ExtractionThroughput {

  private static final int ROUNDS = 5;
  private static final int WARMUP_ROUNDS = 3;
  /** CPU time of this thread, not wall time: the machine is shared, and other load must not count. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ExtractionThroughput() {}

  /** Loads the corpora, times each component and prints a table. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data");
    int perCorpus = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    List<String> only = args.length > 2 ? List.of(args[2].split(",")) : null;
    Map<String, List<Article>> corpora = new LinkedHashMap<>();
    corpora.put("reuters", reuters(data.resolve("reuters21578.jsonl"), perCorpus));
    corpora.put("bbc", bbc(data.resolve("bbc"), perCorpus));

    SourceExtractor sources = new SourceExtractor();
    FigureExtractor figures = new FigureExtractor();
    QuoteExtractor quotes = new QuoteExtractor();
    ArticleExtractor extractor = new ArticleExtractor();
    NearDuplicateDetector dedup = new NearDuplicateDetector(DedupConfig.defaults());

    Map<String, Function<Article, Object>> components = new LinkedHashMap<>();
    components.put("sources", a -> sources.extract(a.text()));
    components.put("figures", a -> figures.extract(a.text()));
    components.put("quotes", a -> quotes.extract(a.text()));
    components.put("indexKeys", a -> dedup.indexKeys(a.text()));
    components.put("article", extractor::extract);
    if (only != null) {
      components.keySet().retainAll(only);
    }

    for (Map.Entry<String, List<Article>> corpus : corpora.entrySet()) {
      List<Article> docs = corpus.getValue();
      if (docs.isEmpty()) {
        continue;
      }
      long chars = docs.stream().mapToLong(a -> a.text().length()).sum();
      System.out.printf("%n%s: %d docs, %.0f chars/doc%n", corpus.getKey(), docs.size(), (double) chars / docs.size());
      System.out.printf("%-14s %10s %10s %10s  %s%n", "component", "us/doc", "ns/char", "KB/doc", "output sha-256 (first 16)");
      double extra = 0;
      for (Map.Entry<String, Function<Article, Object>> c : components.entrySet()) {
        double nanos = medianNanos(docs, c.getValue());
        if (c.getKey().equals("indexKeys") || c.getKey().equals("article")) {
          extra += nanos;
        }
        System.out.printf("%-14s %10.1f %10.1f %10.1f  %s%n", c.getKey(), nanos / docs.size() / 1000,
            nanos / chars, allocatedBytes(docs, c.getValue()) / 1024.0 / docs.size(), digest(docs, c.getValue()));
      }
      System.out.printf("%-14s %10.1f %10.1f %10s  (indexKeys + article: what indexing adds before Lucene, see DocumentCost)%n",
          "copydesk", extra / docs.size() / 1000, extra / chars, "");
      if (only != null && !only.contains("lucene")) {
        continue;
      }
      double lucene = medianNanos(docs, null);
      System.out.printf("%-14s %10.1f %10.1f %10s  (StandardAnalyzer chain of Schema, text+title stored)%n",
          "lucene", lucene / docs.size() / 1000, lucene / chars, "");
    }
  }

  /** Median wall time of {@link #ROUNDS} rounds over all docs, after warm-up; null times Lucene. */
  private static double medianNanos(List<Article> docs, Function<Article, Object> work) throws IOException {
    long[] times = new long[ROUNDS];
    for (int r = -WARMUP_ROUNDS; r < ROUNDS; r++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      if (work == null) {
        luceneRound(docs);
      } else {
        int sink = 0;
        for (Article a : docs) {
          sink += work.apply(a) == null ? 1 : 0;
        }
        if (sink < 0) {
          System.out.println(sink); // keeps the work observable
        }
      }
      long t = CPU.getCurrentThreadCpuTime() - t0;
      if (r >= 0) {
        times[r] = t;
      }
    }
    Arrays.sort(times);
    return times[ROUNDS / 2];
  }

  /**
   * Bytes the work allocates over all docs: unlike time, this does not move with the load on a shared
   * machine, so it shows whether a change removed garbage.
   */
  private static long allocatedBytes(List<Article> docs, Function<Article, Object> work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) CPU;
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (Article a : docs) {
      work.apply(a);
    }
    return threads.getThreadAllocatedBytes(id) - before;
  }

  private static void luceneRound(List<Article> docs) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setRAMBufferSizeMB(256);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, config)) {
      for (Article a : docs) {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        d.add(new TextField("text", a.text(), Field.Store.YES));
        w.addDocument(d);
      }
      w.commit();
    }
  }

  private static String digest(List<Article> docs, Function<Article, Object> work) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Article a : docs) {
      Object result = work.apply(a);
      if (result instanceof NearDuplicateDetector.IndexKeys k) {
        result = Arrays.toString(k.bandKeys()) + Arrays.toString(k.passageHashes());
      }
      md.update(String.valueOf(result).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  /** The first {@code limit} Reuters stories of the JSON Lines file, as articles of outlet Reuters; none when it is missing. */
  public static List<Article> reuters(Path file, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    if (!Files.exists(file)) {
      System.err.println("SKIPPED LOUDLY: " + file + " is missing");
      return out;
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (out.size() < limit && (line = in.readLine()) != null) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (!text.isBlank()) {
          out.add(Article.of(n.path("id").asText(), n.path("title").asText(""), text).withOutlet("Reuters"));
        }
      }
    }
    return out;
  }

  /** The first {@code limit} BBC stories of the folder, in name order; none when it is missing. */
  public static List<Article> bbc(Path folder, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      System.err.println("SKIPPED LOUDLY: " + folder + " is missing");
      return out;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    for (Path p : files) {
      String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      int nl = raw.indexOf('\n');
      String title = nl < 0 ? raw : raw.substring(0, nl);
      out.add(Article.of(folder.relativize(p).toString(), title, raw).withOutlet("BBC"));
    }
    return out;
  }
}
