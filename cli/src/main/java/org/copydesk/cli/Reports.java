package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Shows a near-duplicate report: the terminal summary or JSON, and the report file when asked. */
final class Reports {

  private Reports() {}

  static void emit(CommandSpec spec, DuplicateReport report, boolean json, Path file) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ReportWriter.json(report, out);
      out.println();
    } else {
      DupsSummary.print(out, report);
    }
    if (file != null) {
      try {
        ReportWriter.write(report, file);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--report: " + e.getMessage());
      }
      if (!json) {
        out.println();
        out.println("report written to " + file);
      }
    }
    out.flush();
  }
}
