package org.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.PairVerdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three renderings of the seeds' report: sections, passages, offsets, determinism. */
class ReportWriterTest {

  private static final DuplicateReport REPORT = ReportFixtures.seedReport();

  interface Renderer {
    void render(DuplicateReport r, java.io.Writer w) throws IOException;
  }

  static String render(Renderer renderer, DuplicateReport report) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(report, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  private static PairVerdict pair(String a, String b) {
    return REPORT.pairs().stream().filter(p -> p.aId().equals(a) && p.bId().equals(b)).findFirst()
        .orElseThrow(() -> new AssertionError("no pair " + a + "-" + b + " in " + REPORT.pairs()));
  }

  @Test
  void fixtureHasTheRewriteOfReutersWithProseAndAQuote() {
    PairVerdict p = pair("000", "001");
    assertTrue(p.passages().stream().anyMatch(x -> !x.quoted() && x.text().contains(ReportFixtures.PROSE)), p.toString());
    assertTrue(p.passages().stream().anyMatch(x -> x.quoted() && x.text().contains(ReportFixtures.QUOTE)), p.toString());
    assertFalse(REPORT.sharedQuotes().isEmpty());
    assertFalse(REPORT.figureDisagreements().isEmpty());
  }

  @Test
  void jsonPassagesPointIntoBothArticlesTexts() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(ReportWriter::json, REPORT));
    int checked = 0;
    for (JsonNode pair : root.get("pairs")) {
      ArticleSummary a = REPORT.article(pair.get("a").asText());
      ArticleSummary b = REPORT.article(pair.get("b").asText());
      for (JsonNode x : pair.get("passages")) {
        String text = x.get("text").asText();
        assertEquals(text, a.text().substring(x.get("aStart").asInt(), x.get("aEnd").asInt()), x.toString());
        assertEquals(x.get("bText").asText(), b.text().substring(x.get("bStart").asInt(), x.get("bEnd").asInt()));
        assertTrue(x.has("quoted"), x.toString());
        checked++;
      }
    }
    assertTrue(checked > 5, "passages checked: " + checked);
  }

  @Test
  void jsonHoldsTheEvidenceButNotTheText() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(ReportWriter::json, REPORT));
    assertEquals(List.of("format", "parameters", "articles", "pairs", "clusters", "sharedQuotes",
        "figureDisagreements", "droppedAttributions"), names(root));
    assertEquals(org.copydesk.dedup.DedupConfig.DEFAULT_SEED, root.at("/parameters/seed").asLong());
    assertEquals("same-story", root.at("/parameters/level").asText());
    JsonNode reuters = root.get("articles").get(0);
    assertEquals("001", reuters.get("id").asText(), "articles in the story's date order");
    assertEquals("2025-08-30T00:00:00Z", reuters.get("published").asText());
    assertEquals(ReportFixtures.sha256(REPORT.article("001").text()), reuters.get("sha256").asText());
    assertFalse(reuters.has("text"));
    JsonNode p = pairNode(root, "000", "001");
    assertEquals(pair("000", "001").level().label(), p.get("level").asText());
    assertEquals("001", p.at("/direction/origin").asText());
    assertEquals(pair("000", "001").scores().jaccard(), p.get("jaccard").asDouble());
    assertTrue(p.at("/scores/containmentAInB").isNumber());
    JsonNode cluster = root.get("clusters").get(0);
    assertEquals(REPORT.clusters().get(0).articleIds(), strings(cluster.get("articles")));
    assertEquals("killed", root.at("/figureDisagreements/0/key").asText());
    assertEquals("Seoul", root.at("/droppedAttributions/0/copySource").asText());
  }

  @Test
  void everyFormatIsDeterministic() {
    for (Renderer r : List.<Renderer>of(ReportWriter::json, ReportWriter::markdown, ReportWriter::html)) {
      assertEquals(render(r, REPORT), render(r, ReportFixtures.seedReport()));
    }
  }

  @Test
  void markdownHasEverySectionAndThePassagesAsQuotes() {
    String md = render(ReportWriter::markdown, REPORT);
    for (String heading : List.of("# Near-duplicate report", "## Summary", "## Parameters",
        "## Story 1: " + REPORT.clusters().get(0).label(), "### Pairs", "##### Copied prose", "##### Shared quotes",
        "### Shared quotes", "### Figure disagreements", "### Dropped or changed attributions")) {
      assertTrue(md.contains("\n" + heading + "\n") || md.startsWith(heading + "\n"), heading);
    }
    assertTrue(md.contains("> " + ReportFixtures.PROSE), "prose passage as a blockquote");
    assertTrue(md.contains(ReportFixtures.QUOTE), "shared quote");
    assertTrue(md.contains("| reuse | "), "counts per level");
    assertTrue(md.contains("Reuters (001) is likely the origin (published 1.4 days earlier)"), md);
    assertTrue(md.contains("| approximately 600 | \u2248 600 | NIS |"), "figure row");
    assertTrue(md.contains("#### 1. Outlet Four (004) changes Reuters (001)'s attribution to NIS"), "attribution");
    assertTrue(md.contains("[https://example.org/seeds/001](https://example.org/seeds/001)"), "link");
    // A cluster's table lists its articles in date order: 001 (30 Aug), 002 (30 Aug 14:30), 004 (31 Aug), 000 (31 Aug 09:00), 003.
    Cluster c = REPORT.clusters().get(0);
    List<Integer> at = new ArrayList<>();
    for (String id : c.articleIds()) {
      at.add(md.indexOf(" | " + id + " | "));
    }
    assertEquals(at.stream().sorted().toList(), at, "cluster rows in date order " + c.articleIds());
    assertEquals(List.of("001", "002", "004", "000", "003"), c.articleIds());
  }

  @Test
  void markdownCopiedProseAndSharedQuotesStayApart() {
    String md = render(ReportWriter::markdown, REPORT);
    int pairStart = md.indexOf("#### Pair ", md.indexOf("### Pairs"));
    String firstPairWith000And001 = md.substring(md.indexOf("Outlet Zero (000) and Reuters (001)", pairStart));
    String section = firstPairWith000And001.substring(0, firstPairWith000And001.indexOf("\n#### "));
    int prose = section.indexOf("##### Copied prose");
    int quotes = section.indexOf("##### Shared quotes");
    assertTrue(prose >= 0 && quotes > prose, section);
    assertTrue(section.indexOf(ReportFixtures.PROSE) < quotes);
    assertTrue(section.indexOf(ReportFixtures.QUOTE, quotes) > quotes);
  }

  @Test
  void htmlMarksProseAndQuotesSideBySide() {
    Document doc = Jsoup.parse(render(ReportWriter::html, REPORT));
    assertEquals(ReportText.TITLE, doc.title());
    assertEquals(HtmlReport.CSP,
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    assertTrue(doc.select("script").isEmpty());
    for (String id : List.of("summary", "parameters", "story-1", "pairs-1", "quotes-1", "figures-1", "attributions-1")) {
      assertNotNull(doc.getElementById(id), id);
    }
    Element pair = null;
    for (Element h : doc.select("#pairs-1 h4")) {
      if (h.text().contains("Outlet Zero (000) and Reuters (001)")) {
        pair = h;
      }
    }
    assertNotNull(pair);
    Element side = pair.nextElementSiblings().select("div.side").first();
    Element a = side.child(0);
    Element b = side.child(1);
    assertTrue(a.select("mark.prose").text().contains(ReportFixtures.PROSE), a.text());
    assertTrue(b.select("mark.prose").text().contains(ReportFixtures.PROSE), b.text());
    assertTrue(a.select("mark.quote").text().contains(ReportFixtures.QUOTE), a.text());
    assertTrue(b.select("mark.quote").text().contains(ReportFixtures.QUOTE), b.text());
    assertFalse(a.select("mark.quote").text().contains(ReportFixtures.PROSE));
    assertEquals("noopener noreferrer nofollow", doc.selectFirst("a.url").attr("rel"));
    assertFalse(doc.select("del, ins").isEmpty(), "word differences of shared quotes");
  }

  @ParameterizedTest
  @CsvSource({"report.md, # Near-duplicate report", "report.HTML, <!doctype html>", "report.htm, <!doctype html>",
      "report.json, '{'"})
  void writeChoosesTheFormatByExtension(String name, String start, @TempDir Path dir) throws IOException {
    Path file = dir.resolve(name);
    ReportWriter.write(REPORT, file);
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith(start), name);
  }

  @ParameterizedTest
  @CsvSource({"report.txt, '\".txt\"'", "report, without extension", "report.md.bak, '\".bak\"'"})
  void writeRejectsOtherExtensionsBeforeTouchingTheFile(String name, String said, @TempDir Path dir) {
    Path file = dir.resolve(name);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(REPORT, file));
    assertTrue(e.getMessage().contains(said) && e.getMessage().contains(".md") && e.getMessage().contains(".html")
        && e.getMessage().contains(".json"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  private static JsonNode pairNode(JsonNode root, String a, String b) {
    for (JsonNode p : root.get("pairs")) {
      if (p.get("a").asText().equals(a) && p.get("b").asText().equals(b)) {
        return p;
      }
    }
    throw new AssertionError("no pair " + a + "-" + b);
  }

  private static List<String> names(JsonNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
