package org.copydesk.ingest;

/**
 * Receives what a reader finds: articles, and the problems met on the way.
 *
 * <p>A reader never throws for a bad record: it reports it here and goes on with the next one.
 * {@code location} names the file and, where there is one, the line or record ({@code a.jsonl:12}).
 */
public interface ArticleSink {

  /** Takes one article. */
  void accept(Article article);

  /** Reports a problem that was repaired: the article is still accepted. */
  void warn(String location, String message);

  /** Reports a record or file that was skipped: nothing was accepted for it. */
  void skip(String location, String message);

  /** Whether the reading should stop before the next file (the default never stops). */
  default boolean stopped() {
    return false;
  }

  /**
   * Reports that a file was read only in part (a truncated or damaged archive): what came before
   * {@code location} was accepted, the rest is lost. The run should end with the partial-input exit
   * code.
   *
   * <p>NOTE: the default reports it as a skip, so sinks that only count skips still see it.
   */
  default void partial(String location, String message) {
    skip(location, message);
  }
}
