package org.copydesk.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.ingest.Article;
import org.copydesk.perf.ExtractionThroughput;

/**
 * What Lucene's part of indexing costs for copydesk's documents next to plain ones, with the
 * extraction and fingerprints computed beforehand: µs of CPU per document to invert, store, flush
 * and merge (a serial merge scheduler, so merges count), median of 5 rounds after 2 of warm-up,
 * the variants taking turns within each round, one thread, in memory. It says how much of copydesk's indexing time its fields cost, apart from the
 * extractors.
 *
 * <p>Variants: {@code plain} (id, title and body stored, as the benchmark's plain Lucene side),
 * {@code copydesk} (the document {@link ArticleIndex} writes, by {@code updateDocument}), and
 * copydesk's document without one part each: {@code -update} (added, not updated by id),
 * {@code -quote} (no quote, speaker and source fields), {@code -replay} (the quote field analysing
 * the quotes again instead of taking the body's tokens, {@link QuotedBodyTokens}), {@code -source} (no source field), {@code -json} (no stored extraction),
 * {@code -keys} (no fingerprint doc values).
 *
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/perf-cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/perf-cp.txt) \
 *     org.copydesk.index.DocumentCost ../shared/data [docs per corpus]
 * </pre>
 *
 * <p>NOTE: a main-method harness, not a unit test; it never runs in the test suite.
 */
public final class DocumentCost {

  private static final int ROUNDS = 5;
  private static final int WARMUP_ROUNDS = 2;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private DocumentCost() {}

  /** One document to index, and whether to update it by id. */
  private record Doc(Document doc, Term id) {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int perCorpus = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    Map<String, List<Article>> corpora = new LinkedHashMap<>();
    corpora.put("reuters", ExtractionThroughput.reuters(data.resolve("reuters21578.jsonl"), perCorpus));
    corpora.put("bbc", ExtractionThroughput.bbc(data.resolve("bbc"), perCorpus));
    ArticleExtractor extractor = new ArticleExtractor();
    NearDuplicateDetector fingerprints = new NearDuplicateDetector(DedupConfig.defaults());
    for (Map.Entry<String, List<Article>> corpus : corpora.entrySet()) {
      List<Article> articles = corpus.getValue();
      if (articles.isEmpty()) {
        continue;
      }
      List<Extraction> extractions = articles.stream().map(extractor::extract).toList();
      List<NearDuplicateDetector.IndexKeys> keys = articles.stream().map(a -> fingerprints.indexKeys(a.body())).toList();
      Map<String, Function<Integer, Doc>> variants = new LinkedHashMap<>();
      variants.put("plain", i -> new Doc(plain(articles.get(i)), null));
      variants.put("copydesk", i -> copydesk(articles.get(i), extractions.get(i), keys.get(i), true));
      variants.put("-update", i -> copydesk(articles.get(i), extractions.get(i), keys.get(i), false));
      variants.put("-quote", i -> without(copydesk(articles.get(i), extractions.get(i), keys.get(i), true),
          Schema.QUOTE, Schema.SPEAKER, Schema.SOURCE));
      variants.put("-replay", i -> analysedQuotes(copydesk(articles.get(i), extractions.get(i), keys.get(i), true),
          extractions.get(i)));
      variants.put("-source", i -> without(copydesk(articles.get(i), extractions.get(i), keys.get(i), true), Schema.SOURCE));
      variants.put("-offsets", i -> plainBody(copydesk(articles.get(i), extractions.get(i), keys.get(i), true), articles.get(i)));
      variants.put("-json", i -> without(copydesk(articles.get(i), extractions.get(i), keys.get(i), true), Schema.EXTRACTION));
      variants.put("-keys", i -> without(copydesk(articles.get(i), extractions.get(i), keys.get(i), true), Schema.FINGERPRINTS));
      System.out.printf("%n%s: %d docs%n%-10s %10s %8s%n", corpus.getKey(), articles.size(), "variant", "us/doc", "x plain");
      Map<String, List<Doc>> docs = new LinkedHashMap<>();
      Map<String, long[]> times = new LinkedHashMap<>();
      for (Map.Entry<String, Function<Integer, Doc>> v : variants.entrySet()) {
        List<Doc> list = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
          list.add(v.getValue().apply(i));
        }
        docs.put(v.getKey(), list);
        times.put(v.getKey(), new long[ROUNDS]);
      }
      // rounds interleave the variants, so that the JIT's warming favours none of them
      for (int r = -WARMUP_ROUNDS; r < ROUNDS; r++) {
        for (Map.Entry<String, List<Doc>> v : docs.entrySet()) {
          long t = cpuNanos(v.getValue());
          if (r >= 0) {
            times.get(v.getKey())[r] = t;
          }
        }
      }
      double plain = median(times.get("plain")) / articles.size() / 1000;
      for (Map.Entry<String, long[]> v : times.entrySet()) {
        double us = median(v.getValue()) / articles.size() / 1000;
        System.out.printf("%-10s %10.1f %8.2f%n", v.getKey(), us, us / plain);
      }
    }
  }

  private static Document plain(Article a) {
    Document d = new Document();
    d.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
    d.add(new TextField(Schema.TITLE, a.title(), Field.Store.YES));
    d.add(new TextField(Schema.BODY, a.text(), Field.Store.YES));
    return d;
  }

  private static Doc copydesk(Article a, Extraction x, NearDuplicateDetector.IndexKeys keys, boolean update) {
    return new Doc(ArticleDocuments.toDocument(a, x, keys), update ? new Term(Schema.ID, a.id()) : null);
  }

  private static Doc without(Doc d, String... fields) {
    for (String f : fields) {
      d.doc().removeFields(f);
    }
    return d;
  }

  private static Doc analysedQuotes(Doc d, Extraction x) {
    d.doc().removeFields(Schema.QUOTE);
    if (!x.quotes().isEmpty()) {
      d.doc().add(JoinedTextField.of(Schema.QUOTE, x.quotes().stream().map(org.copydesk.extract.Quote::text).toList()));
    }
    return d;
  }

  private static Doc plainBody(Doc d, Article a) {
    d.doc().removeFields(Schema.BODY);
    d.doc().add(new TextField(Schema.BODY, a.body(), Field.Store.YES));
    return d;
  }

  /** CPU nanoseconds of this thread to index the documents into a new in-memory index and commit. */
  private static long cpuNanos(List<Doc> docs) throws IOException {
    long t0 = CPU.getCurrentThreadCpuTime();
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
        .setRAMBufferSizeMB(IndexConfig.defaults().ramBufferMb())
        .setMergeScheduler(new SerialMergeScheduler());
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, config)) {
      for (Doc d : docs) {
        if (d.id() == null) {
          w.addDocument(d.doc());
        } else {
          w.updateDocument(d.id(), d.doc());
        }
      }
      w.commit();
    }
    return CPU.getCurrentThreadCpuTime() - t0;
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
