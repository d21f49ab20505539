package org.copydesk.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.compare.WordDiff;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.SharedPassage;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the HTML form of a report: one self-contained page built with jsoup's element API.
 *
 * <p>Every string from the report enters the page through {@link #put}, as a text node that jsoup
 * escapes (after {@link ReportText#clean}), or through {@link Element#attr}, which escapes
 * attribute values; no string is ever parsed as HTML. Only http and https URLs become links. The
 * page carries a Content-Security-Policy that forbids scripts and any fetch, as defence in depth.
 */
final class HtmlReport {

  /** No scripts, no fetches of any kind; only the page's own inline style. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  private static final String CSS = """
      body{font:15px/1.5 Georgia,serif;max-width:72rem;margin:1rem auto;padding:0 1rem;color:#222}
      h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
      table{border-collapse:collapse;margin:.5rem 0}
      th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
      td.n{text-align:right}
      .side{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
      .side>div{border:1px solid #ddd;padding:0 .75rem;overflow-wrap:anywhere}
      mark.prose{background:#ffe08a}
      mark.quote{background:#b9e3ff}
      sup{color:#666;font-size:.7em}
      .gap{color:#888}
      blockquote{margin:.5rem 0;padding:.1rem .75rem;border-left:4px solid #ccc;overflow-wrap:anywhere}
      del{background:#fdd}
      ins{background:#dfd;text-decoration:none;font-weight:bold}
      .url,.offsets{font-family:monospace;font-size:.85em;overflow-wrap:anywhere}
      """;

  private final DuplicateReport report;

  private HtmlReport(DuplicateReport report) {
    this.report = report;
  }

  static void write(DuplicateReport report, Writer out) throws IOException {
    out.write(new HtmlReport(report).render().outerHtml());
    out.write('\n');
  }

  private Document render() {
    Document doc = new Document("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    put(head.appendElement("title"), ReportText.TITLE);
    head.appendElement("style").appendChild(new DataNode(CSS));
    Element body = html.appendElement("body");
    put(body.appendElement("h1"), ReportText.TITLE);
    summary(section(body, "summary", "Summary"));
    parameters(section(body, "parameters", "Parameters"));
    clusters(section(body, "clusters", "Clusters"));
    pairs(section(body, "pairs", "Pairs"));
    if (!report.sharedQuotes().isEmpty()) {
      sharedQuotes(section(body, "quotes", "Shared quotes"));
    }
    if (!report.figureDisagreements().isEmpty()) {
      figures(section(body, "figures", "Figure disagreements"));
    }
    if (!report.droppedAttributions().isEmpty()) {
      attributions(section(body, "attributions", "Dropped or changed attributions"));
    }
    return doc;
  }

  private void summary(Element s) {
    put(s.appendElement("p"), ReportText.counts(report));
    Element table = table(s, "Level", "Pairs");
    for (Map.Entry<Level, Integer> e : ReportText.levelCounts(report.pairs()).entrySet()) {
      row(table, e.getKey().label(), e.getValue().toString());
    }
    Element list = s.appendElement("ol");
    int n = 1;
    for (Cluster c : report.clusters()) {
      Element li = list.appendElement("li");
      put(li.appendElement("a").attr("href", "#cluster-" + n++), c.label());
      put(li, ": " + c.articleIds().size() + " articles, strongest level " + c.strongest().label());
    }
    put(s.appendElement("p"), "The earlier article of a pair is only the likely origin: both may copy a third,"
        + " unseen source (typically a wire story).");
  }

  private void parameters(Element s) {
    Element table = table(s, "Parameter", "Value");
    report.parameters().forEach((k, v) -> row(table, k, String.valueOf(JsonReport.value(v))));
  }

  private void clusters(Element s) {
    int n = 1;
    for (Cluster c : report.clusters()) {
      Element h = s.appendElement("h3").attr("id", "cluster-" + n);
      put(h, "Cluster " + n++ + ": " + c.label());
      put(s.appendElement("p"), "Strongest level: " + c.strongest().label() + ".");
      Element table = table(s, "Date", "Outlet", "Title", "Id", "URL");
      for (String id : c.articleIds()) {
        ArticleSummary a = report.article(id);
        Element tr = table.appendElement("tr");
        put(tr.appendElement("td"), ReportText.date(a == null ? null : a.published()));
        put(tr.appendElement("td"), a == null ? "" : a.outlet());
        put(tr.appendElement("td"), a == null ? "" : a.title());
        put(tr.appendElement("td"), id);
        link(tr.appendElement("td"), a == null ? null : a.url());
      }
    }
  }

  private void pairs(Element s) {
    Element legend = s.appendElement("p");
    put(legend, "Shared passages: ");
    put(legend.appendElement("mark").addClass("prose"), "copied prose");
    put(legend, " and ");
    put(legend.appendElement("mark").addClass("quote"), "shared quotation");
    put(legend, "; the small numbers match a passage across the two columns.");
    int n = 1;
    for (PairVerdict p : report.pairs()) {
      String a = ReportText.name(report, p.aId());
      String b = ReportText.name(report, p.bId());
      put(s.appendElement("h3").attr("id", "pair-" + n), "Pair " + n++ + ": " + a + " and " + b + ": " + p.level().label());
      Element level = s.appendElement("p");
      put(level.appendElement("strong"), "Level: ");
      put(level, p.level().label() + ", because " + p.reason() + ".");
      Element direction = s.appendElement("p");
      put(direction.appendElement("strong"), "Direction: ");
      put(direction, ReportText.direction(report, p));
      Element scores = table(s, "Score", "Value");
      for (String[] r : ReportText.scoreRows(report, p)) {
        row(scores, r);
      }
      Element side = s.appendElement("div").addClass("side");
      column(side, p.aId(), spans(p, true));
      column(side, p.bId(), spans(p, false));
      passageTable(s, p);
    }
  }

  /** A marked part of one article's text: a shared passage, numbered as in the pair's list. */
  private record Span(int start, int end, boolean quoted, int n) {}

  private static List<Span> spans(PairVerdict p, boolean sideA) {
    List<Span> spans = new ArrayList<>();
    int n = 1;
    for (SharedPassage x : p.passages()) {
      spans.add(sideA ? new Span(x.aStart(), x.aEnd(), x.quoted(), n) : new Span(x.bStart(), x.bEnd(), x.quoted(), n));
      n++;
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans;
  }

  /** One article's paragraphs that hold a shared passage, with the passages marked; others elided. */
  private void column(Element side, String id, List<Span> spans) {
    Element col = side.appendElement("div");
    ArticleSummary a = report.article(id);
    put(col.appendElement("h4"), ReportText.name(report, id));
    if (a != null) {
      put(col.appendElement("p"), a.title() + " (" + ReportText.date(a.published()) + ")");
      link(col.appendElement("p"), a.url());
    }
    String text = a == null ? null : a.text();
    if (text == null) {
      put(col.appendElement("p").addClass("gap"), "(text not available)");
      return;
    }
    boolean omitted = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        if (marks(spans, lineStart, lineEnd)) {
          if (omitted) {
            put(col.appendElement("p").addClass("gap"), "[\u2026]");
            omitted = false;
          }
          paragraph(col.appendElement("p"), text, lineStart, lineEnd, spans);
        } else {
          omitted = true;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (omitted) {
      put(col.appendElement("p").addClass("gap"), "[\u2026]");
    }
  }

  private static boolean marks(List<Span> spans, int from, int to) {
    return spans.stream().anyMatch(s -> s.start() < to && s.end() > from);
  }

  /** The text of {@code [from, to)} with the parts inside spans as marks; spans that overlap are cut. */
  private void paragraph(Element p, String text, int from, int to, List<Span> spans) {
    int at = from;
    for (Span s : spans) {
      int start = Math.max(Math.max(s.start(), at), from);
      int end = Math.min(Math.min(s.end(), to), text.length());
      if (start >= end || start < 0) {
        continue;
      }
      put(p, text.substring(at, start));
      if (s.start() >= from) {
        put(p.appendElement("sup"), Integer.toString(s.n()));
      }
      Element mark = p.appendElement("mark").addClass(s.quoted() ? "quote" : "prose")
          .attr("title", "shared passage " + s.n() + (s.quoted() ? " (quotation)" : " (prose)"));
      put(mark, text.substring(start, end));
      at = end;
    }
    put(p, text.substring(at, to));
  }

  private void passageTable(Element s, PairVerdict p) {
    if (p.passages().isEmpty()) {
      return;
    }
    Element table = table(s, "#", "Kind", "Words", "Characters in " + ReportText.name(report, p.aId()),
        "Characters in " + ReportText.name(report, p.bId()), "Passage");
    int n = 1;
    for (SharedPassage x : p.passages()) {
      row(table, Integer.toString(n++), x.quoted() ? "shared quote" : "copied prose", Integer.toString(x.words()),
          x.aStart() + "\u2013" + x.aEnd(), x.bStart() + "\u2013" + x.bEnd(), x.text());
    }
  }

  private void sharedQuotes(Element s) {
    put(s.appendElement("p"), "Quotes carried by more than one outlet, each version compared word by word with the"
        + " longest: struck words are missing from it, bold words are added.");
    for (QuoteGroups.Group g : report.sharedQuotes()) {
      put(s.appendElement("h3"), (g.speaker() == null ? "Unattributed" : g.speaker()) + ", "
          + g.outlets().size() + " outlets");
      put(s.appendElement("blockquote"), g.text());
      Element list = s.appendElement("ul");
      for (QuoteGroups.Variant v : g.variants()) {
        Element li = list.appendElement("li");
        put(li.appendElement("strong"), v.outlet());
        put(li, " (" + v.articleId() + "): ");
        for (WordDiff d : v.diff()) {
          Element target = switch (d.op()) {
            case SAME -> li;
            case REMOVED -> li.appendElement("del");
            case ADDED -> li.appendElement("ins");
          };
          put(target, d.words());
          put(li, " ");
        }
      }
    }
  }

  private void figures(Element s) {
    for (FigureGroups.Group g : report.figureDisagreements()) {
      put(s.appendElement("h3"), g.key() + (g.disagree() ? ": the figures cannot all be true" : ": the figures agree"));
      Element table = table(s, "Outlet", "Article", "Wording", "Normalised value", "Source");
      for (FigureGroups.Reported r : g.reports()) {
        row(table, r.outlet(), r.articleId(), r.figure().text(), ReportText.figureValue(r.figure()),
            r.figure().source() == null ? "none named" : r.figure().source());
      }
    }
  }

  private void attributions(Element s) {
    for (DroppedAttribution d : report.droppedAttributions()) {
      String origin = ReportText.name(report, d.originId());
      String copy = ReportText.name(report, d.copyId());
      put(s.appendElement("h3"), copy + (d.changed() ? " changes " : " drops ") + origin + "'s attribution to " + d.source());
      put(s.appendElement("p"), origin + " attributes it to " + d.source()
          + (d.cue() == null ? "" : " (\u201c" + d.cue() + "\u201d)") + ", characters " + d.originStart() + "\u2013"
          + d.originEnd() + ":");
      put(s.appendElement("blockquote"), d.originSentence());
      put(s.appendElement("p"), copy + (d.changed() ? " names " + d.copySource() + " instead" : " names no source")
          + ", characters " + d.copyStart() + "\u2013" + d.copyEnd() + ":");
      put(s.appendElement("blockquote"), d.copySentence());
    }
  }

  private static Element section(Element body, String id, String heading) {
    Element s = body.appendElement("section").attr("id", id);
    put(s.appendElement("h2"), heading);
    return s;
  }

  private static Element table(Element parent, String... headings) {
    Element table = parent.appendElement("table");
    Element tr = table.appendElement("tr");
    for (String h : headings) {
      put(tr.appendElement("th"), h);
    }
    return table;
  }

  private static void row(Element table, String... cells) {
    Element tr = table.appendElement("tr");
    for (String c : cells) {
      put(tr.appendElement("td"), c);
    }
  }

  /** An http(s) URL as a link that sends no referrer and no credit; any other URL as plain text. */
  private static void link(Element parent, String url) {
    if (url == null) {
      return;
    }
    if (ReportText.isWebUrl(url)) {
      put(parent.appendElement("a").addClass("url").attr("href", url).attr("rel", "noopener noreferrer nofollow"), url);
    } else {
      put(parent.appendElement("span").addClass("url"), url);
    }
  }

  /** The one way report text enters the page: cleaned, then as an escaped text node. */
  private static Element put(Element e, String text) {
    return e.appendText(ReportText.clean(text));
  }
}
