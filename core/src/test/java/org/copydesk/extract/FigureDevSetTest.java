package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quality regression on the hand-annotated figure development set (see
 * {@code devsets/figures/README.md}): span precision and recall, and value accuracy over matched
 * figures, pinned at the measured figures minus a small margin.
 *
 * <p>Reproduce: {@code mvn -q -o -pl core test -Dtest='FigureDevSetTest'} (prints the figures and,
 * for the dev part, every miss and false alarm).
 */
class FigureDevSetTest {

  private static final double MARGIN = 0.02;

  /** An annotated figure: its span and expected value, bounds and kind. */
  record Gold(int start, int end, Double value, Double low, Double high, FigureKind kind) {}

  /** Scores over one part of the set. */
  record Scores(int gold, int found, int matched, int valueRight, int kindRight, int overlapped, int overlapRight) {
    double precision() {
      return found == 0 ? 1 : (double) matched / found;
    }

    double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    double valueAccuracy() {
      return matched == 0 ? 1 : (double) valueRight / matched;
    }

    double kindAccuracy() {
      return matched == 0 ? 1 : (double) kindRight / matched;
    }

    /** Value accuracy over gold figures that some found figure overlaps, spans equal or not. */
    double overlapValueAccuracy() {
      return overlapped == 0 ? 1 : (double) overlapRight / overlapped;
    }

    /** Fails when precision, recall or a value accuracy is more than {@link #MARGIN} below its pin. */
    void holds(String part, double minPrecision, double minRecall, double minValue, double minOverlapValue) {
      assertTrue(precision() >= minPrecision - MARGIN, line(part));
      assertTrue(recall() >= minRecall - MARGIN, line(part));
      assertTrue(valueAccuracy() >= minValue - MARGIN, line(part));
      assertTrue(overlapValueAccuracy() >= minOverlapValue - MARGIN, line(part));
    }

    String line(String part) {
      return String.format(Locale.ROOT,
          "figures %-8s gold=%d found=%d matched=%d precision=%.3f recall=%.3f value-accuracy=%.3f"
              + " kind-accuracy=%.3f overlap-value-accuracy=%.3f (%d overlapped)",
          part, gold, found, matched, precision(), recall(), valueAccuracy(), kindAccuracy(),
          overlapValueAccuracy(), overlapped);
    }
  }

  private final FigureExtractor extractor = new FigureExtractor();

  @Test
  void devPartHoldsItsQuality() throws Exception {
    Scores s = score("dev", true);
    System.out.println(s.line("dev"));
    assertTrue(s.gold() >= 150, "the dev part should hold at least 150 figures, has " + s.gold());
    // Measured: precision 1.000, recall 1.000, value accuracy 1.000 (the dev part was tuned on).
    s.holds("dev", 1.00, 1.00, 1.00, 1.00);
  }

  @Test
  void heldOutPartHoldsItsQuality() throws Exception {
    Scores s = score("heldout", false);
    System.out.println(s.line("heldout"));
    // Measured once, after tuning on the dev part: precision 0.926, recall 0.909, value accuracy 1.000
    // over equal spans and 0.954 over overlapping spans (16 articles, 110 figures).
    s.holds("heldout", 0.926, 0.909, 1.00, 0.954);
  }

  @Test
  void freshPartHoldsItsQuality() throws Exception {
    Scores s = score("fresh", Boolean.getBoolean("figures.details"));
    System.out.println(s.line("fresh"));
    // Measured on first sight (annotated blind to the rules, fresh/README.md): precision 0.873,
    // recall 0.928, overlap value accuracy 0.972. After the fixes it prompted (so no longer blind):
    // precision 0.939, recall 0.964, value accuracy 1.000 over equal and overlapping spans.
    s.holds("fresh", 0.939, 0.964, 1.00, 1.00);
  }

  @Test
  void secondFreshPartHoldsItsQuality() throws Exception {
    Scores s = score("fresh2", Boolean.getBoolean("figures.details"));
    System.out.println(s.line("fresh2"));
    // Measured on first sight (annotated blind to the rules, fresh2/README.md): precision 0.910,
    // recall 0.933, value accuracy 1.000, overlap value accuracy 0.941. After the fixes it prompted
    // (a change and the new level are no range; "per second"; so no longer blind): 0.951, 0.983,
    // 1.000, 0.992.
    s.holds("fresh2", 0.951, 0.983, 1.00, 0.992);
  }

  @Test
  void thirdFreshPartHoldsItsQuality() throws Exception {
    Scores s = score("fresh3", Boolean.getBoolean("figures.details"));
    System.out.println(s.line("fresh3"));
    // Measured on first sight (annotated blind to the rules, fresh3/README.md): precision 0.976,
    // recall 0.891, value accuracy 1.000, overlap value accuracy 0.976. After the fixes it prompted
    // (ranks "world number three", day ranges "9-15 January"; so no longer blind): 0.992, 0.920,
    // 1.000, 0.984.
    s.holds("fresh3", 0.992, 0.920, 1.00, 0.984);
  }

  @Test
  void annotationsAreFoundInTheirArticles() throws Exception {
    // Gold wording that cannot be found would silently shrink the set; load() throws on it.
    assertEquals(25, articles("dev").size());
    assertEquals(16, articles("heldout").size());
    assertEquals(12, articles("fresh").size());
    assertEquals(14, articles("fresh2").size());
    assertEquals(14, articles("fresh3").size());
    for (String part : List.of("dev", "heldout", "fresh", "fresh2", "fresh3")) {
      for (Path p : articles(part)) {
        gold(p);
      }
    }
  }

  private Scores score(String part, boolean verbose) throws Exception {
    int gold = 0;
    int found = 0;
    int matched = 0;
    int valueRight = 0;
    int kindRight = 0;
    int overlapped = 0;
    int overlapRight = 0;
    for (Path p : articles(part)) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      List<Gold> want = gold(p);
      List<Figure> got = extractor.extract(text);
      gold += want.size();
      found += got.size();
      for (Figure f : got) {
        Gold g = want.stream().filter(w -> w.start() == f.start() && w.end() == f.end()).findFirst().orElse(null);
        if (g == null) {
          if (verbose) {
            System.out.println("  false alarm " + p.getFileName() + ": " + FigureDump.line(f));
          }
          continue;
        }
        matched++;
        if (g.kind() == f.kind()) {
          kindRight++;
        }
        if (sameValue(g, f)) {
          valueRight++;
        } else if (verbose) {
          System.out.println("  wrong value " + p.getFileName() + ": " + FigureDump.line(f) + " want " + g);
        }
      }
      for (Gold g : want) {
        Figure f = got.stream().filter(x -> x.start() < g.end() && g.start() < x.end()).findFirst().orElse(null);
        if (f != null) {
          overlapped++;
          overlapRight += sameValue(g, f) ? 1 : 0;
        }
      }
      if (verbose) {
        for (Gold g : want) {
          if (got.stream().noneMatch(f -> f.start() == g.start() && f.end() == g.end())) {
            System.out.println("  missed " + p.getFileName() + ": " + text.substring(g.start(), g.end()) + " " + g);
          }
        }
      }
    }
    return new Scores(gold, found, matched, valueRight, kindRight, overlapped, overlapRight);
  }

  /** Value right: the value equal when the annotation has one, else both bounds equal. */
  private static boolean sameValue(Gold g, Figure f) {
    if (g.value() != null) {
      return same(g.value(), f.value());
    }
    return f.value() == null && same(g.low(), f.low()) && same(g.high(), f.high());
  }

  private static boolean same(Double a, Double b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }

  private static List<Path> articles(String part) throws IOException, URISyntaxException {
    Path dir = Path.of(FigureDevSetTest.class.getResource("/devsets/figures/" + part).toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The annotations of an article, located in its text in order. */
  static List<Gold> gold(Path article) throws IOException {
    String text = Files.readString(article, StandardCharsets.UTF_8);
    Path tsv = Path.of(article.toString().replaceAll("\\.txt$", ".tsv"));
    List<Gold> out = new ArrayList<>();
    int cursor = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 3 && c.length != 5) {
        throw new IllegalStateException(tsv + " line " + lineNo + ": expected 3 or 5 columns: " + line);
      }
      int[] span = find(text, c[0], cursor);
      if (span == null) {
        throw new IllegalStateException(tsv + " line " + lineNo + ": '" + c[0] + "' not found after " + cursor);
      }
      Double value = num(c[2]);
      Double low = c.length == 5 ? num(c[3]) : value;
      Double high = c.length == 5 ? num(c[4]) : value;
      out.add(new Gold(span[0], span[1], value, low, high, FigureKind.valueOf(c[1])));
      cursor = span[1];
    }
    return out;
  }

  private static Double num(String s) {
    return s.equals("-") ? null : Double.valueOf(s);
  }

  /** Finds the wording from the cursor on, a space in it matching any run of white space. */
  private static int[] find(String text, String wording, int from) {
    for (int s = from; s < text.length(); s++) {
      int i = s;
      int j = 0;
      while (j < wording.length() && i < text.length()) {
        char w = wording.charAt(j);
        if (w == ' ' && Character.isWhitespace(text.charAt(i))) {
          while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
          }
          j++;
        } else if (w == text.charAt(i)) {
          i++;
          j++;
        } else {
          break;
        }
      }
      boolean wordStart = s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1));
      boolean wordEnd = i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
      if (j == wording.length() && wordStart && wordEnd) {
        return new int[] {s, i};
      }
    }
    return null;
  }
}
