package org.copydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.DuplicateDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copydesk dups}: near-duplicates and text reuse across outlets, with a citable report. */
@Command(
    name = "dups",
    description = "Find near-duplicates, rewrites and same-story articles across outlets; write a report.",
    sortOptions = false)
final class DupsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DupsOptions dups;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report: .md (Markdown), .html (a self-contained page) or .json (the full evidence).")
  Path report;

  @Option(names = {"-q", "--quiet"}, description = "No progress on the terminal.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    ProgressBar bar = ProgressBar.on(spec.commandLine().getErr(), quiet);
    DuplicateDetector.Options options;
    DedupConfig config;
    try {
      options = dups.options();
      config = dups.config();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try (DuplicateDetector detector = DuplicateDetector.open(dups.indexOption.index, config)) {
      detector.detect(options, bar, Reports.sink(spec, dups.json, report, bar));
    }
    return ExitCodes.OK;
  }
}
