package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.DuplicateDetector;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.Hit;
import org.copydesk.search.SearchRequest;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story gives the same search hits and the same near-duplicate pairs whether it comes as
 * plain text, JSON Lines, saved HTML pages or a web archive.
 */
class FormatsAgreeTest {

  private static final Pattern SEED = Pattern.compile("(\\d{3})");

  @TempDir static Path dir;

  /** One seed: number, headline (possibly empty) and paragraphs. */
  record Seed(String number, String title, List<String> paragraphs) {}

  static final List<Seed> SEEDS = new ArrayList<>();

  @BeforeAll
  static void writeFormats() throws IOException {
    ReadersTest.Collected read = ReadersTest.read(ReadersTest.SEEDS);
    for (Article a : read.articles) {
      List<String> paragraphs = a.body().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      SEEDS.add(new Seed(a.id().substring("seeds/".length(), "seeds/".length() + 3), a.title(), paragraphs));
    }
    Files.createDirectories(dir.resolve("jsonl"));
    Files.createDirectories(dir.resolve("html"));
    Files.createDirectories(dir.resolve("warc"));
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(dir.resolve("jsonl/seeds.jsonl"));
        WarcFixtures warc = new WarcFixtures(dir.resolve("warc/seeds.warc.gz"), true)) {
      for (Seed s : SEEDS) {
        ObjectNode record = json.createObjectNode();
        record.put("id", s.number());
        record.put("title", s.title());
        record.put("text", String.join("\n\n", s.paragraphs()));
        w.write(json.writeValueAsString(record) + "\n");
        String page = page(s);
        Files.writeString(dir.resolve("html/" + s.number() + ".html"), page);
        warc.page("https://outlet" + s.number() + ".example/news/" + s.number(), Instant.parse("2025-08-30T12:00:00Z"), page);
      }
    }
  }

  /** A news page around the seed's paragraphs, with navigation, share buttons and a footer. */
  static String page(Seed s) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>")
        .append(Entities.escape(s.title())).append(" | Example</title></head><body>")
        .append("<nav><a href=/>Home</a> <a href=/world>World</a></nav><article>");
    if (!s.title().isEmpty()) {
      html.append("<h1>").append(Entities.escape(s.title())).append("</h1>");
    }
    for (String p : s.paragraphs()) {
      html.append("<p>").append(Entities.escape(p)).append("</p>");
    }
    return html.append("<div class=share>Share on X</div></article><footer>© Example Media</footer></body></html>")
        .toString();
  }

  private static Path index(String format) throws IOException {
    Path input = format.equals("txt") ? ReadersTest.SEEDS : dir.resolve(format);
    Path index = dir.resolve("index-" + format);
    try (ArticleIndex writer = ArticleIndex.open(index, IndexConfig.defaults())) {
      Indexer.Summary summary = new Indexer(writer).run(List.of(input));
      assertEquals(5, summary.indexed(), format);
    }
    return index;
  }

  static String seedOf(String id) {
    Matcher m = SEED.matcher(id.replace("outlet", ""));
    return m.find() ? m.group(1) : id;
  }

  static Set<String> hits(Path index, String query) throws Exception {
    Set<String> out = new TreeSet<>();
    try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
      for (Hit h : searcher.search(SearchRequest.of(query)).hits()) {
        out.add(seedOf(h.id()));
      }
    }
    return out;
  }

  static Set<String> pairs(Path index) throws IOException {
    Set<String> out = new TreeSet<>();
    try (DuplicateDetector detector = DuplicateDetector.open(index, DedupConfig.defaults())) {
      DuplicateReport report = detector.detect(DuplicateDetector.Options.defaults(), null);
      for (PairVerdict p : report.pairs()) {
        String a = seedOf(p.aId());
        String b = seedOf(p.bId());
        out.add((a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + " " + p.level().label());
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "html", "warc"})
  void sameHitsAndPairsAsPlainText(String format) throws Exception {
    Path text = index("txt");
    Path other = index(format);
    for (String query : List.of("\"beautiful life\"", "Reuters", "\"Operation Kursk Liberation\"", "martyr", "source:kcna")) {
      assertEquals(hits(text, query), hits(other, query), format + ": " + query);
    }
    assertEquals(pairs(text), pairs(other), format);
  }
}
