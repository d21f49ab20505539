package org.copydesk.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One search: a query in Lucene's syntax and how to page, filter and annotate the hits.
 *
 * @param query the query text ({@code "beautiful life" AND outlet:reuters})
 * @param limit how many hits to return, at least 1 (default 10)
 * @param offset how many top hits to pass over first (default 0)
 * @param since keep articles published at or after this instant, or null
 * @param until keep articles published before this instant, or null
 * @param snippets whether to compute a highlighted snippet for each hit
 * @param facets whether to count all matching articles by outlet
 * @param explain whether to attach Lucene's score explanation to each hit
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    Instant since,
    Instant until,
    boolean snippets,
    boolean facets,
    boolean explain) {

  /** The most hits one request may ask for. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1 || offset < 0 || (long) limit + offset > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "limit must be >= 1 and offset >= 0 with limit + offset <= " + MAX_WINDOW + ", got limit "
              + limit + " offset " + offset);
    }
  }

  /** Ten hits with snippets, no filter. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, 0, null, null, true, false, false);
  }

  /** This request with another page. */
  public SearchRequest page(int newLimit, int newOffset) {
    return new SearchRequest(query, newLimit, newOffset, since, until, snippets, facets, explain);
  }

  /** This request with a date filter; either bound may be null. */
  public SearchRequest between(Instant newSince, Instant newUntil) {
    return new SearchRequest(query, limit, offset, newSince, newUntil, snippets, facets, explain);
  }

  /** This request with snippets, facets and explanations switched as given. */
  public SearchRequest with(boolean newSnippets, boolean newFacets, boolean newExplain) {
    return new SearchRequest(query, limit, offset, since, until, newSnippets, newFacets, newExplain);
  }
}
