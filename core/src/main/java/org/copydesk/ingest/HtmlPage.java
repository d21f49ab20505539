package org.copydesk.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link HtmlArticles} found in one HTML page: its main text and what the page says about itself.
 *
 * <p>{@code text} holds the story's paragraphs joined by a blank line, headings of the body as their
 * own paragraphs, without the headline and page furniture; it is empty when the page has no main
 * text. Use {@link #isStory()} to tell a story from an index, video or error page.
 *
 * @param title the headline, possibly empty
 * @param text the main text; never null
 * @param outlet the publisher or site name, else the host of the page's URL, or null
 * @param published the publication instant (a date alone means its start, UTC), or null
 * @param author the byline, or null
 * @param url the page's canonical URL, else the URL it was fetched from, or null
 */
public record HtmlPage(
    String title, String text, String outlet, Instant published, String author, String url) {

  /** A story has at least this many words... */
  public static final int MIN_STORY_WORDS = 50;

  /** ...and at least this many characters; shorter pages are teasers, galleries or error pages. */
  public static final int MIN_STORY_CHARS = 300;

  public HtmlPage {
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
  }

  /** Counts the words of the text: runs of letters or digits. */
  public int words() {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }

  /** Whether the main text is long enough to be a story: {@value #MIN_STORY_WORDS} words and {@value #MIN_STORY_CHARS} characters. */
  public boolean isStory() {
    return text.length() >= MIN_STORY_CHARS && words() >= MIN_STORY_WORDS;
  }

  /**
   * The article for this page; {@code body} is the text (the ingest pipeline strips what furniture is
   * left).
   *
   * @param id the article id
   * @param origin where the page came from (a path, or {@code archive#offset})
   */
  public Article toArticle(String id, String origin) {
    return new Article(id, title, text, text, outlet, published, author, url, origin);
  }
}
