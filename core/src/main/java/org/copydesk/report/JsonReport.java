package org.copydesk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
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
import org.copydesk.extract.Quote;

/**
 * Writes the JSON form of a report: a tree of ordered maps, so that field order, and hence the bytes,
 * depend on the report alone.
 */
final class JsonReport {

  /** Names the layout, so that readers can tell a later, changed one. */
  static final String FORMAT = "copydesk-duplicates/1";

  private static final ObjectWriter WRITER = new ObjectMapper(
          JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonReport() {}

  static void write(DuplicateReport report, Writer out) throws IOException {
    Map<String, Object> root = obj("format", FORMAT);
    root.put("parameters", value(report.parameters()));
    root.put("articles", list(report.articles(), JsonReport::article));
    root.put("pairs", list(report.pairs(), p -> pair(report, p)));
    root.put("clusters", list(report.clusters(), JsonReport::cluster));
    root.put("sharedQuotes", list(report.sharedQuotes(), JsonReport::quoteGroup));
    root.put("figureDisagreements", list(report.figureDisagreements(), JsonReport::figureGroup));
    root.put("droppedAttributions", list(report.droppedAttributions(), JsonReport::dropped));
    WRITER.writeValue(out, root);
    out.write('\n');
  }

  private static Map<String, Object> article(ArticleSummary a) {
    return obj("id", a.id(), "title", a.title(), "outlet", a.outlet(),
        "published", a.published() == null ? null : a.published().toString(), "url", a.url(),
        "sha256", a.sha256(), "chars", a.text() == null ? null : a.text().length());
  }

  private static Map<String, Object> pair(DuplicateReport report, PairVerdict p) {
    PairScores s = p.scores();
    Map<String, Object> m = obj("a", p.aId(), "b", p.bId(), "level", p.level().label(), "reason", p.reason(),
        "jaccard", s.jaccard(), "containment", s.containment());
    m.put("direction", obj("origin", side(p, p.direction().origin()), "container", side(p, p.direction().container())));
    m.put("scores", obj("jaccard", s.jaccard(), "containmentAInB", s.containmentAInB(),
        "containmentBInA", s.containmentBInA(), "longestProseWords", s.longestProseWords(),
        "totalProseWords", s.totalProseWords(), "sharedQuotes", s.sharedQuotes(),
        "similarity", s.similarity(), "sharedNames", s.sharedNames(), "sharedFigures", s.sharedFigures(),
        "daysApart", s.daysApart()));
    ArticleSummary b = report.article(p.bId());
    m.put("passages", list(p.passages(), x -> passage(x, b == null ? null : b.text())));
    return m;
  }

  private static Map<String, Object> passage(SharedPassage p, String bText) {
    return obj("text", p.text(), "aStart", p.aStart(), "aEnd", p.aEnd(), "bStart", p.bStart(), "bEnd", p.bEnd(),
        "bText", ReportText.slice(bText, p.bStart(), p.bEnd()), "words", p.words(), "proseWords", p.proseWords(),
        "quoted", p.quoted(), "quotedInA", p.quotedInA(), "quotedInB", p.quotedInB());
  }

  private static String side(PairVerdict p, Direction.Side side) {
    return switch (side) {
      case A -> p.aId();
      case B -> p.bId();
      case UNKNOWN -> null;
    };
  }

  private static Map<String, Object> cluster(Cluster c) {
    return obj("label", c.label(), "articles", c.articleIds(), "strongest", c.strongest().label());
  }

  private static Map<String, Object> quoteGroup(QuoteGroups.Group g) {
    return obj("speaker", g.speaker(), "text", g.text(), "outlets", g.outlets(),
        "variants", list(g.variants(), v -> {
          Quote q = v.quote();
          return obj("article", v.articleId(), "outlet", v.outlet(), "text", q.text(), "start", q.start(),
              "end", q.end(), "kind", q.kind().label(), "speaker", q.speaker(), "cue", q.cue(),
              "diff", list(v.diff(), (WordDiff d) -> obj("op", d.op().label(), "words", d.words())));
        }));
  }

  private static Map<String, Object> figureGroup(FigureGroups.Group g) {
    return obj("key", g.key(), "outlets", g.outlets(), "disagree", g.disagree(),
        "reports", list(g.reports(), r -> {
          Figure f = r.figure();
          return obj("article", r.articleId(), "outlet", r.outlet(), "text", f.text(), "start", f.start(),
              "end", f.end(), "value", f.value(), "low", f.low(), "high", f.high(), "qualifier", f.qualifier(),
              "kind", f.kind().label(), "unit", f.unit(), "counts", f.counts(), "event", f.event(),
              "source", f.source());
        }));
  }

  private static Map<String, Object> dropped(DroppedAttribution d) {
    return obj("origin", d.originId(), "copy", d.copyId(), "source", d.source(), "cue", d.cue(),
        "originStart", d.originStart(), "originEnd", d.originEnd(), "originSentence", d.originSentence(),
        "copyStart", d.copyStart(), "copyEnd", d.copyEnd(), "copySentence", d.copySentence(),
        "copySource", d.copySource(), "changed", d.changed());
  }

  /**
   * A parameter value as JSON: numbers, booleans, strings, lists and maps as themselves, levels by
   * label, anything else (dates, paths, enums) by its string form, so that no value can fail.
   */
  static Object value(Object v) {
    if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
      return v;
    }
    if (v instanceof Level l) {
      return l.label();
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
      return out;
    }
    if (v instanceof Iterable<?> it) {
      List<Object> out = new ArrayList<>();
      it.forEach(x -> out.add(value(x)));
      return out;
    }
    if (v instanceof TemporalAccessor || v instanceof Enum<?>) {
      return v.toString();
    }
    return String.valueOf(v);
  }

  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static <T> List<Object> list(List<T> items, java.util.function.Function<T, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }
}
