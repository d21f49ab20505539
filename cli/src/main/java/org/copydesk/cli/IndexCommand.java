package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;
import org.copydesk.ingest.ArticleReader;
import org.copydesk.ingest.Ingest;
import org.copydesk.ingest.WarcReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk index}: reads files and folders into the index. */
@Command(
    name = "index",
    description = "Index articles from files and folders (.txt, .jsonl, .html, .warc, .warc.gz), recursively.",
    sortOptions = false)
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to index.")
  List<Path> paths;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles that name none (plain text).")
  String outlet;

  @Option(names = "--recreate", description = "Start a new index, deleting what the folder held.")
  boolean recreate;

  @Option(names = "--strict", description = "Stop at the first problem and commit nothing from this run.")
  boolean strict;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for extraction and analysis (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Commit at least this often during a long run, so a crash loses little (default ${DEFAULT-VALUE}).")
  double commitEvery;

  @Option(names = {"-q", "--quiet"}, description = "Print problems and the summary only.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (!(commitEvery > 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--commit-every must be positive");
    }
    long started = System.nanoTime();
    ProgressBar bar = ProgressBar.on(err, quiet);
    ArticleIndex index = ArticleIndex.open(indexOption.index, IndexConfig.defaults().withRecreate(recreate));
    Indexer.Summary summary;
    boolean committed = false;
    try {
      summary =
          new Indexer(index)
              .outlet(outlet)
              .threads(workers)
              .strict(strict)
              .commitEvery(Duration.ofMillis((long) (commitEvery * 1000)))
              .progress(bar)
              .readers(readers(out, bar))
              .problems(p -> {
                if (bar != null) {
                  bar.finish();
                }
                err.println(p);
                err.flush();
              })
              .run(paths);
      if (bar != null) {
        bar.finish();
      }
      if (summary.stopped()) {
        index.rollback();
        committed = true;
        err.println("copydesk: stopped at the first problem (--strict): nothing from this run was committed");
        return ExitCodes.STRICT;
      }
      index.close();
      committed = true;
    } finally {
      if (!committed) {
        rollbackQuietly(index);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "indexed %d articles (%d repaired, %d skipped) in %.1f s into %s%n",
        summary.indexed(),
        summary.repaired(),
        summary.skipped(),
        seconds,
        indexOption.index);
    if (!quiet && summary.ignored() > 0) {
      out.printf(Locale.ROOT, "passed over %d files that are not articles%n", summary.ignored());
    }
    out.flush();
    return summary.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  /** The built-in readers, with a summary line for every web archive read. */
  private static List<ArticleReader> readers(PrintWriter out, ProgressBar bar) {
    List<ArticleReader> readers = new ArrayList<>();
    for (ArticleReader r : Ingest.defaultReaders()) {
      readers.add(
          r instanceof WarcReader
              ? new WarcReader(stats -> {
                if (bar != null) {
                  bar.finish();
                }
                out.println(stats.summary());
                out.flush();
              })
              : r);
    }
    return readers;
  }

  private static void rollbackQuietly(ArticleIndex index) {
    try {
      index.rollback();
    } catch (Exception | AssertionError e) {
      // already failing: the first error is the one reported
    }
  }
}
