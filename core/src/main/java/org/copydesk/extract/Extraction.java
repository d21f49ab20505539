package org.copydesk.extract;

import java.util.List;

/**
 * What the extractors found in one article: quotes, figures and sources, each in text order.
 *
 * @param quotes the quotations
 * @param figures the figures
 * @param sources the sources claims are attributed to
 */
public record Extraction(List<Quote> quotes, List<Figure> figures, List<Source> sources) {

  public Extraction {
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    sources = List.copyOf(sources);
  }

  /** Nothing found. */
  public static Extraction empty() {
    return new Extraction(List.of(), List.of(), List.of());
  }
}
