package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.Story;
import org.copydesk.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Where a near-duplicate report goes: the terminal summary or JSON, and the report file when asked. */
final class Reports {

  private Reports() {}

  /**
   * The sink of a run: JSON or the summary on standard output, and the file of {@code --report}.
   * The progress bar, if any, stops when the report begins, so that the two never mix on a
   * terminal.
   *
   * @throws ParameterException when the file's extension names no report format
   */
  static ReportSink sink(CommandSpec spec, boolean json, Path file, ProgressBar bar) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<ReportSink> sinks = new ArrayList<>();
    sinks.add(json ? ReportWriter.json(out) : new DupsSummary(out));
    if (file != null) {
      try {
        sinks.add(ReportWriter.file(file));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--report: " + e.getMessage());
      }
    }
    ReportSink all = ReportSink.all(sinks);
    return new ReportSink() {
      @Override
      public void begin(ReportHeader header) throws IOException {
        if (bar != null) {
          bar.stop();
        }
        all.begin(header);
      }

      @Override
      public void story(Story story) throws IOException {
        all.story(story);
      }

      @Override
      public void end() throws IOException {
        all.end();
        if (json) {
          out.println();
        } else if (file != null) {
          out.println();
          out.println("report written to " + file);
        }
        out.flush();
      }
    };
  }
}
