package org.copydesk.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.compare.WordDiff;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.Direction;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairScores;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.SharedPassage;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;

/**
 * Hostile text for the report (issue 6): XSS payloads and Markdown breakers, and reports that carry
 * one of them in every string field. Each script payload, if it ever ran, would set the page title
 * to {@value #MARK}.
 */
final class HostileReports {

  static final String MARK = "PWNED";

  private static final String JS = "document.title='" + MARK + "'";

  /** The payloads: markup, event handlers, URL schemes, context breakers, Unicode tricks, Markdown. */
  static final List<String> PAYLOADS = List.of(
      "<script>" + JS + "</script>",
      "<img src=x onerror=\"" + JS + "\">",
      "<svg onload=" + JS + ">",
      "<svg><script>" + JS + "</script></svg>",
      "\"><script>" + JS + "</script>",
      "'><img src=x onerror=" + JS + ">",
      "\" onmouseover=\"" + JS + "\" x=\"",
      "</style><script>" + JS + "</script>",
      "</textarea><script>" + JS + "</script>",
      "</title><script>" + JS + "</script>",
      "--><script>" + JS + "</script><!--",
      "<details open ontoggle=\"" + JS + "\">x</details>",
      "<iframe srcdoc=\"<script>parent." + JS + "</script>\"></iframe>",
      "<body onload=\"" + JS + "\">",
      "<input autofocus onfocus=\"" + JS + "\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + JS + "\">",
      "<math><mtext><table><mglyph><style><img src=x onerror=\"" + JS + "\">",
      "javascript:" + JS,
      " JaVaScRiPt:" + JS,
      "\u0001javascript:" + JS,
      "data:text/html,<script>" + JS + "</script>",
      "<a href=\"javascript:" + JS + "\">click</a>",
      "&lt;script&gt;" + JS + "&lt;/script&gt;",
      "\uff1cscript\uff1e" + JS + "\uff1c/script\uff1e",
      "\u202egnp.exe<script>" + JS + "</script>",
      "\u0000<script>" + JS + "</script>",
      "\ud800<script>" + JS + "</script>\udc00",
      "\u2028<script>" + JS + "</script>\u2029",
      "[click](javascript:" + JS + ") ![x](javascript:alert(1)) <javascript:alert(1)>",
      "\n# INJECTED HEADING\n| a | b |\n```\n<script>" + JS + "</script>\n    indented code",
      "line\r\n> quote\r\n- list\r\n1. item\r\n===",
      "`code` **bold** _it_ ~~s~~ \\ | pipe &amp; &#60;script&#62;",
      "${7*7} {{7*7}} %s %n");

  /** An http URL that is a link, but whose quote must not break out of the href attribute. */
  static final String WEB_URL = "https://example.org/\"onmouseover=\"" + JS + "\"'><script>" + JS + "</script>";

  private HostileReports() {}

  /** A report with {@code p} in every string field, passages pointing at it in both texts. */
  static DuplicateReport report(String p) {
    String textA = "Intro " + p + "\nSecond paragraph " + p + " middle.\n\nUntouched paragraph.\n" + p;
    String textB = p + " opening.\nOther words " + p + "\n";
    int a1 = textA.indexOf(p);
    int a2 = textA.indexOf(p, a1 + p.length());
    int b1 = textB.indexOf(p);
    int b2 = textB.indexOf(p, b1 + p.length());
    String idA = "a" + p;
    String idB = "b" + p;
    List<ArticleSummary> articles = List.of(
        new ArticleSummary(idA, p, p, Instant.parse("2025-01-01T00:00:00Z"), p, p, textA),
        new ArticleSummary(idB, p, p, null, WEB_URL, ReportFixtures.sha256(textB), textB));
    List<SharedPassage> passages = List.of(
        new SharedPassage(a1, a1 + p.length(), b1, b1 + p.length(), 3, p, false, false, 3),
        new SharedPassage(a2, a2 + p.length(), b2, b2 + p.length(), 3, p, true, true, 0));
    PairScores scores = new PairScores(0.6, 0.7, 0.2, 9, 12, 1, 0.8, 3, 2, null);
    PairVerdict pair = new PairVerdict(idA, idB, Level.NEAR_DUPLICATE, p, scores, passages,
        new Direction(Direction.Side.A, Direction.Side.B));
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(p, p);
    parameters.put("seed", 42L);
    parameters.put("list", List.of(p, Level.REUSE));
    parameters.put("nested", Map.of("k", p));
    Quote quote = new Quote(p, a2, a2 + p.length(), QuoteKind.DIRECT, p, null, null, p);
    QuoteGroups.Group quotes = new QuoteGroups.Group(p, p, List.of(p, p + "2"), List.of(
        new QuoteGroups.Variant(idA, p, quote, List.of(
            new WordDiff(WordDiff.Op.SAME, p), new WordDiff(WordDiff.Op.REMOVED, p), new WordDiff(WordDiff.Op.ADDED, p)))));
    Figure figure = new Figure(p, a1, a1 + p.length(), 600.0, 500.0, null, p, FigureKind.COUNT, p, p, p, p);
    FigureGroups.Group figures = new FigureGroups.Group(p, List.of(new FigureGroups.Reported(idA, p, figure)),
        List.of(p), true);
    DroppedAttribution dropped = new DroppedAttribution(idA, idB, p, p, a1, a1 + p.length(), p, b1,
        b1 + p.length(), p, p);
    return DuplicateReport.of(parameters, articles, List.of(pair), List.of(new Cluster(p, List.of(idA, idB),
        Level.NEAR_DUPLICATE)), List.of(quotes), List.of(figures), List.of(dropped));
  }

  /** One report carrying every payload at once (for the browser, which is slow to start). */
  static DuplicateReport all() {
    return report(String.join(" ", PAYLOADS));
  }

  /** Every payload as a JUnit argument list. */
  static List<String> payloads() {
    return new ArrayList<>(PAYLOADS);
  }
}
