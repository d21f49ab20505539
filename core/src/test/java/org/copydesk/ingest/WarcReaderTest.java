package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcReaderTest {

  static final String REUTERS = "https://www.reuters.com/world/asia-pacific/kim-pledges-beautiful-life-2025-08-30/";
  static final String DISPATCH = "https://dailydispatch.example/kim-jong-un-vows-beautiful-life/";
  static final Instant T1 = Instant.parse("2025-08-30T03:00:00Z");
  static final Instant T2 = Instant.parse("2025-08-31T03:00:00Z");

  @TempDir Path dir;

  /** A crawl of two stories: one fetched twice, plus an image, a redirect, a 404 and a teaser page. */
  private Path crawl(String name, boolean gzip) throws IOException {
    Path file = dir.resolve(name);
    try (WarcFixtures warc = new WarcFixtures(file, gzip)) {
      warc.page(REUTERS, T1, "<html><body><article><p>" + "An early draft of the story. ".repeat(20)
          + "</p></article></body></html>");
      warc.fetch("https://www.reuters.com/kim.jpg", T1, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1});
      warc.fetch("https://www.reuters.com/world/", T1, 301, "text/html", "<a href=x>moved</a>".getBytes(StandardCharsets.UTF_8));
      warc.fetch("https://www.reuters.com/gone", T1, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
      warc.page("https://www.reuters.com/", T1, "<html><body><article><p>Top stories</p></article></body></html>");
      warc.page(REUTERS, T2, HtmlArticlesTest.resource("jsonld-newsarticle.html"));
      warc.page(DISPATCH, T2, HtmlArticlesTest.resource("chrome-heavy.html").replace(
          "<meta property=\"article:published_time\" content=\"2025-08-31T06:00:00Z\">", ""));
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
  void indexesHtmlStoriesOnceAndCountsTheRest(String name) throws IOException {
    Path file = crawl(name, name.endsWith(".gz"));
    ReadersTest.Collected sink = new ReadersTest.Collected();
    List<WarcReader.Stats> seen = new ArrayList<>();
    new WarcReader(seen::add).read(new InputFile(file, dir, null), sink);

    assertEquals(2, sink.articles.size());
    Article reuters = sink.articles.get(0);
    assertEquals("reuters.com/world/asia-pacific/kim-pledges-beautiful-life-2025-08-30", reuters.id());
    assertEquals(REUTERS, reuters.url());
    assertEquals(HtmlArticlesTest.resource("jsonld-newsarticle.expected.txt"), reuters.text());
    assertEquals(Instant.parse("2025-08-30T02:14:31Z"), reuters.published());
    assertEquals("Reuters", reuters.outlet());
    assertTrue(reuters.origin().startsWith(file + "#"), reuters.origin());
    Article dispatch = sink.articles.get(1);
    assertEquals("dailydispatch.example/kim-jong-un-vows-beautiful-life", dispatch.id());
    assertEquals(T2, dispatch.published(), "no date of its own: the WARC-Date");

    WarcReader.Stats stats = seen.get(0);
    assertEquals(new WarcReader.Stats(file.toString(), 7, 2, 1, 1, 1, 1, 1, 0, null), stats);
    assertEquals(List.of(), sink.skips);
    assertEquals(List.of(), sink.partials);
  }

  @Test
  void theNewestFetchWinsWhateverTheOrder() throws IOException {
    Path file = dir.resolve("order.warc.gz");
    try (WarcFixtures warc = new WarcFixtures(file, true)) {
      warc.page(REUTERS, T2, HtmlArticlesTest.resource("jsonld-newsarticle.html"));
      warc.page(REUTERS, T1, "<html><body><article><p>" + "An early draft of the story. ".repeat(20)
          + "</p></article></body></html>");
    }
    ReadersTest.Collected sink = new ReadersTest.Collected();
    new WarcReader().read(new InputFile(file, dir, null), sink);
    assertEquals(1, sink.articles.size());
    assertEquals(HtmlArticlesTest.resource("jsonld-newsarticle.expected.txt"), sink.articles.get(0).text());
  }

  /** A tail cut inside the last record: what came before is indexed, the damage is reported once. */
  @ParameterizedTest
  @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
  void aTruncatedArchiveGivesWhatCameBefore(String name) throws IOException {
    Path file = dir.resolve(name);
    long last;
    try (WarcFixtures warc = new WarcFixtures(file, name.endsWith(".gz"))) {
      warc.page(REUTERS, T1, HtmlArticlesTest.resource("jsonld-newsarticle.html"));
      last = warc.page(DISPATCH, T2, HtmlArticlesTest.resource("wordpress-comments.html"));
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - 1500);
    }
    ReadersTest.Collected sink = new ReadersTest.Collected();
    WarcReader.Stats stats = new WarcReader().readArchive(new InputFile(file, dir, null), sink);
    assertEquals(1, sink.articles.size());
    assertEquals("reuters.com/world/asia-pacific/kim-pledges-beautiful-life-2025-08-30", sink.articles.get(0).id());
    assertEquals(1, sink.partials.size(), sink.partials.toString());
    assertTrue(sink.partials.get(0).startsWith(file + "#" + last + ": "), sink.partials + " vs " + last);
    assertEquals(List.of(), sink.skips);
    assertTrue(stats.partial());
  }

  @Test
  void garbageIsADamagedArchiveNotAnException() throws IOException {
    Path file = dir.resolve("junk.warc");
    java.nio.file.Files.writeString(file, "this is not a web archive\n".repeat(100));
    ReadersTest.Collected sink = new ReadersTest.Collected();
    WarcReader.Stats stats = new WarcReader().readArchive(new InputFile(file, dir, null), sink);
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.partials.size());
    assertEquals(file + "#0", stats.stoppedAt());
  }

  @Test
  void acceptsWebArchivesOnly() {
    WarcReader reader = new WarcReader();
    assertTrue(reader.accepts("a.warc") && reader.accepts("A.WARC.GZ"));
    assertTrue(!reader.accepts("a.warc.zst") && !reader.accepts("a.gz"));
  }
}
