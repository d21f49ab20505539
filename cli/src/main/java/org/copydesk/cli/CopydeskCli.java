package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.copydesk.index.IndexStateException;
import org.copydesk.search.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code copydesk} command: search news coverage and trace how one story travels across
 * outlets.
 *
 * <p>Every error a user can cause ends as one line on standard error and an exit code from
 * {@link ExitCodes}; a stack trace is printed only for a bug, or when {@code COPYDESK_DEBUG} is set.
 */
@Command(
    name = "copydesk",
    mixinStandardHelpOptions = true,
    version = "copydesk 0.1.0",
    description = "Search news coverage and trace how one story travels across outlets.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      ExtractCommand.class,
      QuotesCommand.class,
      FiguresCommand.class,
      SourcesCommand.class,
      DupsCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:finished, but some input was skipped",
      "2:usage error or malformed query",
      "3:index missing, empty, in use, of another schema or not an index",
      "4:input/output error (unwritable folder, full disk)",
      "5:--strict stopped at a problem, nothing committed",
      "70:internal error (a bug)"
    })
public final class CopydeskCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: subcommands, error handling and exit codes. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CopydeskCli());
    cli.setExecutionExceptionHandler(CopydeskCli::handle);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("copydesk: " + ex.getMessage());
          err.println("Try 'copydesk " + commandPath(ex.getCommandLine()) + "--help' for more information.");
          err.flush();
          return ExitCodes.USAGE;
        });
    return cli;
  }

  private static String commandPath(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName(" ");
    return name.startsWith("copydesk") ? name.substring("copydesk".length()).strip() + (name.equals("copydesk") ? "" : " ") : "";
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code;
    String message;
    if (ex instanceof QueryException) {
      code = ExitCodes.USAGE;
      message = ex.getMessage();
    } else if (ex instanceof IndexStateException) {
      code = ExitCodes.INDEX;
      message = ex.getMessage();
    } else if (ex instanceof UncheckedIOException u) {
      code = ExitCodes.IO;
      message = describe(u.getCause());
    } else if (ex instanceof IOException io) {
      code = ExitCodes.IO;
      message = describe(io);
    } else {
      code = ExitCodes.INTERNAL;
      message = "internal error: " + ex + " (set COPYDESK_DEBUG=1 for the stack trace, and please report it)";
    }
    err.println("copydesk: " + message);
    if (System.getenv("COPYDESK_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    String message = e.getMessage();
    if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
      return "disk full: " + message;
    }
    return "i/o error: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}
