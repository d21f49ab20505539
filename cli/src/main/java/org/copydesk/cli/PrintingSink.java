package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;

/** A sink that hands articles on and prints each problem as one line on standard error, counting skips. */
final class PrintingSink implements ArticleSink {

  private final PrintWriter err;
  private final Consumer<Article> next;
  private int skipped;

  PrintingSink(PrintWriter err, Consumer<Article> next) {
    this.err = err;
    this.next = next;
  }

  /** How many files or records were skipped. */
  int skipped() {
    return skipped;
  }

  @Override
  public void accept(Article article) {
    next.accept(article);
  }

  @Override
  public void warn(String location, String message) {
    err.println("warning: " + location + ": " + message);
    err.flush();
  }

  @Override
  public void skip(String location, String message) {
    skipped++;
    err.println("skipped: " + location + ": " + message);
    err.flush();
  }
}
