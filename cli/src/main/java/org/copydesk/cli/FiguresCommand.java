package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.compare.FigureGroups;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk figures}: figures grouped by what they count, each outlet's side by side. */
@Command(
    name = "figures",
    description = "Figures grouped by what they count and the event, each outlet's value, wording and source side by side.")
final class FiguresCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ClaimsOptions options;

  @Override
  public Integer call() throws Exception {
    List<FigureGroups.Group> groups = FigureGroups.group(options.load());
    PrintWriter out = spec.commandLine().getOut();
    int shown = 0;
    for (FigureGroups.Group g : groups) {
      if (!options.all && g.outlets().size() < 2) {
        continue;
      }
      shown++;
      if (options.json) {
        out.println(Out.line(Out.JSON.valueToTree(g)));
        continue;
      }
      out.printf("%s — %d outlets%s%n", g.key(), g.outlets().size(), g.disagree() ? " — DISAGREE" : "");
      for (FigureGroups.Reported r : g.reports()) {
        Figure f = r.figure();
        out.printf(
            "    %-22s %-28s %-18s %s%n",
            Out.outlet(r.outlet(), 22),
            "“" + Out.shorten(f.text(), 26) + "”",
            bounds(f),
            f.source() == null ? "" : "per " + f.source());
      }
      out.println();
    }
    if (!options.json && shown == 0) {
      out.println(options.all ? "no figures" : "no figure is reported by more than one outlet (--all shows every figure)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * A figure's normalised value for people: {@code 600}, {@code ≈600}, {@code ≥1,000}, {@code >6,000},
   * {@code 200–999}, {@code ≥200} (a range open above), {@code 76%}, {@code 1,130,000,000 USD},
   * {@code 25 minute}; a year as written ({@code 2024}); {@code ?} when there is no value or bound.
   */
  static String bounds(Figure f) {
    String q = f.qualifier() == null ? "exact" : f.qualifier();
    String v;
    if (f.value() != null && !q.equals("range") && !q.equals("vague")) {
      String n = number(f, f.value());
      v = switch (q) {
        case "approximate" -> "≈" + n;
        case "at-least" -> "≥" + n;
        case "more-than" -> ">" + n;
        case "at-most" -> "≤" + n;
        case "less-than" -> "<" + n;
        default -> n;
      };
    } else if (f.low() != null && f.high() != null) {
      v = number(f, f.low()) + "–" + number(f, f.high());
    } else if (f.low() != null) {
      v = "≥" + number(f, f.low());
    } else if (f.high() != null) {
      v = "≤" + number(f, f.high());
    } else {
      return "?";
    }
    return f.unit() == null || f.kind() == FigureKind.DATE || f.kind() == FigureKind.COUNT
        ? v
        : f.unit().equals("%") ? v + "%" : v + " " + f.unit();
  }

  private static String number(Figure f, double v) {
    if (f.kind() == FigureKind.DATE && v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }
}
