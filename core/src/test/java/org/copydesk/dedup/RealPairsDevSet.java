package org.copydesk.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.extract.QuoteExtractor;

/**
 * The hand-annotated real pairs of {@code devsets/pairs/real-pairs.jsonl} (see its README): Reuters
 * and BBC stories with the level a reader gave them.
 */
final class RealPairsDevSet {

  static final String RESOURCE = "/devsets/pairs/real-pairs.jsonl";
  /** Pairs annotated blind to the rules after they were tuned, all of split "fresh" (see the README). */
  static final String FRESH = "/devsets/pairs/fresh-pairs.jsonl";

  private static final List<String> SPLITS = List.of("dev", "heldout", "fresh");

  private RealPairsDevSet() {}

  /** One annotated pair; pairs of the "heldout" and "fresh" splits are never used to tune the rules. */
  record Pair(String name, String split, Level expected, String note, DedupDocument a, DedupDocument b) {
    boolean heldOut() {
      return split.equals("heldout");
    }
  }

  /** The pairs of {@link #RESOURCE}. */
  static List<Pair> pairs() {
    return pairs(RESOURCE);
  }

  /** The pairs of a JSON Lines test resource. */
  static List<Pair> pairs(String resource) {
    InputStream in = RealPairsDevSet.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    ObjectMapper json = new ObjectMapper();
    QuoteExtractor quotes = new QuoteExtractor();
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = json.readTree(line);
        String split = o.path("split").asText();
        if (!SPLITS.contains(split)) {
          throw new IllegalStateException(resource + ":" + n + ": split must be one of " + SPLITS + ", got " + split);
        }
        pairs.add(new Pair(o.path("pair").asText(), split, level(o.path("level").asText(), resource, n),
            o.path("note").asText(), document(o.path("a"), quotes), document(o.path("b"), quotes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return pairs;
  }

  private static DedupDocument document(JsonNode o, QuoteExtractor quotes) {
    String text = o.path("text").asText();
    String published = o.path("published").isTextual() ? o.path("published").asText() : null;
    return new DedupDocument(o.path("id").asText(), text, TextRange.ofQuotes(quotes.extract(text)),
        published == null ? null : Instant.parse(published));
  }

  private static Level level(String label, String resource, int line) {
    for (Level l : Level.values()) {
      if (l.label().equals(label)) {
        return l;
      }
    }
    throw new IllegalStateException(resource + ":" + line + ": unknown level " + label);
  }

  /** Confusion matrix, precision and recall per level of a detector on some pairs. */
  static final class Evaluation {
    final int[][] confusion = new int[Level.values().length][Level.values().length];
    final StringBuilder misses = new StringBuilder();
    final int size;

    Evaluation(NearDuplicateDetector detector, List<Pair> pairs) {
      size = pairs.size();
      for (Pair p : pairs) {
        PairVerdict v = detector.compare(p.a(), p.b());
        confusion[p.expected().ordinal()][v.level().ordinal()]++;
        if (v.level() != p.expected() || Boolean.getBoolean("copydesk.realpairs.all")) {
          PairScores s = v.scores();
          misses.append(String.format(Locale.ROOT,
              (v.level() == p.expected() ? "  ok   %s" : "  miss %s") + " %-17s %-31s expected %-14s got %-14s j=%.3f c=%.3f prose=%d sim=%.3f names=%d days=%s | %s | %s%n",
              p.name(), p.a().id(), p.b().id(), p.expected().label(), v.level().label(), s.jaccard(),
              s.containment(), s.longestProseWords(), s.similarity(), s.sharedNames(),
              s.daysApart() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.daysApart()), v.reason(), p.note()));
        }
      }
    }

    double precision(Level l) {
      int predicted = 0;
      for (int[] row : confusion) {
        predicted += row[l.ordinal()];
      }
      return predicted == 0 ? 0 : (double) confusion[l.ordinal()][l.ordinal()] / predicted;
    }

    double recall(Level l) {
      int actual = 0;
      for (int k : confusion[l.ordinal()]) {
        actual += k;
      }
      return actual == 0 ? 0 : (double) confusion[l.ordinal()][l.ordinal()] / actual;
    }

    double accuracy() {
      int right = 0;
      for (Level l : Level.values()) {
        right += confusion[l.ordinal()][l.ordinal()];
      }
      return size == 0 ? 0 : (double) right / size;
    }

    String table(String title) {
      StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%s: %d pairs, accuracy %.3f%n", title, size, accuracy()));
      t.append(String.format(Locale.ROOT, "%-15s", "expected\\got"));
      for (Level l : Level.values()) {
        t.append(String.format(Locale.ROOT, " %9.9s", l.label()));
      }
      t.append(String.format(Locale.ROOT, " %9s %9s%n", "precision", "recall"));
      for (Level l : Level.values()) {
        t.append(String.format(Locale.ROOT, "%-15s", l.label()));
        for (int k : confusion[l.ordinal()]) {
          t.append(String.format(Locale.ROOT, " %9d", k));
        }
        t.append(String.format(Locale.ROOT, " %9.3f %9.3f%n", precision(l), recall(l)));
      }
      return t.toString();
    }
  }
}
