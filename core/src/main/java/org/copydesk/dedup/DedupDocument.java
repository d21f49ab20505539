package org.copydesk.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.copydesk.extract.Quote;
import org.copydesk.ingest.Article;

/**
 * The part of an article that near-duplicate detection reads.
 *
 * @param id the article's id
 * @param text the text to compare (usually the article's body, without headline and furniture)
 * @param quotes the quoted ranges of {@code text}, possibly empty
 * @param published the publication instant, or null when unknown
 */
public record DedupDocument(String id, String text, List<TextRange> quotes, Instant published) {

  public DedupDocument {
    Objects.requireNonNull(id, "id");
    text = text == null ? "" : text;
    quotes = List.copyOf(quotes);
  }

  /**
   * The document of an article's body with its extracted quotations.
   *
   * <p>NOTE: quote offsets must index the same text: pass quotes extracted from {@code article.body()}.
   */
  public static DedupDocument of(Article article, List<Quote> bodyQuotes) {
    return new DedupDocument(
        article.id(), article.body(), TextRange.ofQuotes(bodyQuotes), article.published());
  }
}
