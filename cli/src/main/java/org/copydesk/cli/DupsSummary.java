package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.Direction;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.SharedPassage;
import org.copydesk.dedup.Story;

/** The terminal summary of a near-duplicate report, a story at a time: its articles, pairs and what changed. */
final class DupsSummary implements ReportSink {

  private final PrintWriter out;

  DupsSummary(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(ReportHeader header) {
    Map<Level, Integer> counts = header.pairsPerLevel();
    out.printf(
        Locale.ROOT,
        "%d pairs (%d duplicate, %d near-duplicate, %d reuse, %d same-story) in %d %s%n",
        header.pairs(),
        counts.get(Level.DUPLICATE),
        counts.get(Level.NEAR_DUPLICATE),
        counts.get(Level.REUSE),
        counts.get(Level.SAME_STORY),
        header.clusters().size(),
        header.clusters().size() == 1 ? "story" : "stories");
  }

  @Override
  public void story(Story story) {
    Cluster c = story.cluster();
    out.printf(Locale.ROOT, "%nstory %d: %s (%d articles, strongest: %s)%n", story.number(), Out.shorten(c.label(), 90),
        c.articleIds().size(), c.strongest().label());
    for (ArticleSummary a : story.articles()) {
      out.printf(Locale.ROOT, "  %s  %-22s %s%n", Out.date(a.published()), Out.shorten(outlet(a), 22), a.id());
    }
    out.println("  pairs:");
    for (PairVerdict p : story.pairs()) {
      out.printf(
          Locale.ROOT,
          "    %-14s %s ~ %s  jaccard %.3f, containment %.2f, %d passages%s%n",
          p.level().label(),
          p.aId(),
          p.bId(),
          p.scores().jaccard(),
          p.scores().containment(),
          p.passages().size(),
          direction(p));
      for (SharedPassage s : p.passages()) {
        if (s.quoted() || s.proseWords() >= 8) {
          out.printf("        %s “%s”%n", s.quoted() ? "quote:" : "prose:", Out.shorten(s.text(), 110));
        }
      }
    }
    if (!story.sharedQuotes().isEmpty()) {
      out.printf("  shared quotes: %d%n", story.sharedQuotes().size());
      for (QuoteGroups.Group g : story.sharedQuotes()) {
        out.printf("    “%s” — %s, %d outlets%n", Out.shorten(g.text(), 100), g.speaker() == null ? "?" : g.speaker(), g.outlets().size());
      }
    }
    if (!story.figureDisagreements().isEmpty()) {
      out.printf("  figures that disagree: %d%n", story.figureDisagreements().size());
      for (FigureGroups.Group g : story.figureDisagreements()) {
        out.printf("    %s:", g.key());
        g.reports().forEach(r -> out.printf(" %s “%s”;", Out.outlet(r.outlet(), 20), r.figure().text()));
        out.println();
      }
    }
    if (!story.droppedAttributions().isEmpty()) {
      out.printf("  attributions dropped or changed: %d%n", story.droppedAttributions().size());
      for (DroppedAttribution d : story.droppedAttributions()) {
        out.printf("    %s cites %s; %s %s%n", d.originId(), d.source(), d.copyId(), d.changed() ? "cites " + d.copySource() + " instead" : "drops it");
      }
    }
    out.flush();
  }

  @Override
  public void end() {
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
