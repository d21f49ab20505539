package org.copydesk.dedup;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.extract.Quote;

/**
 * A {@code [start, end)} range of {@code String} indices in a text: here, the quoted parts of an article.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record TextRange(int start, int end) {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  /**
   * The ranges of extracted quotations.
   *
   * <p>NOTE: a quotation split by its attribution ({@code “A,” Kim said, “B.”}) spans the attribution
   * too, so its words count as quoted; that errs towards calling a passage quoted, which never makes
   * a pair {@code reuse} on its own.
   */
  public static List<TextRange> ofQuotes(List<Quote> quotes) {
    List<TextRange> ranges = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      ranges.add(new TextRange(q.start(), q.end()));
    }
    return ranges;
  }

  /** Whether {@code offset} lies inside. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
