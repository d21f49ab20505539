package org.copydesk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.dedup.ArticleSummary;
import org.copydesk.dedup.Direction;
import org.copydesk.dedup.PairScores;
import org.copydesk.dedup.PairVerdict;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.extract.Figure;

/**
 * The wording the Markdown and HTML reports share: names, dates, numbers, score rows and the
 * direction sentence, all as plain text that each format then escapes in its one place.
 */
final class ReportText {

  /** The report's heading and page title. */
  static final String TITLE = "Near-duplicate report";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ReportText() {}

  /**
   * The text made safe to show: null as empty, invisible characters that can disguise text shown
   * as {@code ⟨U+XXXX⟩}. NOTE: it changes lengths: slice by offsets first, clean the slices after.
   *
   * <p>Shown: C0 and C1 controls other than line feed and tab, bidirectional embeddings, overrides
   * and isolates ("Trojan source" reordering) and unpaired surrogates. Kept: letters of any
   * script, marks such as the right-to-left mark that real Arabic or Hebrew text needs.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (hidden(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\u27e8U+%04X\u27e9", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean hidden(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20 || (c >= 0x7f && c < 0xa0)
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }

  /** Whether a URL may become a link: http or https, with no whitespace or control characters. */
  static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || hidden(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code text.substring(start, end)}, or null when the text is missing or the offsets do not fit. */
  static String slice(String text, int start, int end) {
    if (text == null || start < 0 || end < start || end > text.length()) {
      return null;
    }
    return text.substring(start, end);
  }

  /** How a report names an article of a story in a sentence: "Reuters (001)", or the id alone. */
  static String name(Map<String, ArticleSummary> articles, String id) {
    ArticleSummary a = articles.get(id);
    return a == null || a.outlet() == null || a.outlet().isBlank() ? id : a.outlet() + " (" + id + ")";
  }

  /** A publication instant as a date, with the time when it is not midnight UTC. */
  static String date(Instant published) {
    if (published == null) {
      return "date unknown";
    }
    return published.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0
        ? DATE.format(published)
        : DATE_TIME.format(published);
  }

  /** The counts of a report's contents: "5 articles, 10 related pairs, 1 story." */
  static String counts(ReportHeader header) {
    return plural(header.articles(), "article") + ", " + plural(header.pairs(), "related pair") + ", "
        + plural(header.clusters().size(), "story", "stories") + ".";
  }

  private static String plural(int n, String noun) {
    return plural(n, noun, noun + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A score to three decimals. */
  static String score(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** A share in [0, 1] as a whole percentage. */
  static String percent(double x) {
    return String.format(Locale.ROOT, "%.0f%%", x * 100);
  }

  /** A number without needless decimals, whole numbers with thousands separators ("15,000", "1.5"). */
  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.toString(x);
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) x);
    }
    return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }

  /** The scores of a pair as rows of {name, value}. */
  static List<String[]> scoreRows(Map<String, ArticleSummary> articles, PairVerdict p) {
    PairScores s = p.scores();
    String a = name(articles, p.aId());
    String b = name(articles, p.bId());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Jaccard (word 5-grams, both texts)", score(s.jaccard())});
    rows.add(new String[] {"Containment of " + a + "'s prose in " + b, score(s.containmentAInB())});
    rows.add(new String[] {"Containment of " + b + "'s prose in " + a, score(s.containmentBInA())});
    rows.add(new String[] {"Longest shared prose passage (words)", Integer.toString(s.longestProseWords())});
    rows.add(new String[] {"Shared prose (words)", Integer.toString(s.totalProseWords())});
    rows.add(new String[] {"Shared quotations", Integer.toString(s.sharedQuotes())});
    rows.add(new String[] {"Whole-text similarity (cosine)", score(s.similarity())});
    rows.add(new String[] {"Shared names", Integer.toString(s.sharedNames())});
    rows.add(new String[] {"Shared numbers", Integer.toString(s.sharedFigures())});
    rows.add(new String[] {"Days apart", s.daysApart() == null ? "unknown" : String.format(Locale.ROOT, "%.1f", s.daysApart())});
    return rows;
  }

  /**
   * The direction of a pair in words: which is likely the origin and which contains more of the
   * other, with the containments that say so.
   */
  static String direction(Map<String, ArticleSummary> articles, PairVerdict p) {
    String a = name(articles, p.aId());
    String b = name(articles, p.bId());
    PairScores s = p.scores();
    String when = s.daysApart() == null ? "earlier" : String.format(Locale.ROOT, "%.1f days earlier", s.daysApart());
    String origin = switch (p.direction().origin()) {
      case A -> a + " is likely the origin (published " + when + ")";
      case B -> b + " is likely the origin (published " + when + ")";
      case UNKNOWN -> "Which was published first is unknown (a date is missing or both are the same)";
    };
    String container = switch (p.direction().container()) {
      case A -> contains(b, a, s.containmentBInA(), s.containmentAInB());
      case B -> contains(a, b, s.containmentAInB(), s.containmentBInA());
      case UNKNOWN -> String.format(Locale.ROOT,
          "neither contains clearly more of the other (%s of %s's prose is in %s, %s of %s's in %s, margin %s)",
          percent(s.containmentAInB()), a, b, percent(s.containmentBInA()), b, a, percent(Direction.MARGIN));
    };
    return origin + "; " + container + ".";
  }

  private static String contains(String contained, String container, double share, double otherWay) {
    return container + " contains " + percent(share) + " of " + contained + "'s prose ("
        + contained + " contains " + percent(otherWay) + " of " + container + "'s)";
  }

  /** A figure's normalised value in words: "≈ 600", "≥ 1,000", "200–600", with its unit. */
  static String figureValue(Figure f) {
    String q = f.qualifier() == null ? "exact" : f.qualifier();
    String v = f.value() == null ? null : number(f.value());
    String low = f.low() == null ? null : number(f.low());
    String high = f.high() == null ? null : number(f.high());
    String value;
    if (low != null && high != null && (q.equals("range") || q.equals("vague") || v == null)) {
      value = low + "\u2013" + high + (q.equals("vague") ? " (vague)" : "");
    } else if (v == null && low != null) {
      value = "\u2265 " + low;
    } else if (v == null && high != null) {
      value = "\u2264 " + high;
    } else if (v == null) {
      value = "no number";
    } else {
      value = switch (q) {
        case "approximate" -> "\u2248 " + v;
        case "at-least" -> "\u2265 " + (low != null ? low : v);
        case "more-than" -> "> " + (low != null ? low : v);
        case "at-most" -> "\u2264 " + (high != null ? high : v);
        case "less-than" -> "< " + (high != null ? high : v);
        default -> v;
      };
    }
    return f.unit() == null ? value : value + " " + f.unit();
  }
}
