package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.Direction;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.SharedPassage;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;

/** The terminal summary of a near-duplicate report: stories, pairs and what changed. */
final class DupsSummary {

  private DupsSummary() {}

  static void print(PrintWriter out, DuplicateReport report) {
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    report.pairs().forEach(p -> counts.merge(p.level(), 1, Integer::sum));
    out.printf(
        Locale.ROOT,
        "%d pairs (%d duplicate, %d near-duplicate, %d reuse, %d same-story) in %d %s%n",
        report.pairs().size(),
        counts.getOrDefault(Level.DUPLICATE, 0),
        counts.getOrDefault(Level.NEAR_DUPLICATE, 0),
        counts.getOrDefault(Level.REUSE, 0),
        counts.getOrDefault(Level.SAME_STORY, 0),
        report.clusters().size(),
        report.clusters().size() == 1 ? "story" : "stories");
    int n = 0;
    for (Cluster c : report.clusters()) {
      out.printf(Locale.ROOT, "%nstory %d: %s (%d articles, strongest: %s)%n", ++n, Out.shorten(c.label(), 90), c.articleIds().size(), c.strongest().label());
      for (String id : c.articleIds()) {
        ArticleSummary a = report.article(id);
        out.printf(Locale.ROOT, "  %s  %-22s %s%n", Out.date(a.published()), Out.shorten(outlet(a), 22), id);
      }
    }
    if (!report.pairs().isEmpty()) {
      out.println();
      out.println("pairs:");
    }
    for (PairVerdict p : report.pairs()) {
      out.printf(
          Locale.ROOT,
          "  %-14s %s ~ %s  jaccard %.3f, containment %.2f, %d passages%s%n",
          p.level().label(),
          p.aId(),
          p.bId(),
          p.scores().jaccard(),
          p.scores().containment(),
          p.passages().size(),
          direction(p));
      for (SharedPassage s : p.passages()) {
        if (s.quoted() || s.proseWords() >= 8) {
          out.printf("      %s “%s”%n", s.quoted() ? "quote:" : "prose:", Out.shorten(s.text(), 110));
        }
      }
    }
    if (!report.sharedQuotes().isEmpty()) {
      out.printf("%nshared quotes: %d%n", report.sharedQuotes().size());
      for (QuoteGroups.Group g : report.sharedQuotes()) {
        out.printf("  “%s” — %s, %d outlets%n", Out.shorten(g.text(), 100), g.speaker() == null ? "?" : g.speaker(), g.outlets().size());
      }
    }
    if (!report.figureDisagreements().isEmpty()) {
      out.printf("%nfigures that disagree: %d%n", report.figureDisagreements().size());
      for (FigureGroups.Group g : report.figureDisagreements()) {
        out.printf("  %s:", g.key());
        g.reports().forEach(r -> out.printf(" %s “%s”;", Out.shorten(Out.outlet(r.outlet()), 20), r.figure().text()));
        out.println();
      }
    }
    if (!report.droppedAttributions().isEmpty()) {
      out.printf("%nattributions dropped or changed: %d%n", report.droppedAttributions().size());
      for (DroppedAttribution d : report.droppedAttributions()) {
        out.printf("  %s cites %s; %s %s%n", d.originId(), d.source(), d.copyId(), d.changed() ? "cites " + d.copySource() + " instead" : "drops it");
      }
    }
    out.flush();
  }

  private static String outlet(ArticleSummary a) {
    return a.outlet() == null ? "unknown outlet" : a.outlet();
  }

  private static String direction(PairVerdict p) {
    Direction d = p.direction();
    StringBuilder sb = new StringBuilder();
    if (d.origin() != Direction.Side.UNKNOWN) {
      sb.append("; origin ").append(d.origin() == Direction.Side.A ? p.aId() : p.bId());
    }
    if (d.container() != Direction.Side.UNKNOWN) {
      sb.append("; ").append(d.container() == Direction.Side.A ? p.aId() : p.bId()).append(" contains the other");
    }
    return sb.toString();
  }
}
