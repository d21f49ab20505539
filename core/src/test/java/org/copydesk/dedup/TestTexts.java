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
   * The ranges between matching quotation marks (curly or straight), marks included; an unclosed
   * quotation ends at the line end.
   */
  static List<TextRange> quoteRanges(String text) {
    List<TextRange> ranges = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          ranges.add(new TextRange(open, i));
        }
        open = -1;
      } else if (open < 0 && (c == '\u201c' || c == '"')) {
        open = i;
      } else if (open >= 0 && (c == '\u201d' || c == '"')) {
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
