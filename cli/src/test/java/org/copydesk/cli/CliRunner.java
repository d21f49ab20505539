package org.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class CliRunner {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  private CliRunner() {}

  static Run run(String... args) {
    CommandLine cli = CopydeskCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
