package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.index.Schema;
import org.copydesk.ingest.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the per-article work at indexing time: extraction ({@link
 * ArticleExtractor#extract}) and analysis of the body with {@link Schema#analyzer()}, over the
 * first 2,000 articles of a generated corpus.
 *
 * <p>Run: {@code java -jar bench/target/copydesk-bench.jar jmh ExtractionMicroBench
 * -jvmArgs -Dcopydesk.bench.corpus=bench/target/work/corpus-n10000-s42.jsonl} (generate the corpus
 * first). Scores are microseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionMicroBench {

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Analyzer analyzer = Schema.analyzer();
  private final List<Article> articles = new ArrayList<>();
  private int next;

  /** Reads the articles named by {@code -Dcopydesk.bench.corpus}. */
  @Setup
  public void load() {
    Path corpus = Path.of(System.getProperty("copydesk.bench.corpus", "bench/target/work/corpus-n10000-s42.jsonl"));
    try {
      org.copydesk.ingest.Ingest.withDefaultReaders()
          .read(List.of(corpus), null, new org.copydesk.ingest.ArticleSink() {
            @Override
            public void accept(Article a) {
              if (articles.size() < 2000) {
                articles.add(a);
              }
            }

            @Override
            public void warn(String location, String message) {}

            @Override
            public void skip(String location, String message) {
              throw new UncheckedIOException(new IOException(location + ": " + message));
            }
          });
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("cannot read the corpus " + corpus + ": generate it first", e);
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no articles in " + corpus + ": generate it first");
    }
  }

  private Article nextArticle() {
    Article a = articles.get(next);
    next = (next + 1) % articles.size();
    return a;
  }

  /** Quotes, figures and sources of one article. */
  @Benchmark
  public Extraction extract() {
    return extractor.extract(nextArticle());
  }

  /** Tokens of one article's body through the English chain (what indexing the body costs). */
  @Benchmark
  public int analyzeBody() throws IOException {
    int tokens = 0;
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, nextArticle().body())) {
      ts.reset();
      while (ts.incrementToken()) {
        tokens++;
      }
      ts.end();
    }
    return tokens;
  }
}
