package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.compare.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk quotes}: quotes across the index, variants grouped across outlets. */
@Command(
    name = "quotes",
    description = "Quotes across the index: variants of one quote grouped across outlets, with their word differences.")
final class QuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ClaimsOptions options;

  @Override
  public Integer call() throws Exception {
    List<QuoteGroups.Group> groups = QuoteGroups.group(options.load());
    PrintWriter out = spec.commandLine().getOut();
    int shown = 0;
    for (QuoteGroups.Group g : groups) {
      if (!options.all && !g.shared()) {
        continue;
      }
      shown++;
      if (options.json) {
        ObjectNode node = Out.JSON.valueToTree(g);
        out.println(Out.line(node));
        continue;
      }
      out.printf("“%s”%n  — %s · %d outlets: %s%n", Out.shorten(g.text(), 160),
          g.speaker() == null ? "speaker unknown" : g.speaker(), g.outlets().size(), String.join(", ", g.outlets().stream().map(Out::outlet).toList()));
      for (QuoteGroups.Variant v : g.variants()) {
        out.printf("    %-40s %s%n", Out.shorten(v.articleId(), 40), describe(v.diff()));
      }
      out.println();
    }
    if (!options.json && shown == 0) {
      out.println(options.all ? "no quotes" : "no quote is carried by more than one outlet (--all shows every quote)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A diff as one line: unchanged text as is, removed words as {@code [-…]}, added as {@code [+…]}. */
  static String describe(List<WordDiff> diff) {
    if (diff.stream().allMatch(d -> d.op() == WordDiff.Op.SAME)) {
      return "same words";
    }
    StringBuilder sb = new StringBuilder();
    for (WordDiff d : diff) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      switch (d.op()) {
        case SAME -> sb.append(Out.shorten(d.words(), 40));
        case REMOVED -> sb.append("[-").append(d.words()).append(']');
        case ADDED -> sb.append("[+").append(d.words()).append(']');
      }
    }
    return sb.toString();
  }
}
