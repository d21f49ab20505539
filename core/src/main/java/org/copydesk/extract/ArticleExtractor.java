package org.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.Furniture;

/**
 * Runs the quote, figure and source extractors over an article's text, and ties each figure to the
 * source its sentence names.
 *
 * <p>Offsets in the result are indices into {@link Article#text()}. What lies in page furniture
 * ("Watch now: …", "Read Also: …" lines, comment forms, signatures) is left out. Immutable and
 * thread-safe.
 */
public final class ArticleExtractor {

  private final SourceExtractor sources;
  private final FigureExtractor figures = new FigureExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** An extractor with the built-in source alias table. */
  public ArticleExtractor() {
    this(new SourceExtractor());
  }

  /** An extractor with the given source extractor (and so its alias table). */
  public ArticleExtractor(SourceExtractor sources) {
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /** Extracts quotes, figures and sources from the article. */
  public Extraction extract(Article article) {
    String text = article.text();
    List<int[]> furniture = Furniture.ranges(text, article.outlet());
    Supplier<List<Sentences.Span>> sentences = Sentences.lazily(text); // split once, if at all
    List<Source> foundSources = keep(sources.extract(text), furniture, Source::start);
    List<Figure> foundFigures = keep(figures.extract(text), furniture, Figure::start);
    List<Quote> foundQuotes = keep(quotes.extract(text, sentences), furniture, Quote::start);
    return new Extraction(foundQuotes, attribute(foundFigures, foundSources, sentences), foundSources);
  }

  /** The article's quotes alone, as {@link #extract} finds them. */
  public List<Quote> quotes(Article article) {
    String text = article.text();
    return keep(quotes.extract(text), Furniture.ranges(text, article.outlet()), Quote::start);
  }

  /**
   * Gives each figure the canonical source its sentence names: the nearest source in the same
   * sentence, preferring one before the figure ("X estimates that 600 ...") to one after it
   * ("600 killed, according to X").
   */
  static List<Figure> attribute(List<Figure> figures, List<Source> sources, Supplier<List<Sentences.Span>> split) {
    if (figures.isEmpty() || sources.isEmpty()) {
      return figures;
    }
    List<Sentences.Span> sentences = split.get();
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      int sentence = Sentences.indexOf(sentences, f.start());
      Source best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Source s : sources) {
        if (sentence < 0 || Sentences.indexOf(sentences, s.start()) != sentence) {
          continue;
        }
        int distance = s.end() <= f.start() ? f.start() - s.end() : s.start() - f.end() + 1_000_000;
        if (distance < bestDistance) {
          best = s;
          bestDistance = distance;
        }
      }
      out.add(best == null ? f : f.withSource(best.canonical()));
    }
    return out;
  }

  private static <T> List<T> keep(List<T> items, List<int[]> furniture, java.util.function.ToIntFunction<T> start) {
    if (furniture.isEmpty()) {
      return items;
    }
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      int at = start.applyAsInt(item);
      boolean inside = false;
      for (int[] r : furniture) {
        if (at >= r[0] && at < r[1]) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(item);
      }
    }
    return out;
  }
}
