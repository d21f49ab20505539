package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.compare.FigureGroups;
import org.copydesk.extract.Figure;
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
            Out.shorten(Out.outlet(r.outlet()), 22),
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

  /** A figure's normalised value: {@code 600}, {@code ≈600}, {@code ≥1000}, {@code >6000}, {@code 200–600+}. */
  static String bounds(Figure f) {
    String q = f.qualifier() == null ? "exact" : f.qualifier();
    if (f.value() != null) {
      String v = number(f.value());
      return switch (q) {
        case "approximate" -> "≈" + v;
        case "at-least" -> "≥" + v;
        case "more-than" -> ">" + v;
        case "at-most" -> "≤" + v;
        case "less-than" -> "<" + v;
        case "range", "vague" -> range(f, v);
        default -> v;
      };
    }
    return range(f, "?");
  }

  private static String range(Figure f, String fallback) {
    if (f.low() == null && f.high() == null) {
      return fallback;
    }
    return (f.low() == null ? "" : number(f.low())) + "–" + (f.high() == null ? "" : number(f.high()));
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }
}
