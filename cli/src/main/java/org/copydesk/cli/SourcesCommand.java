package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.compare.SourceTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk sources}: canonical sources with the outlets that cite them. */
@Command(name = "sources", description = "Canonical sources with the outlets that cite them and how often.")
final class SourcesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ClaimsOptions options;

  @Override
  public Integer call() throws Exception {
    List<SourceTally.Entry> entries = SourceTally.tally(options.load());
    PrintWriter out = spec.commandLine().getOut();
    for (SourceTally.Entry e : entries) {
      if (!options.all && e.byOutlet().size() < 2) {
        continue;
      }
      if (options.json) {
        out.println(Out.line(Out.JSON.valueToTree(e)));
        continue;
      }
      out.printf("%-40s %3d citations, %d outlets%n", e.canonical(), e.citations(), e.byOutlet().size());
      for (Map.Entry<String, Integer> o : e.byOutlet().entrySet()) {
        out.printf("    %3d  %s%n", o.getValue(), Out.outlet(o.getKey()));
      }
      out.println("    as: " + String.join("; ", e.names()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
