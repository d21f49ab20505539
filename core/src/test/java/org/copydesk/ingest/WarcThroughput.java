package org.copydesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures {@link WarcReader}: writes a gzipped archive of N story pages (default 10,000; each a
 * seed-like page in site chrome, with a request record and an image response beside it), then
 * reads it and prints pages/s and MB/s (compressed archive bytes). Not a test: run by hand.
 *
 * <pre>
 * mvn -q -o -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) org.copydesk.ingest.WarcThroughput 10000
 * </pre>
 * where {@code cp.txt} comes from {@code mvn -q -o -pl core dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class WarcThroughput {

  private WarcThroughput() {}

  /** Runs the measurement; the argument is the number of pages. */
  public static void main(String[] args) throws IOException {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String[] templates = {
      HtmlArticlesTest.resource("jsonld-newsarticle.html"),
      HtmlArticlesTest.resource("opengraph-only.html"),
      HtmlArticlesTest.resource("wordpress-comments.html"),
      HtmlArticlesTest.resource("read-also-inline.html"),
      HtmlArticlesTest.resource("chrome-heavy.html")
    };
    Path file = Files.createTempFile("throughput", ".warc.gz");
    Instant date = Instant.parse("2025-08-30T00:00:00Z");
    try (WarcFixtures warc = new WarcFixtures(file, true)) {
      for (int i = 0; i < pages; i++) {
        String url = "https://news.example/story/" + i;
        // Vary the text a little so that no two pages are byte-identical.
        warc.page(url, date.plusSeconds(i), templates[i % templates.length].replace("Kim", "Kim " + i));
        if (i % 4 == 0) {
          warc.fetch(url + ".jpg", date, 200, "image/jpeg", new byte[20_000]);
        }
      }
    }
    long bytes = Files.size(file);
    List<Long> counted = new ArrayList<>();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            counted.add((long) article.text().length());
          }

          @Override
          public void warn(String location, String message) {}

          @Override
          public void skip(String location, String message) {
            System.err.println(location + ": " + message);
          }
        };
    for (int run = 0; run < 2; run++) {
      counted.clear();
      long start = System.nanoTime();
      WarcReader.Stats stats = new WarcReader().readArchive(new InputFile(file, file, null), sink);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "run %d: %d articles in %.1f s: %.0f pages/s, %.1f MB/s of %.1f MB gzipped archive%n  %s%n",
          run + 1, counted.size(), seconds, counted.size() / seconds, bytes / 1e6 / seconds,
          bytes / 1e6, stats.summary());
    }
    Files.delete(file);
  }
}
