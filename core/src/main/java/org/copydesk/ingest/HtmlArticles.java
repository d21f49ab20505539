package org.copydesk.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page: main text and metadata. Entry point for every reader that
 * meets HTML (saved pages, web archives).
 *
 * <p>Main text comes from the page's own markup ({@code itemprop="articleBody"}, {@code <article>}),
 * else from the block richest in paragraph text; furniture (navigation, headers, footers, share
 * buttons, comments, "Read also" and related boxes, cookie notices) is left out. When the page's
 * markup yields much less than its JSON-LD {@code articleBody} (a page rendered by scripts), the
 * JSON-LD text is used instead. Metadata comes from JSON-LD, then Open Graph, then plain HTML.
 *
 * <p>NOTE: never throws on any page; a page without a story gives an {@link HtmlPage} with little or
 * no text. The text is capped at one million characters. Thread-safe.
 */
public final class HtmlArticles {

  private HtmlArticles() {}

  /**
   * Extracts the article of a page given as text.
   *
   * @param html the page
   * @param url the URL the page was fetched from, or null; resolves relative links and is the
   *     fallback for the canonical URL and the outlet
   */
  public static HtmlPage parse(String html, String url) {
    Objects.requireNonNull(html, "html");
    return extract(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /**
   * Extracts the article of a page given as bytes.
   *
   * @param bytes the page
   * @param charset the charset named by the HTTP header, or null to sniff it (byte-order mark,
   *     {@code <meta charset>}, else UTF-8)
   * @param url the URL the page was fetched from, or null
   */
  public static HtmlPage parse(byte[] bytes, String charset, String url) {
    Objects.requireNonNull(bytes, "bytes");
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), supported(charset), url == null ? "" : url);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    return extract(doc, url);
  }

  private static String supported(String charset) {
    try {
      return charset != null && java.nio.charset.Charset.isSupported(charset) ? charset : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static HtmlPage extract(Document doc, String url) {
    PageMetadata meta = PageMetadata.read(doc);
    String text = PageText.extract(doc);
    if (meta.articleBody() != null && text.length() < meta.articleBody().length() / 2) {
      text = PageText.paragraphsOf(meta.articleBody());
    }
    text = TextDecoder.clean(text, null).text();
    String pageUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : blankToNull(url);
    String outlet = meta.siteName() != null ? meta.siteName() : PageUrls.outlet(pageUrl);
    String title = meta.title() == null ? "" : TextDecoder.clean(meta.title(), null).text();
    return new HtmlPage(title, text, outlet, meta.published(), meta.author(), pageUrl);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
