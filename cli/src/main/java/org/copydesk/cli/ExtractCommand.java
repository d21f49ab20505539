package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.Quote;
import org.copydesk.extract.Source;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk extract}: quotes, figures and sources of files, without indexing them. */
@Command(
    name = "extract",
    description = "Show the quotes, figures and sources of articles in files, without indexing them.",
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
  List<Path> paths;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles that name none.")
  String outlet;

  @Option(names = "--json", description = "One JSON object per article (JSON Lines): id, title, quotes, figures, sources.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleExtractor extractor = new ArticleExtractor();
    PrintingSink sink =
        new PrintingSink(
            err,
            article -> {
              Extraction x = extractor.extract(article);
              if (json) {
                out.println(Out.line(toJson(article, x)));
              } else {
                print(out, article, x);
              }
              out.flush();
            });
    Ingest.withDefaultReaders().read(paths, outlet, sink);
    return sink.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  static ObjectNode toJson(Article article, Extraction x) {
    ObjectNode node = Out.object();
    node.put("id", article.id());
    node.put("title", article.title());
    node.put("outlet", article.outlet());
    ObjectNode extracted = Out.JSON.valueToTree(x);
    node.set("quotes", extracted.get("quotes"));
    node.set("figures", extracted.get("figures"));
    node.set("sources", extracted.get("sources"));
    return node;
  }

  private static void print(PrintWriter out, Article article, Extraction x) {
    out.println("== " + article.id() + (article.title().isEmpty() ? "" : "  " + Out.shorten(article.title(), 90)));
    out.println("quotes (" + x.quotes().size() + "):");
    for (Quote q : x.quotes()) {
      out.printf(
          "  [%d,%d) %-7s %s%s%n",
          q.start(),
          q.end(),
          q.kind().label(),
          "“" + Out.shorten(q.text(), 100) + "”",
          q.speaker() == null ? "" : " — " + q.speaker() + (q.cue() == null ? "" : " (" + q.cue() + ")"));
    }
    out.println("figures (" + x.figures().size() + "):");
    for (Figure f : x.figures()) {
      out.printf(
          "  [%d,%d) %-8s %-28s %s%s%s%n",
          f.start(),
          f.end(),
          f.kind().label(),
          Out.shorten(f.text(), 28),
          FiguresCommand.bounds(f),
          f.counts() == null && f.event() == null ? "" : "  " + (f.counts() == null ? "" : f.counts()) + (f.event() == null ? "" : " [" + f.event() + "]"),
          f.source() == null ? "" : "  per " + f.source());
    }
    out.println("sources (" + x.sources().size() + "):");
    for (Source s : x.sources()) {
      out.printf(
          "  [%d,%d) %s%s%s%n",
          s.start(),
          s.end(),
          s.canonical(),
          s.name().equals(s.canonical()) ? "" : " (“" + Out.shorten(s.name(), 60) + "”)",
          s.cue() == null ? "" : " — " + s.cue());
    }
    out.println();
  }
}
