package org.copydesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.dedup.DuplicateDetector;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk check}: the near-duplicates of new articles in the index, without adding them. */
@Command(
    name = "check",
    description = "Report the near-duplicates and rewrites of new articles among the indexed ones, without adding them.",
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DupsOptions dups;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles to check (.txt, .jsonl, ...).")
  List<Path> files;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the articles checked, when they name none.")
  String outlet;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report: .md, .html or .json.")
  Path report;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = new ArrayList<>();
    PrintingSink sink = new PrintingSink(spec.commandLine().getErr(), articles::add);
    Ingest.withDefaultReaders().read(files, outlet, sink);
    try (DuplicateDetector detector = DuplicateDetector.open(dups.indexOption.index, dups.config())) {
      for (Article article : articles) {
        DuplicateReport result;
        try {
          result = detector.check(article, dups.options());
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!dups.json) {
          spec.commandLine().getOut().println("== " + article.id());
        }
        result.replay(Reports.sink(spec, dups.json, articles.size() == 1 ? report : numbered(report, article), null));
      }
    }
    return sink.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private static Path numbered(Path report, Article article) {
    if (report == null) {
      return null;
    }
    String name = report.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String safe = article.id().replaceAll("[^A-Za-z0-9._-]+", "_");
    return report.resolveSibling(dot < 0 ? name + "-" + safe : name.substring(0, dot) + "-" + safe + name.substring(dot));
  }
}
