package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Reads a saved HTML page ({@code .html}, {@code .htm}) as one article, through {@link HtmlArticles}.
 *
 * <p>The id derives from the page's canonical URL when it has one (so two saves of one page are one
 * article), else from the path. The outlet given on the command line wins over the page's own.
 * A page without main text is skipped; a page shorter than a story is kept with a warning (the user
 * named the file).
 *
 * <p>NOTE: only the first {@value #MAX_PAGE_BYTES} bytes of a file are parsed. Stateless and thread-safe.
 */
public final class HtmlReader implements ArticleReader {

  /** Bytes of a page that are parsed at most (16 MiB); real article pages are well below 5 MB. */
  public static final int MAX_PAGE_BYTES = 16 << 20;

  /** Creates the reader. */
  public HtmlReader() {}

  @Override
  public boolean accepts(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  @Override
  public void read(InputFile file, ArticleSink sink) throws IOException {
    byte[] bytes;
    boolean cut;
    try (InputStream in = Files.newInputStream(file.path())) {
      bytes = in.readNBytes(MAX_PAGE_BYTES);
      cut = in.read() >= 0;
    }
    String where = file.display();
    HtmlPage page = HtmlArticles.parse(bytes, null, null);
    if (page.text().isEmpty()) {
      sink.skip(where, "no main text found in the page");
      return;
    }
    if (cut) {
      sink.warn(where, "page larger than " + (MAX_PAGE_BYTES >> 20) + " MiB: only its start was read");
    }
    if (!page.isStory()) {
      sink.warn(where, "main text is only " + page.words() + " words: kept, but may not be a story");
    }
    String urlId = PageUrls.id(page.url());
    Article article = page.toArticle(urlId != null ? urlId : file.relativeId(), where);
    sink.accept(file.outlet() != null ? article.withOutlet(file.outlet()) : article);
  }
}
