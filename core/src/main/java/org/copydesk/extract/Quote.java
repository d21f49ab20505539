package org.copydesk.extract;

import java.util.Objects;

/**
 * A quotation found in an article.
 *
 * <p>Offsets are {@code String} indices into the article's text, end exclusive. {@code start} and
 * {@code end} cover the quotation marks; for a quotation split by its attribution ({@code “A,” Kim
 * said, “B.”}) they run from the first opening mark to the last closing mark, and {@code text} joins
 * the quoted parts with one space.
 *
 * @param text the quoted words, without the quotation marks
 * @param start offset of the opening quotation mark
 * @param end offset just after the closing quotation mark (or the end of the quoted text when unclosed)
 * @param kind direct statement, partial fragment or phrase
 * @param speaker the speaker's fullest name used in the article, or null when not attributed
 * @param speakerStart offset of the speaker mention as found (e.g. "he", "Kim"), or null
 * @param speakerEnd end of the speaker mention, or null
 * @param cue the attribution cue as found ("said", "was quoted as saying"), or null
 */
public record Quote(
    String text,
    int start,
    int end,
    QuoteKind kind,
    String speaker,
    Integer speakerStart,
    Integer speakerEnd,
    String cue) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
