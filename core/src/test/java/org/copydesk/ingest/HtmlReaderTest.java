package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {

  @TempDir Path dir;

  @Test
  void acceptsHtmlFilesOnly() {
    HtmlReader reader = new HtmlReader();
    assertTrue(reader.accepts("a.html") && reader.accepts("B.HTM"));
    assertTrue(!reader.accepts("a.txt") && !reader.accepts("a.html.gz"));
  }

  @Test
  void idComesFromTheCanonicalUrlElseThePath() throws IOException {
    Path withCanonical = write("site/a.html", HtmlArticlesTest.resource("jsonld-newsarticle.html"));
    Path without = write("site/b.html", HtmlArticlesTest.resource("chrome-heavy.html"));
    ReadersTest.Collected sink = new ReadersTest.Collected();
    new HtmlReader().read(new InputFile(withCanonical, dir.resolve("site"), null), sink);
    new HtmlReader().read(new InputFile(without, dir.resolve("site"), "Asia Desk"), sink);
    Article a = sink.articles.get(0);
    assertEquals("reuters.com/world/asia-pacific/kim-pledges-beautiful-life-2025-08-30", a.id());
    assertEquals("Reuters", a.outlet());
    assertEquals(a.text(), a.body());
    assertEquals(withCanonical.toString(), a.origin());
    Article b = sink.articles.get(1);
    assertEquals("site/b.html", b.id());
    assertEquals("Asia Desk", b.outlet());
    assertEquals(List.of(), sink.skips);
  }

  @Test
  void aPageWithoutTextIsSkipped() throws IOException {
    Path empty = write("empty.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    ReadersTest.Collected sink = new ReadersTest.Collected();
    new HtmlReader().read(new InputFile(empty, dir, null), sink);
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.skips.size());
  }

  /** The same seed as a text file and as a page gives the same body words. */
  @ParameterizedTest
  @ValueSource(strings = {"001", "002"})
  void seedAsTextAndAsHtmlHaveTheSameBodyWords(String seed) throws IOException {
    Path seeds = Path.of("..", "seeds");
    Path txt;
    try (var files = Files.list(seeds)) {
      txt = files.filter(p -> p.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
    List<String> paragraphs =
        lines.subList(1, lines.size()).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.equals("End of Article"))
            .toList();
    StringBuilder page = new StringBuilder("<html><head><title>").append(lines.get(0))
        .append("</title></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>")
        .append(lines.get(0)).append("</h1>");
    for (String p : paragraphs) {
      page.append(p.length() < 60 ? "<h2>" : "<p>").append(p).append(p.length() < 60 ? "</h2>" : "</p>");
    }
    page.append("</article><footer>© 2025</footer></body></html>");
    Path html = write(seed + ".html", page.toString());
    ReadersTest.Collected sink = new ReadersTest.Collected();
    new HtmlReader().read(new InputFile(html, dir, null), sink);
    assertEquals(words(String.join("\n", paragraphs)), words(sink.articles.get(0).body()));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
