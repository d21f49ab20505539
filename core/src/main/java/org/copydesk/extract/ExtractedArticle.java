package org.copydesk.extract;

import java.util.Objects;
import org.copydesk.ingest.Article;

/**
 * An article with what the extractors found in it.
 *
 * @param article the article
 * @param extraction its quotes, figures and sources, with offsets into {@code article.text()}
 */
public record ExtractedArticle(Article article, Extraction extraction) {

  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(extraction, "extraction");
  }
}
