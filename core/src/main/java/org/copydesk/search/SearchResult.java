package org.copydesk.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one search.
 *
 * @param totalHits how many articles matched (a lower bound when {@code totalIsExact} is false)
 * @param totalIsExact whether {@code totalHits} is exact
 * @param hits the requested page of hits, best first
 * @param facets matching articles per outlet, most first; empty unless asked for
 */
public record SearchResult(long totalHits, boolean totalIsExact, List<Hit> hits, Map<String, Long> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
