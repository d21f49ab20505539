package org.copydesk.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.compare.WordDiff;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.Direction;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.PairScores;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.SharedPassage;
import org.copydesk.dedup.Story;
import org.copydesk.extract.Figure;
import org.copydesk.extract.Quote;

/**
 * Writes the JSON form of a report: {@code format}, {@code parameters}, then the arrays {@code
 * articles}, {@code pairs}, {@code clusters}, {@code sharedQuotes}, {@code figureDisagreements} and
 * {@code droppedAttributions}, each item a tree of ordered maps, so that field order, and hence the
 * bytes, depend on the report alone.
 *
 * <p>Stories come one at a time but each array spans them all, so every array is written to a
 * temporary file as the stories come and the files are joined at the end: memory holds one story,
 * whatever the size of the report.
 */
final class JsonReport implements ReportSink {

  /** Names the layout, so that readers can tell a later, changed one. */
  static final String FORMAT = "copydesk-duplicates/1";

  private static final String[] ARRAYS = {
    "articles", "pairs", "clusters", "sharedQuotes", "figureDisagreements", "droppedAttributions"
  };

  private static final ObjectMapper MAPPER =
      new ObjectMapper(new JsonFactoryBuilder()
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .characterEscapes(new SurrogateEscapes())
              .build())
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  /** Two spaces a level, one level in: what the root object's members are written at. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n  "))
      .withArrayIndenter(new DefaultIndenter("  ", "\n  "));

  /**
   * Writes surrogates as {@code \\uXXXX}: article text may hold an unpaired one, which no UTF-8
   * file can carry, and the escape keeps the string exact for any reader.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
    }
  }

  private final Writer out;
  private final List<Path> files = new ArrayList<>();
  private final List<JsonGenerator> arrays = new ArrayList<>();
  private Map<String, Object> parameters;

  JsonReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(ReportHeader header) throws IOException {
    parameters = header.parameters();
    for (String name : ARRAYS) {
      Path file = Files.createTempFile("copydesk-report-" + name + "-", ".json");
      files.add(file);
      JsonGenerator g = MAPPER.getFactory().createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      g.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
      g.writeStartArray();
      arrays.add(g);
    }
  }

  @Override
  public void story(Story story) throws IOException {
    Map<String, ArticleSummary> byId = story.articlesById();
    for (ArticleSummary a : story.articles()) {
      MAPPER.writeValue(arrays.get(0), article(a));
    }
    for (PairVerdict p : story.pairs()) {
      MAPPER.writeValue(arrays.get(1), pair(byId, p));
    }
    MAPPER.writeValue(arrays.get(2), cluster(story.cluster()));
    for (QuoteGroups.Group g : story.sharedQuotes()) {
      MAPPER.writeValue(arrays.get(3), quoteGroup(g));
    }
    for (FigureGroups.Group g : story.figureDisagreements()) {
      MAPPER.writeValue(arrays.get(4), figureGroup(g));
    }
    for (DroppedAttribution d : story.droppedAttributions()) {
      MAPPER.writeValue(arrays.get(5), dropped(d));
    }
  }

  @Override
  public void end() throws IOException {
    try {
      for (JsonGenerator g : arrays) {
        g.writeEndArray();
        g.close();
      }
      out.write("{\n  \"format\" : ");
      out.write(MAPPER.writer(PRETTY).writeValueAsString(FORMAT));
      out.write(",\n  \"parameters\" : ");
      out.write(MAPPER.writer(PRETTY).writeValueAsString(value(parameters)));
      for (int i = 0; i < ARRAYS.length; i++) {
        out.write(",\n  \"" + ARRAYS[i] + "\" : ");
        try (Reader in = Files.newBufferedReader(files.get(i), StandardCharsets.UTF_8)) {
          in.transferTo(out);
        }
      }
      out.write("\n}\n");
      out.flush();
    } finally {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static Map<String, Object> article(ArticleSummary a) {
    return obj("id", a.id(), "title", a.title(), "outlet", a.outlet(),
        "published", a.published() == null ? null : a.published().toString(), "url", a.url(),
        "sha256", a.sha256(), "chars", a.text() == null ? null : a.text().length());
  }

  private static Map<String, Object> pair(Map<String, ArticleSummary> articles, PairVerdict p) {
    PairScores s = p.scores();
    Map<String, Object> m = obj("a", p.aId(), "b", p.bId(), "level", p.level().label(), "reason", p.reason(),
        "jaccard", s.jaccard(), "containment", s.containment());
    m.put("direction", obj("origin", side(p, p.direction().origin()), "container", side(p, p.direction().container())));
    m.put("scores", obj("jaccard", s.jaccard(), "containmentAInB", s.containmentAInB(),
        "containmentBInA", s.containmentBInA(), "longestProseWords", s.longestProseWords(),
        "totalProseWords", s.totalProseWords(), "sharedQuotes", s.sharedQuotes(),
        "similarity", s.similarity(), "sharedNames", s.sharedNames(), "sharedFigures", s.sharedFigures(),
        "daysApart", s.daysApart()));
    ArticleSummary b = articles.get(p.bId());
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
