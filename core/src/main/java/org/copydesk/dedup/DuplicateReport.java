package org.copydesk.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;

/**
 * The full evidence of one near-duplicate run: what was compared, how pairs were judged, the
 * stories they form, and what changed between outlets. Renderers turn it into Markdown, HTML or
 * JSON.
 *
 * @param parameters every setting of the run (thresholds, shingle size, seed, level, ...), in order
 * @param articles the articles that appear in a pair, by id
 * @param pairs the related pairs at or above the run's level, strongest first
 * @param clusters the stories: connected articles, each listed in date order
 * @param sharedQuotes quotes carried by more than one outlet, with word-level differences
 * @param figureDisagreements figures of the same count and event that cannot all be true
 * @param droppedAttributions attributions an origin gives and a copy drops or changes
 */
public record DuplicateReport(
    Map<String, Object> parameters,
    List<ArticleSummary> articles,
    List<PairVerdict> pairs,
    List<Cluster> clusters,
    List<QuoteGroups.Group> sharedQuotes,
    List<FigureGroups.Group> figureDisagreements,
    List<DroppedAttribution> droppedAttributions) {

  public DuplicateReport {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    articles = List.copyOf(articles);
    pairs = List.copyOf(pairs);
    clusters = List.copyOf(clusters);
    sharedQuotes = List.copyOf(sharedQuotes);
    figureDisagreements = List.copyOf(figureDisagreements);
    droppedAttributions = List.copyOf(droppedAttributions);
  }

  /** The listed article with this id, or null. */
  public ArticleSummary article(String id) {
    for (ArticleSummary a : articles) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
