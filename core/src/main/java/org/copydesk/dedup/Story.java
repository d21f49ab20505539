package org.copydesk.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;

/**
 * One story of a near-duplicate report: a cluster of related articles with all of its evidence. A
 * report is written a story at a time ({@link ReportSink}), so a story is also what a run holds in
 * memory at once.
 *
 * @param number the story's place in the report, from 1 (largest story first)
 * @param cluster the story's label, articles (ids in date order) and strongest level
 * @param articles the articles, in the cluster's order, with the indexed texts that passage offsets
 *     point into
 * @param pairs the related pairs among them, strongest first
 * @param sharedQuotes quotes carried by more than one of its outlets, with word-level differences
 * @param figureDisagreements figures of one count and event, from more than one outlet, that cannot
 *     all be true
 * @param droppedAttributions attributions an origin gives and a copy drops or changes
 */
public record Story(
    int number,
    Cluster cluster,
    List<ArticleSummary> articles,
    List<PairVerdict> pairs,
    List<QuoteGroups.Group> sharedQuotes,
    List<FigureGroups.Group> figureDisagreements,
    List<DroppedAttribution> droppedAttributions) {

  public Story {
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1, got " + number);
    }
    Objects.requireNonNull(cluster, "cluster");
    articles = List.copyOf(articles);
    pairs = List.copyOf(pairs);
    sharedQuotes = List.copyOf(sharedQuotes);
    figureDisagreements = List.copyOf(figureDisagreements);
    droppedAttributions = List.copyOf(droppedAttributions);
  }

  /** The story's articles by id, in the cluster's order (a new map each call). */
  public Map<String, ArticleSummary> articlesById() {
    Map<String, ArticleSummary> byId = new LinkedHashMap<>();
    for (ArticleSummary a : articles) {
      byId.put(a.id(), a);
    }
    return byId;
  }
}
