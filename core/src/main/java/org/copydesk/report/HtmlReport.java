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
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.SharedPassage;
import org.copydesk.dedup.Story;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the HTML form of a report: one self-contained page built with jsoup's element API, written
 * a section at a time (summary, parameters, then each story) so that the page never stands whole
 * in memory.
 *
 * <p>Every string from the report enters the page through {@link #put}, as a text node that jsoup
 * escapes (after {@link ReportText#clean}), or through {@link Element#attr}, which escapes
 * attribute values; no string is ever parsed as HTML. Only http and https URLs become links. The
 * page carries a Content-Security-Policy that forbids scripts and any fetch, as defence in depth.
 */
final class HtmlReport implements ReportSink {

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

  private final Writer out;
  /** Gives new elements the page's output settings (no pretty printing, base entities, UTF-8). */
  private final Document shell = new Document("");
  /** The articles of the story being written, by id. */
  private Map<String, ArticleSummary> articles = Map.of();

  HtmlReport(Writer out) {
    this.out = out;
    shell.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
  }

  @Override
  public void begin(ReportHeader header) throws IOException {
    Element head = shell.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    put(head.appendElement("title"), ReportText.TITLE);
    head.appendElement("style").appendChild(new DataNode(CSS));
    out.write("<!doctype html><html lang=\"en\">");
    write(head);
    out.write("<body>");
    Element h1 = shell.appendElement("h1");
    put(h1, ReportText.TITLE);
    write(h1);
    Element summary = section("summary", "Summary");
    summary(summary, header);
    write(summary);
    Element parameters = section("parameters", "Parameters");
    Element table = table(parameters, "Parameter", "Value");
    header.parameters().forEach((k, v) -> row(table, k, String.valueOf(JsonReport.value(v))));
    write(parameters);
  }

  @Override
  public void story(Story story) throws IOException {
    articles = story.articlesById();
    Cluster c = story.cluster();
    Element s = shell.appendElement("section").attr("id", "story-" + story.number());
    put(s.appendElement("h2"), "Story " + story.number() + ": " + c.label());
    put(s.appendElement("p"), "Strongest level: " + c.strongest().label() + ".");
    Element table = table(s, "Date", "Outlet", "Title", "Id", "URL");
    for (ArticleSummary a : story.articles()) {
      Element tr = table.appendElement("tr");
      put(tr.appendElement("td"), ReportText.date(a.published()));
      put(tr.appendElement("td"), a.outlet());
      put(tr.appendElement("td"), a.title());
      put(tr.appendElement("td"), a.id());
      link(tr.appendElement("td"), a.url());
    }
    pairs(s, story);
    if (!story.sharedQuotes().isEmpty()) {
      sharedQuotes(part(s, "quotes", story, "Shared quotes"), story.sharedQuotes());
    }
    if (!story.figureDisagreements().isEmpty()) {
      figures(part(s, "figures", story, "Figure disagreements"), story.figureDisagreements());
    }
    if (!story.droppedAttributions().isEmpty()) {
      attributions(part(s, "attributions", story, "Dropped or changed attributions"), story.droppedAttributions());
    }
    write(s);
  }

  @Override
  public void end() throws IOException {
    out.write("</body></html>\n");
    out.flush();
  }

  /** Writes a finished element and lets it go, so that the page never stands whole in memory. */
  private void write(Element e) throws IOException {
    out.write(e.outerHtml());
    e.remove();
  }

  private void summary(Element s, ReportHeader header) {
    put(s.appendElement("p"), ReportText.counts(header));
    Element table = table(s, "Level", "Pairs");
    for (Map.Entry<Level, Integer> e : header.pairsPerLevel().entrySet()) {
      row(table, e.getKey().label(), e.getValue().toString());
    }
    Element list = s.appendElement("ol");
    int n = 1;
    for (Cluster c : header.clusters()) {
      Element li = list.appendElement("li");
      put(li.appendElement("a").attr("href", "#story-" + n++), c.label());
      put(li, ": " + c.articleIds().size() + " articles, strongest level " + c.strongest().label());
    }
    put(s.appendElement("p"), "The earlier article of a pair is only the likely origin: both may copy a third,"
        + " unseen source (typically a wire story).");
  }

  private void pairs(Element s, Story story) {
    Element part = part(s, "pairs", story, "Pairs");
    Element legend = part.appendElement("p");
    put(legend, "Shared passages: ");
    put(legend.appendElement("mark").addClass("prose"), "copied prose");
    put(legend, " and ");
    put(legend.appendElement("mark").addClass("quote"), "shared quotation");
    put(legend, "; the small numbers match a passage across the two columns.");
    int n = 1;
    for (PairVerdict p : story.pairs()) {
      String a = ReportText.name(articles, p.aId());
      String b = ReportText.name(articles, p.bId());
      String number = story.number() + "." + n++;
      put(part.appendElement("h4").attr("id", "pair-" + number), "Pair " + number + ": " + a + " and " + b + ": " + p.level().label());
      Element level = part.appendElement("p");
      put(level.appendElement("strong"), "Level: ");
      put(level, p.level().label() + ", because " + p.reason() + ".");
      Element direction = part.appendElement("p");
      put(direction.appendElement("strong"), "Direction: ");
      put(direction, ReportText.direction(articles, p));
      Element scores = table(part, "Score", "Value");
      for (String[] r : ReportText.scoreRows(articles, p)) {
        row(scores, r);
      }
      Element side = part.appendElement("div").addClass("side");
      column(side, p.aId(), spans(p, true));
      column(side, p.bId(), spans(p, false));
      passageTable(part, p);
    }
  }

  /** A part of a story's section, with its heading and an id naming the story. */
  private static Element part(Element story, String id, Story s, String heading) {
    Element part = story.appendElement("div").attr("id", id + "-" + s.number()).addClass(id);
    put(part.appendElement("h3"), heading);
    return part;
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
    ArticleSummary a = articles.get(id);
    put(col.appendElement("h5"), ReportText.name(articles, id));
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
    Element table = table(s, "#", "Kind", "Words", "Characters in " + ReportText.name(articles, p.aId()),
        "Characters in " + ReportText.name(articles, p.bId()), "Passage");
    int n = 1;
    for (SharedPassage x : p.passages()) {
      row(table, Integer.toString(n++), x.quoted() ? "shared quote" : "copied prose", Integer.toString(x.words()),
          x.aStart() + "\u2013" + x.aEnd(), x.bStart() + "\u2013" + x.bEnd(), x.text());
    }
  }

  private void sharedQuotes(Element s, List<QuoteGroups.Group> groups) {
    put(s.appendElement("p"), "Quotes carried by more than one outlet, each version compared word by word with the"
        + " longest: struck words are missing from it, bold words are added.");
    for (QuoteGroups.Group g : groups) {
      put(s.appendElement("h4"), (g.speaker() == null ? "Unattributed" : g.speaker()) + ", "
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

  private void figures(Element s, List<FigureGroups.Group> groups) {
    for (FigureGroups.Group g : groups) {
      put(s.appendElement("h4"), g.key() + (g.disagree() ? ": the figures cannot all be true" : ": the figures agree"));
      Element table = table(s, "Outlet", "Article", "Wording", "Normalised value", "Source");
      for (FigureGroups.Reported r : g.reports()) {
        row(table, r.outlet(), r.articleId(), r.figure().text(), ReportText.figureValue(r.figure()),
            r.figure().source() == null ? "none named" : r.figure().source());
      }
    }
  }

  private void attributions(Element s, List<DroppedAttribution> dropped) {
    for (DroppedAttribution d : dropped) {
      String origin = ReportText.name(articles, d.originId());
      String copy = ReportText.name(articles, d.copyId());
      put(s.appendElement("h4"), copy + (d.changed() ? " changes " : " drops ") + origin + "'s attribution to " + d.source());
      put(s.appendElement("p"), origin + " attributes it to " + d.source()
          + (d.cue() == null ? "" : " (\u201c" + d.cue() + "\u201d)") + ", characters " + d.originStart() + "\u2013"
          + d.originEnd() + ":");
      put(s.appendElement("blockquote"), d.originSentence());
      put(s.appendElement("p"), copy + (d.changed() ? " names " + d.copySource() + " instead" : " names no source")
          + ", characters " + d.copyStart() + "\u2013" + d.copyEnd() + ":");
      put(s.appendElement("blockquote"), d.copySentence());
    }
  }

  private Element section(String id, String heading) {
    Element s = shell.appendElement("section").attr("id", id);
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
