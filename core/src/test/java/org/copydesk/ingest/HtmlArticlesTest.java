package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticlesTest {

  static String resource(String name) {
    try (InputStream in = HtmlArticlesTest.class.getResourceAsStream("/html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each page wraps a seed article in the chrome its kind of site uses; the text must be the story, word for word. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "jsonld-newsarticle",
        "opengraph-only",
        "wordpress-comments",
        "read-also-inline",
        "chrome-heavy"
      })
  void mainTextIsTheStoryAndNothingElse(String page) {
    HtmlPage got = HtmlArticles.parse(resource(page + ".html"), null);
    assertEquals(resource(page + ".expected.txt"), got.text());
    assertTrue(got.isStory());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "jsonld-newsarticle|North Korea's Kim pledges 'beautiful life' to families of soldiers killed fighting for Russia|Reuters|2025-08-30T02:14:31Z|Hyonhee Shin, Ju-min Park|https://www.reuters.com/world/asia-pacific/kim-pledges-beautiful-life-2025-08-30/",
        "opengraph-only|Kim Jong Un Meets Families of North Korean Soldiers Killed in Russia-Ukraine War|World News Hub|2025-08-30T00:30:00Z|Staff Reporter|https://worldnewshub.example/2025/08/30/kim-jong-un-meets-families/",
        "wordpress-comments|Kim Jong Un Vows ‘Beautiful Life’ for Families of North Korean Soldiers Killed in Russia-Ukraine War|The Daily Dispatch|2025-08-30T00:00:00Z|-|https://dailydispatch.example/kim-jong-un-vows-beautiful-life/",
        "read-also-inline|Kim Jong Un Consoles Families Of Soldiers Killed In Russia|Africa Today News|2025-08-30T00:00:00Z|Africa Today News Desk|https://africatodaynews.example/kim-jong-un-consoles-families/",
        "chrome-heavy|Kim Jong Un bows to bereaved families|Asia Briefing|2025-08-31T06:00:00Z|-|-"
      })
  void metadataInOrderOfTrust(
      String page, String title, String outlet, String published, String author, String url) {
    HtmlPage got = HtmlArticles.parse(resource(page + ".html"), null);
    assertEquals(title, got.title());
    assertEquals(outlet, got.outlet());
    assertEquals(Instant.parse(published), got.published());
    assertEquals(author, got.author());
    assertEquals(url, got.url());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2025-08-30T02:14:31Z|2025-08-30T02:14:31Z",
        "2025-08-30T09:30:00+09:00|2025-08-30T00:30:00Z",
        "2025-08-30T09:30:00+0900|2025-08-30T00:30:00Z",
        "2025-08-30T09:30:00.123-0400|2025-08-30T13:30:00.123Z",
        "2025-08-30T09:30:00|2025-08-30T09:30:00Z",
        "2025-08-30|2025-08-30T00:00:00Z",
        "August 30, 2025|-",
        "''|-"
      })
  void datesAreReadLeniently(String value, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), PageMetadata.date(value));
  }

  @Test
  void outletFallsBackToTheHostOfTheCanonicalUrl() {
    String html =
        "<html><head><link rel=canonical href='https://www.apnews.com/article/kim-123'></head>"
            + "<body><article><p>" + "Words of the story. ".repeat(30) + "</p></article></body></html>";
    HtmlPage got = HtmlArticles.parse(html, null);
    assertEquals("apnews.com", got.outlet());
    assertEquals("https://www.apnews.com/article/kim-123", got.url());
  }

  @Test
  void jsonLdArticleBodyStandsInForAPageRenderedByScripts() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
            + "\"articleBody\":\"First paragraph of the story.\\nSecond paragraph of the story.\"}"
            + "</script></head><body><div id=root></div></body></html>";
    assertEquals(
        "First paragraph of the story.\n\nSecond paragraph of the story.",
        HtmlArticles.parse(html, null).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<html></html>",
        "<<<<>>>>",
        "<script>var a = '<p>not text</p>';</script>",
        "<article><p>Too short to be a story.</p></article>"
      })
  void pagesWithoutAStoryAreNotStories(String html) {
    HtmlPage got = HtmlArticles.parse(html, "https://example.com/x");
    assertFalse(got.isStory());
  }

  @Test
  void hostilePagesStayLinear() {
    String deep = "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000);
    String quotes = "<p>" + "\"".repeat(1_000_000) + "</p>";
    String links = "<ul>" + "<li><a href=/a>read also</a></li>".repeat(50_000) + "</ul>";
    for (String html : new String[] {deep, quotes, links}) {
      long start = System.nanoTime();
      HtmlArticles.parse(html, null);
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertTrue(ms < 5_000, "took " + ms + " ms");
    }
  }

  @Test
  void textIsCapped() {
    String html = "<article>" + "<p>A long paragraph of the story, again and again.</p>".repeat(40_000) + "</article>";
    assertTrue(HtmlArticles.parse(html, null).text().length() <= PageText.MAX_TEXT_CHARS);
  }

  @Test
  void idsOfOneUrlAgree() {
    assertEquals("x.com/a", PageUrls.id("https://www.x.com/a/?utm_source=t#top"));
    assertEquals("x.com/a", PageUrls.id("http://X.com/a"));
    assertEquals("x.com/a?id=3", PageUrls.id("http://x.com/a?id=3&utm_medium=s"));
    assertNull(PageUrls.id("dns:x.com"));
    assertNull(PageUrls.id("not a url"));
  }
}
