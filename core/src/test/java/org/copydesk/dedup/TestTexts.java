package org.copydesk.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: the seed articles and a plain scan of quotation marks standing in for the quote extractor. */
final class TestTexts {

  private TestTexts() {}

  /** The seed articles (whole files), in file-name order: 000 .. 004. */
  static List<String> seeds() {
    Path dir = Path.of("..", "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seeds in " + dir.toAbsolutePath(), e);
    }
  }

  /**
   * The quoted ranges of a text, marks included, by a plain scan: a curly or straight mark after a
   * space or line start opens (closing any open quotation there, as a new paragraph of a long
   * quotation reopens it), any other closes; an unclosed quotation ends at the line end.
   */
  static List<TextRange> quoteRanges(String text) {
    List<TextRange> ranges = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = c == '\u201c' || c == '\u201d' || c == '"';
      boolean opening = c == '\u201c'
          || c == '"' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(');
      if (c == '\n' || mark && opening) {
        if (open >= 0) {
          ranges.add(new TextRange(open, i));
        }
        open = c == '\n' ? -1 : i;
      } else if (mark && open >= 0) {
        ranges.add(new TextRange(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      ranges.add(new TextRange(open, text.length()));
    }
    return ranges;
  }

  static DedupDocument document(String id, String text) {
    return new DedupDocument(id, text, quoteRanges(text), null);
  }
}
