package org.copydesk.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;

/**
 * Groups the count figures of many articles by what they count, so that outlets reporting the same
 * toll or deployment stand side by side and disagreements stand out.
 *
 * <p>The group key is the figure's event when it has one ({@code killed}, {@code deployed}), else
 * the noun it counts ({@code casualties}, {@code portraits}). Each figure is read as an interval:
 * exact values as themselves, approximate ones ("about 600") as ±{@value #APPROXIMATE_SPREAD} of
 * the value, "at least"/"more than" as open above, "up to"/"fewer than" as open below, ranges and
 * vague amounts ("thousands") as their bounds. A group <em>disagrees</em> when two of its intervals
 * do not overlap.
 */
public final class FigureGroups {

  /** The relative spread given to approximate figures. */
  static final double APPROXIMATE_SPREAD = 0.15;

  /** One article's figure. */
  public record Reported(String articleId, String outlet, Figure figure) {}

  /**
   * The figures of one count and event across articles.
   *
   * @param key the event, else the noun counted
   * @param reports each article's figures, in article order
   * @param outlets the outlets reporting it
   * @param disagree whether two of the figures cannot both be true
   */
  public record Group(String key, List<Reported> reports, List<String> outlets, boolean disagree) {
    public Group {
      reports = List.copyOf(reports);
      outlets = List.copyOf(outlets);
    }
  }

  private FigureGroups() {}

  /** Groups the count figures; groups reported by most outlets first, disagreements before agreements. */
  public static List<Group> group(List<ExtractedArticle> articles) {
    Map<String, List<Reported>> byKey = new LinkedHashMap<>();
    for (ExtractedArticle a : articles) {
      for (Figure f : a.extraction().figures()) {
        String key = key(f);
        if (key != null && f.kind() == FigureKind.COUNT && interval(f) != null) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new Reported(a.article().id(), a.article().outletKey(), f));
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Reported>> e : byKey.entrySet()) {
      Set<String> outlets = new LinkedHashSet<>();
      e.getValue().forEach(r -> outlets.add(r.outlet()));
      groups.add(new Group(e.getKey(), e.getValue(), List.copyOf(outlets), disagree(e.getValue())));
    }
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.outlets().size())
            .thenComparing(g -> !g.disagree())
            .thenComparing(Group::key));
    return groups;
  }

  /** What the figure is grouped under, or null when it says neither event nor noun. */
  static String key(Figure f) {
    String key = f.event() != null ? f.event() : f.counts();
    return key == null || key.isBlank() ? null : key.toLowerCase(Locale.ROOT);
  }

  /** The figure as {@code [low, high]}, or null when it has no number at all. */
  static double[] interval(Figure f) {
    double low = f.low() != null ? f.low() : Double.NEGATIVE_INFINITY;
    double high = f.high() != null ? f.high() : Double.POSITIVE_INFINITY;
    String q = f.qualifier() == null ? "exact" : f.qualifier();
    if (f.value() != null) {
      double v = f.value();
      switch (q) {
        case "approximate" -> {
          return new double[] {v * (1 - APPROXIMATE_SPREAD), v * (1 + APPROXIMATE_SPREAD)};
        }
        case "at-least", "more-than" -> {
          return new double[] {f.low() != null ? low : v, Double.POSITIVE_INFINITY};
        }
        case "at-most", "less-than" -> {
          return new double[] {0, f.high() != null ? high : v};
        }
        case "range", "vague" -> {
          return new double[] {f.low() != null ? low : v, f.high() != null ? high : v};
        }
        default -> {
          return new double[] {v, v};
        }
      }
    }
    if (f.low() == null && f.high() == null) {
      return null;
    }
    return new double[] {Math.max(0, low), high};
  }

  private static boolean disagree(List<Reported> reports) {
    double maxLow = Double.NEGATIVE_INFINITY;
    double minHigh = Double.POSITIVE_INFINITY;
    for (Reported r : reports) {
      double[] i = interval(r.figure());
      maxLow = Math.max(maxLow, i[0]);
      minHigh = Math.min(minHigh, i[1]);
    }
    return maxLow > minHigh;
  }
}
