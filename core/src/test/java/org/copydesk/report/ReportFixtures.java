package org.copydesk.report;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Cluster;
import org.copydesk.dedup.Clusters;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.DedupDocument;
import org.copydesk.dedup.DroppedAttribution;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.Level;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.TextRange;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;

/**
 * A report built from the five seed articles as the detector would build it: pairs and clusters
 * computed by {@link NearDuplicateDetector} and {@link Clusters} on the seeds' bodies; quotations
 * from a scan of curly quotation marks (the quote extractor stands in for it in production);
 * figures and one changed attribution annotated by hand from the texts.
 *
 * <p>The seeds carry no outlet or date; the fixture gives 001 to Reuters, published first (it is
 * the wire story the others rewrite), and the others neutral outlet names a day or two later.
 */
final class ReportFixtures {

  static final String PROSE = "Reuters could not independently verify the authenticity of the footage";
  static final String QUOTE = "They did not write even a short letter to me";

  private static final Map<String, String> OUTLETS = Map.of(
      "000", "Outlet Zero", "001", "Reuters", "002", "Outlet Two", "003", "Outlet Three", "004", "Outlet Four");
  private static final Map<String, Instant> DATES = Map.of(
      "000", Instant.parse("2025-08-31T09:00:00Z"), "001", Instant.parse("2025-08-30T00:00:00Z"),
      "002", Instant.parse("2025-08-30T14:30:00Z"), "003", Instant.parse("2025-09-01T00:00:00Z"),
      "004", Instant.parse("2025-08-31T00:00:00Z"));

  private ReportFixtures() {}

  /** The seeds as articles with ids 000..004; text and body are the body as read, so offsets index it. */
  static List<Article> seedArticles() {
    List<Article> read = new ArrayList<>();
    Ingest.withDefaultReaders().read(List.of(Path.of("..", "seeds")), null, new ArticleSink() {
      @Override
      public void accept(Article a) {
        read.add(a);
      }

      @Override
      public void warn(String location, String message) {}

      @Override
      public void skip(String location, String message) {
        throw new AssertionError("seed skipped: " + location + ": " + message);
      }
    });
    read.sort(Comparator.comparing(Article::id));
    List<Article> out = new ArrayList<>();
    for (Article a : read) {
      String id = Path.of(a.id()).getFileName().toString().substring(0, 3);
      out.add(new Article(id, a.title(), a.body(), a.body(), OUTLETS.get(id), DATES.get(id), null,
          "https://example.org/seeds/" + id, a.origin()));
    }
    if (out.size() != 5) {
      throw new AssertionError("expected the 5 seeds, read " + out.size());
    }
    return out;
  }

  /** The curly-quoted spans of a text, marks included: four words or more are statements, fewer phrases. */
  static List<Quote> curlyQuotes(String text) {
    List<Quote> quotes = new ArrayList<>();
    int open = text.indexOf('\u201c');
    while (open >= 0) {
      int close = text.indexOf('\u201d', open + 1);
      if (close < 0) {
        break;
      }
      String inside = text.substring(open + 1, close).strip();
      QuoteKind kind = inside.split("\\s+").length >= 4 ? QuoteKind.DIRECT : QuoteKind.PHRASE;
      quotes.add(new Quote(inside, open, close + 1, kind, null, null, null, null));
      open = text.indexOf('\u201c', close + 1);
    }
    return quotes;
  }

  /** The report over the seeds, every pair of at least the same story. */
  static DuplicateReport seedReport() {
    DedupConfig config = DedupConfig.defaults();
    NearDuplicateDetector detector = new NearDuplicateDetector(config);
    List<Article> articles = seedArticles();
    List<ExtractedArticle> extracted = new ArrayList<>();
    List<PairVerdict> pairs = new ArrayList<>();
    for (Article a : articles) {
      extracted.add(new ExtractedArticle(a, new Extraction(curlyQuotes(a.body()), figures(a), List.of())));
    }
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        PairVerdict v = detector.compare(document(articles.get(i)), document(articles.get(j)));
        if (v.level().atLeast(Level.SAME_STORY)) {
          pairs.add(v);
        }
      }
    }
    pairs.sort(Comparator.comparing(PairVerdict::level));
    List<Cluster> clusters = Clusters.build(articles, pairs, Level.SAME_STORY);
    List<QuoteGroups.Group> quotes = QuoteGroups.group(extracted).stream().filter(QuoteGroups.Group::shared).toList();
    List<FigureGroups.Group> figures =
        FigureGroups.group(extracted).stream().filter(FigureGroups.Group::disagree).toList();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("index", "index-data");
    parameters.put("level", Level.SAME_STORY);
    for (RecordComponent c : DedupConfig.class.getRecordComponents()) {
      try {
        parameters.put(c.getName(), c.getAccessor().invoke(config));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return DuplicateReport.of(parameters, articles.stream().map(ReportFixtures::summary).toList(), pairs,
        clusters, quotes, figures, List.of(changedAttribution(articles)));
  }

  private static DedupDocument document(Article a) {
    return new DedupDocument(a.id(), a.body(), TextRange.ofQuotes(curlyQuotes(a.body())), a.published());
  }

  static ArticleSummary summary(Article a) {
    return new ArticleSummary(a.id(), a.title(), a.outlet(), a.published(), a.url(), sha256(a.body()), a.body());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The death tolls, annotated by hand: {wording, value, qualifier, source} per seed. */
  private static final Map<String, String[]> DEATHS = Map.of(
      "000", new String[] {"approximately 600", "600", "approximate", "NIS"},
      "001", new String[] {"About 600", "600", "approximate", "NIS"},
      "002", new String[] {"at least 1,000", "1000", "at-least", "Western officials"},
      "004", new String[] {"at least 600", "600", "at-least", null});

  private static List<Figure> figures(Article a) {
    String[] d = DEATHS.get(a.id());
    if (d == null) {
      return List.of();
    }
    int start = a.body().indexOf(d[0]);
    if (start < 0) {
      throw new AssertionError(a.id() + " has no \"" + d[0] + "\"");
    }
    double value = Double.parseDouble(d[1]);
    Double low = d[2].equals("at-least") ? value : null;
    return List.of(new Figure(d[0], start, start + d[0].length(), value, low, null, d[2], FigureKind.COUNT, null,
        "soldiers", "killed", d[3]));
  }

  /** 001 gives the toll to South Korea's intelligence agency; 004 gives it to "Seoul". */
  private static DroppedAttribution changedAttribution(List<Article> articles) {
    String origin = articles.get(1).body();
    String copy = articles.get(4).body();
    String os = "About 600 have been killed out of a total deployment of 15,000, according to South Korea\u2019s"
        + " intelligence agency.";
    String cs = "Seoul has suggested that at least 600 North Korean soldiers have been killed";
    int o = origin.indexOf(os);
    int c = copy.indexOf(cs);
    if (o < 0 || c < 0) {
      throw new AssertionError("attribution sentences not found in the seeds");
    }
    return new DroppedAttribution("001", "004", "NIS", "according to", o, o + os.length(), os, c, c + cs.length(),
        cs, "Seoul");
  }
}
