package org.copydesk.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article, as read from an input: immutable, independent of Lucene.
 *
 * <p>{@code text} is the article's text exactly as read (decoded, NFC-normalised): the whole file for
 * a plain-text article, the record's {@code text} for JSON Lines, the main text for HTML. Extraction
 * offsets and near-duplicate passage offsets are {@code String} indices into {@code text}. {@code body}
 * is the story alone: {@code text} without the headline line and without page furniture ("Leave a
 * Reply", "Read Also: ..." links, signature lines); it is what the {@code body} field indexes.
 *
 * <p>NOTE: {@code outlet}, {@code published}, {@code author} and {@code url} are {@code null} when
 * unknown. An article of unknown outlet counts as its own outlet in cross-outlet comparisons.
 *
 * @param id stable identifier: the record's own id, else derived from the path relative to the indexed root
 * @param title the headline, possibly empty
 * @param text the text as read; never null
 * @param body the story without headline and furniture; never null
 * @param outlet the publishing outlet, or null
 * @param published the publication instant (a date alone means its start, UTC), or null
 * @param author the byline, or null
 * @param url the article's URL, or null
 * @param origin where it came from: a path, with {@code :line} for a JSON Lines record
 */
public record Article(
    String id,
    String title,
    String text,
    String body,
    String outlet,
    Instant published,
    String author,
    String url,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
    body = body == null ? text : body;
    origin = origin == null ? id : origin;
  }

  /** An article whose text is all story: handy for embedding and tests. */
  public static Article of(String id, String title, String text) {
    return new Article(id, title, text, text, null, null, null, null, null);
  }

  /** Returns this article with another outlet. */
  public Article withOutlet(String newOutlet) {
    return new Article(id, title, text, body, newOutlet, published, author, url, origin);
  }

  /** The outlet used to tell outlets apart: the outlet, or a name unique to this article when unknown. */
  public String outletKey() {
    return outlet == null || outlet.isBlank() ? "unknown:" + id : outlet;
  }
}
