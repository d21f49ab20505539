package org.copydesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plain-text article ({@code .txt}): the first non-empty line is the headline and the rest
 * the body.
 *
 * <p>NOTE: a first line that reads as a sentence (at least {@value #LEDE_MIN_WORDS} words and
 * ending in a full stop) is the lede, not a headline: the article then has no title and the line
 * stays in the body. The outlet comes from {@code --outlet}, else from a signature line (see
 * {@link Furniture}); the publication date is unknown.
 */
public final class TextReader implements ArticleReader {

  static final int LEDE_MIN_WORDS = 12;

  @Override
  public boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(InputFile file, ArticleSink sink) throws IOException {
    byte[] bytes = Files.readAllBytes(file.path());
    String where = file.display();
    if (TextDecoder.looksBinary(bytes)) {
      sink.skip(where, "binary file, not text");
      return;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      sink.skip(where, "empty file");
      return;
    }
    if (decoded.repair() != null) {
      sink.warn(where, decoded.repair());
    }
    List<Lines.Line> lines = Lines.split(text);
    int first = 0;
    while (lines.get(first).isBlank(text)) {
      first++;
    }
    Lines.Line headline = lines.get(first);
    String firstLine = headline.of(text).strip();
    String title;
    String body;
    if (readsAsSentence(firstLine)) {
      title = "";
      body = text.substring(headline.start());
    } else {
      title = firstLine;
      int next = first + 1 < lines.size() ? lines.get(first + 1).start() : text.length();
      body = text.substring(next);
    }
    sink.accept(
        new Article(file.relativeId(), title, text, body, file.outlet(), null, null, null, where));
  }

  /** Whether a first line is a lede sentence rather than a headline. */
  static boolean readsAsSentence(String line) {
    if (!line.endsWith(".") && !line.endsWith(".”") && !line.endsWith(".\"")) {
      return false;
    }
    return line.split("\\s+").length >= LEDE_MIN_WORDS;
  }
}
