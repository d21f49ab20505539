package org.copydesk.search;

import java.time.Instant;
import java.util.List;
import org.copydesk.extract.Figure;
import org.copydesk.extract.Quote;

/**
 * One search result.
 *
 * @param rank 1 for the best hit
 * @param score the BM25 score
 * @param id the article's id
 * @param title the headline
 * @param outlet the outlet, or null when unknown
 * @param published the publication instant, or null
 * @param origin where the article came from (path, {@code file:line})
 * @param url the article's URL, or null
 * @param snippet why it matched, or null when snippets were not asked for
 * @param quotes the article's quotations that the query matched (quote or speaker fields)
 * @param figures the article's figures that the query's figure ranges matched
 * @param explanation Lucene's score explanation, or null when not asked for
 */
public record Hit(
    int rank,
    float score,
    String id,
    String title,
    String outlet,
    Instant published,
    String origin,
    String url,
    Snippet snippet,
    List<Quote> quotes,
    List<Figure> figures,
    String explanation) {

  public Hit {
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
  }
}
