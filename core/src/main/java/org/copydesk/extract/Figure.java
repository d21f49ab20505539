package org.copydesk.extract;

import java.util.Objects;

/**
 * A figure reported in an article, normalised.
 *
 * <p>{@code value} is the figure as a number ({@code "1.28 million"} is 1280000, {@code "about 600"} is
 * 600); {@code low} and {@code high} are the bounds the wording gives ({@code "more than 6,000"}: low
 * 6000, high null meaning open above; {@code "from a few hundred to over 600"}: low 200, high null).
 * Offsets are {@code String} indices into the article's text, end exclusive.
 *
 * @param text the figure's wording as found, qualifier included ("more than 6,000")
 * @param start offset of the wording
 * @param end end of the wording
 * @param value the central value, or null when the wording gives only bounds
 * @param low the lower bound, or null when open
 * @param high the upper bound, or null when open
 * @param qualifier how the wording bounds the value: exact, approximate, at-least, more-than,
 *     at-most, less-than, range or vague
 * @param kind what sort of number it is
 * @param unit the unit for money (currency code), durations (day, week, ...) and percents, or null
 * @param counts the noun counted ("soldiers", "troops", "casualties"), or null
 * @param event the event counted, folded by a synonym table ("killed", "deployed", "wounded"), or null
 * @param source the canonical source the same sentence attributes the figure to, or null
 */
public record Figure(
    String text,
    int start,
    int end,
    Double value,
    Double low,
    Double high,
    String qualifier,
    FigureKind kind,
    String unit,
    String counts,
    String event,
    String source) {

  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Returns this figure attributed to a source. */
  public Figure withSource(String newSource) {
    return new Figure(text, start, end, value, low, high, qualifier, kind, unit, counts, event, newSource);
  }
}
