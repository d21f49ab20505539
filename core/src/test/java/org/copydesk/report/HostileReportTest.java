package org.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.copydesk.dedup.DuplicateReport;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 6: hostile text in every field adds no structure to any format. */
class HostileReportTest {

  /** Every element the HTML report may contain (tbody: jsoup's parser adds it to tables). */
  private static final Set<String> TAGS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "h1",
      "h2", "h3", "h4", "h5", "section", "p", "table", "tbody", "tr", "th", "td", "ol", "ul", "li", "a", "strong",
      "mark", "sup", "div", "span", "blockquote", "del", "ins");
  private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name", "id",
      "href", "rel", "class", "title");

  static List<String> payloads() {
    return HostileReports.payloads();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void htmlShowsThePayloadAsTextAndAddsNoElement(String payload) {
    String html = ReportWriterTest.render(ReportWriter::html, HostileReports.report(payload));
    Document doc = Jsoup.parse(html);
    assertStructureIsOurs(doc);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "raw <script in the page");
    String shown = StringUtil.normaliseWhitespace(ReportText.clean(payload)).strip();
    assertTrue(doc.body().text().contains(shown), "payload not shown as text: " + shown);
  }

  /** The page has only our elements, attributes, meta tags and links, and its title. */
  static void assertStructureIsOurs(Document doc) {
    assertStructureIsOurs(doc, true);
  }

  /** As {@link #assertStructureIsOurs(Document)}, for a page whose CSP meta tag was removed or not. */
  static void assertStructureIsOurs(Document doc, boolean withCsp) {
    assertEquals(ReportText.TITLE, doc.title());
    for (Element e : doc.getAllElements()) {
      assertTrue(TAGS.contains(e.normalName()), "unexpected element <" + e.normalName() + ">: " + e.outerHtml());
      for (Attribute a : e.attributes()) {
        assertTrue(ATTRIBUTES.contains(a.getKey()), "unexpected attribute " + a + " on <" + e.normalName() + ">");
      }
    }
    assertEquals(withCsp ? List.of("utf-8", "Content-Security-Policy", "referrer", "viewport")
            : List.of("utf-8", "referrer", "viewport"),
        doc.select("meta").stream().map(m -> m.hasAttr("charset") ? m.attr("charset")
            : m.hasAttr("http-equiv") ? m.attr("http-equiv") : m.attr("name")).toList());
    assertEquals(1, doc.select("style").size());
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      boolean web = href.startsWith("https://") || href.startsWith("http://");
      assertTrue(href.startsWith("#") || web, "link to " + href);
      if (web) {
        assertEquals("noopener noreferrer nofollow", a.attr("rel"));
        assertEquals(HostileReports.WEB_URL, href, "the href is the URL, whole");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void markdownKeepsThePayloadInline(String payload) {
    String md = ReportWriterTest.render(ReportWriter::markdown, HostileReports.report(payload));
    for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
      assertEquals('\\', md.charAt(i - 1), "unescaped < at " + i + ": " + around(md, i));
    }
    for (int i = md.indexOf('`'); i >= 0; i = md.indexOf('`', i + 1)) {
      assertEquals('\\', md.charAt(i - 1), "unescaped ` at " + i + ": " + around(md, i));
    }
    for (int i = md.indexOf('['); i >= 0; i = md.indexOf('[', i + 1)) {
      assertTrue(md.charAt(i - 1) == '\\' || md.startsWith("[https://example.org/", i),
          "a link not ours at " + i + ": " + around(md, i));
    }
    String[] lines = md.split("\n", -1);
    int columns = -1;
    for (String line : lines) {
      for (String injected : List.of("# INJECTED", "```", "| a | b |", "- list", "1. item", "===", "    indented")) {
        assertFalse(line.startsWith(injected) || line.startsWith("> " + injected), "injected line: " + line);
      }
      if (line.startsWith("|")) {
        int pipes = unescapedPipes(line);
        columns = columns < 0 ? pipes : columns;
        assertEquals(columns, pipes, "table row with another column count: " + line);
      } else {
        columns = -1;
      }
    }
  }

  private static int unescapedPipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void jsonKeepsEveryStringExactly(String payload) throws IOException {
    DuplicateReport report = HostileReports.report(payload);
    JsonNode root = new ObjectMapper().readTree(ReportWriterTest.render(ReportWriter::json, report));
    assertEquals(payload, root.at("/articles/0/title").asText());
    assertEquals(payload, root.at("/articles/0/url").asText());
    assertEquals(payload, root.at("/clusters/0/label").asText());
    assertEquals(payload, root.get("parameters").get(payload).asText());
    assertEquals("reuse", root.at("/parameters/list/1").asText());
    assertEquals("a" + payload, root.at("/pairs/0/a").asText());
    assertEquals(payload, root.at("/sharedQuotes/0/variants/0/speaker").asText());
    assertEquals(payload, root.at("/figureDisagreements/0/reports/0/source").asText());
    assertEquals(payload, root.at("/droppedAttributions/0/copySentence").asText());
    for (JsonNode x : root.at("/pairs/0/passages")) {
      String a = report.articles().get(0).text();
      assertEquals(x.get("text").asText(), a.substring(x.get("aStart").asInt(), x.get("aEnd").asInt()));
      assertEquals(payload, x.get("bText").asText());
    }
  }

  @Property(tries = 300)
  void anyTextRendersInEveryFormatWithoutAddingElements(@ForAll String text) {
    DuplicateReport report = HostileReports.report(text.isEmpty() ? "x" : text);
    assertStructureIsOurs(Jsoup.parse(ReportWriterTest.render(ReportWriter::html, report)));
    ReportWriterTest.render(ReportWriter::markdown, report);
    ReportWriterTest.render(ReportWriter::json, report);
  }

  private static String around(String s, int i) {
    return s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40));
  }
}
