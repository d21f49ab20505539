package org.copydesk.report;

import java.io.IOException;
import java.io.Writer;
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

/**
 * Writes the Markdown form of a report (CommonMark with GitHub tables), a story at a time: the
 * summary and parameters first, then each story with its articles, pairs and what changed.
 *
 * <p>Every string that comes from the report goes through {@link #inline} or {@link #lines}, which
 * escape it in one place: {@link #escape}.
 */
final class MarkdownReport implements ReportSink {

  /** Characters that start or end Markdown inline structure, escaped wherever they appear. */
  private static final String INLINE_SPECIAL = "\\`*_[]<>|~&";

  private final Writer writer;
  private final StringBuilder out = new StringBuilder();
  /** The articles of the story being written, by id. */
  private Map<String, ArticleSummary> articles = Map.of();

  MarkdownReport(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void begin(ReportHeader header) throws IOException {
    line("# " + ReportText.TITLE).blank();
    line("## Summary").blank();
    line(ReportText.counts(header)).blank();
    line("| Level | Pairs |").line("| --- | ---: |");
    for (Map.Entry<Level, Integer> e : header.pairsPerLevel().entrySet()) {
      line("| " + e.getKey().label() + " | " + e.getValue() + " |");
    }
    blank();
    int n = 1;
    for (Cluster c : header.clusters()) {
      line(n++ + ". " + inline(c.label()) + ": " + c.articleIds().size() + " articles, strongest level "
          + c.strongest().label());
    }
    blank();
    line("The earlier article of a pair is only the likely origin: both may copy a third, unseen source "
        + "(typically a wire story).").blank();
    line("## Parameters").blank();
    line("| Parameter | Value |").line("| --- | --- |");
    header.parameters().forEach((k, v) -> line("| " + inline(k) + " | " + inline(String.valueOf(JsonReport.value(v))) + " |"));
    blank();
    flush();
  }

  @Override
  public void story(Story story) throws IOException {
    articles = story.articlesById();
    Cluster c = story.cluster();
    line("## Story " + story.number() + ": " + inline(c.label())).blank();
    line("Strongest level: " + c.strongest().label() + ".").blank();
    line("| Date | Outlet | Title | Id | URL |").line("| --- | --- | --- | --- | --- |");
    for (ArticleSummary a : story.articles()) {
      line("| " + ReportText.date(a.published()) + " | " + inline(a.outlet()) + " | " + inline(a.title())
          + " | " + inline(a.id()) + " | " + url(a.url()) + " |");
    }
    blank();
    pairs(story);
    sharedQuotes(story.sharedQuotes());
    figures(story.figureDisagreements());
    attributions(story.droppedAttributions());
    flush();
  }

  @Override
  public void end() throws IOException {
    writer.flush();
  }

  private void flush() throws IOException {
    writer.write(out.toString());
    out.setLength(0);
  }

  private void pairs(Story story) {
    line("### Pairs").blank();
    int n = 1;
    for (PairVerdict p : story.pairs()) {
      String a = ReportText.name(articles, p.aId());
      String b = ReportText.name(articles, p.bId());
      line("#### Pair " + story.number() + "." + n++ + ": " + inline(a) + " and " + inline(b) + ": " + p.level().label())
          .blank();
      line("**Level:** " + p.level().label() + ", because " + inline(p.reason()) + ".").blank();
      line("**Direction:** " + inline(ReportText.direction(articles, p))).blank();
      line("| Score | Value |").line("| --- | ---: |");
      for (String[] row : ReportText.scoreRows(articles, p)) {
        line("| " + inline(row[0]) + " | " + row[1] + " |");
      }
      blank();
      passages(p, false, "##### Copied prose");
      passages(p, true, "##### Shared quotes");
    }
  }

  private void passages(PairVerdict p, boolean quoted, String heading) {
    List<SharedPassage> chosen = p.passages().stream().filter(x -> x.quoted() == quoted).toList();
    if (chosen.isEmpty()) {
      return;
    }
    line(heading).blank();
    ArticleSummary b = articles.get(p.bId());
    int n = 1;
    for (SharedPassage x : chosen) {
      line("Passage " + n++ + " (" + x.words() + " words):").blank();
      quote(ReportText.name(articles, p.aId()) + ", characters " + x.aStart() + "\u2013" + x.aEnd(), x.text());
      String bText = ReportText.slice(b == null ? null : b.text(), x.bStart(), x.bEnd());
      quote(ReportText.name(articles, p.bId()) + ", characters " + x.bStart() + "\u2013" + x.bEnd(),
          bText == null ? "(text not available)" : bText);
    }
  }

  /** A labelled blockquote of text that may span several lines. */
  private void quote(String label, String text) {
    List<String> body = lines(text);
    line("> **" + inline(label) + ":**");
    for (String l : body) {
      line(l.isEmpty() ? ">" : "> " + l);
    }
    blank();
  }

  private void sharedQuotes(List<QuoteGroups.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
    line("### Shared quotes").blank();
    line("Quotes carried by more than one outlet; ~~struck~~ words are missing from a version, **bold** "
        + "words are added to it, compared with the longest version.").blank();
    int n = 1;
    for (QuoteGroups.Group g : groups) {
      line("#### Quote " + n++ + ": " + (g.speaker() == null ? "unattributed" : inline(g.speaker())) + ", "
          + g.outlets().size() + " outlets").blank();
      quote("Longest version", g.text());
      for (QuoteGroups.Variant v : g.variants()) {
        StringBuilder diff = new StringBuilder();
        for (WordDiff d : v.diff()) {
          String words = inline(d.words());
          diff.append(switch (d.op()) {
            case SAME -> words;
            case REMOVED -> "~~" + words + "~~";
            case ADDED -> "**" + words + "**";
          }).append(' ');
        }
        line("- " + inline(v.outlet()) + " (" + inline(v.articleId()) + "): " + diff.toString().strip());
      }
      blank();
    }
  }

  private void figures(List<FigureGroups.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
    line("### Figure disagreements").blank();
    for (FigureGroups.Group g : groups) {
      line("#### " + inline(g.key()) + (g.disagree() ? ": the figures cannot all be true" : ": the figures agree"))
          .blank();
      line("| Outlet | Article | Wording | Normalised value | Source |").line("| --- | --- | --- | --- | --- |");
      for (FigureGroups.Reported r : g.reports()) {
        line("| " + inline(r.outlet()) + " | " + inline(r.articleId()) + " | " + inline(r.figure().text()) + " | "
            + inline(ReportText.figureValue(r.figure())) + " | "
            + (r.figure().source() == null ? "none named" : inline(r.figure().source())) + " |");
      }
      blank();
    }
  }

  private void attributions(List<DroppedAttribution> dropped) {
    if (dropped.isEmpty()) {
      return;
    }
    line("### Dropped or changed attributions").blank();
    int n = 1;
    for (DroppedAttribution d : dropped) {
      String origin = ReportText.name(articles, d.originId());
      String copy = ReportText.name(articles, d.copyId());
      line("#### " + n++ + ". " + inline(copy) + (d.changed() ? " changes " : " drops ") + inline(origin)
          + "'s attribution to " + inline(d.source())).blank();
      quote(origin + " attributes it to " + d.source() + (d.cue() == null ? "" : " (\u201c" + d.cue() + "\u201d)")
          + ", characters " + d.originStart() + "\u2013" + d.originEnd(), d.originSentence());
      quote(copy + (d.changed() ? " names " + d.copySource() + " instead" : " names no source")
          + ", characters " + d.copyStart() + "\u2013" + d.copyEnd(), d.copySentence());
    }
  }

  private String url(String url) {
    if (!ReportText.isWebUrl(url)) {
      return inline(url);
    }
    StringBuilder dest = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      // Percent-encoding keeps the destination one token; a backslash keeps & \ literal.
      if (c == '<' || c == '>' || c == '(' || c == ')' || c == '|' || c == '`' || c == '"') {
        dest.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
      } else if (c == '\\' || c == '&') {
        dest.append('\\').append(c);
      } else {
        dest.append(c);
      }
    }
    return "[" + inline(url) + "](" + dest + ")";
  }

  /** Text for one line: line breaks become spaces, Markdown structure is escaped. */
  static String inline(String s) {
    return escape(ReportText.clean(s).replace('\n', ' ').replace('\r', ' ').replace('\t', ' '), false);
  }

  /** Text kept as lines, each escaped as a line start (blank lines stay empty). */
  static List<String> lines(String s) {
    return ReportText.clean(s).replace('\r', '\n').lines()
        .map(l -> escape(l.replace('\t', ' ').strip(), true))
        .toList();
  }

  /**
   * The one escaping point: a backslash before every character of inline structure, and before a
   * character that would start a block (heading, list, quote, setext underline) at a line start.
   */
  static String escape(String s, boolean lineStart) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (INLINE_SPECIAL.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    if (lineStart && !s.isEmpty()) {
      char first = s.charAt(0);
      int digits = 0;
      while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
        digits++;
      }
      boolean ordered = digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')');
      if ("#-+=".indexOf(first) >= 0) { // '>' is escaped as inline structure already
        b.insert(0, '\\');
      } else if (ordered) {
        b.insert(digits, '\\');
      }
    }
    return b.toString();
  }

  private MarkdownReport line(String s) {
    out.append(s).append('\n');
    return this;
  }

  private MarkdownReport blank() {
    out.append('\n');
    return this;
  }
}
