package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

  static final Path SEEDS = Path.of("..", "seeds");

  /** Collects what a read produced. */
  static final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> skips = new ArrayList<>();
    final List<String> partials = new ArrayList<>();

    @Override
    public void accept(Article article) {
      articles.add(article);
    }

    @Override
    public void warn(String location, String message) {
      warnings.add(location + ": " + message);
    }

    @Override
    public void skip(String location, String message) {
      skips.add(location + ": " + message);
    }

    @Override
    public void partial(String location, String message) {
      partials.add(location + ": " + message);
    }

    Map<String, Article> byId() {
      return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
  }

  static Collected read(Path... paths) {
    Collected c = new Collected();
    Ingest.withDefaultReaders().read(List.of(paths), null, c);
    return c;
  }

  @Test
  void seedsHaveHeadlinesLedesAndNoFurniture() {
    Collected c = read(SEEDS);
    assertEquals(5, c.articles.size());
    assertEquals(List.of(), c.skips);
    Map<String, Article> seeds = c.byId();
    Article s000 = seeds.get("seeds/000_eaba08dbf957fec9.txt");
    assertEquals(
        "Kim Jong Un Vows ‘Beautiful Life’ for Families of North Korean Soldiers Killed in Russia-Ukraine War",
        s000.title());
    assertFalse(s000.body().contains("Leave a Reply"));
    assertFalse(s000.body().contains("Your email address"));
    assertTrue(s000.text().contains("Leave a Reply"), "text stays as read");
    // 001 and 003 open with a lede sentence, not a headline
    assertEquals("", seeds.get("seeds/001_b4c3d3bfb9c4bd4d.txt").title());
    assertTrue(seeds.get("seeds/001_b4c3d3bfb9c4bd4d.txt").body().startsWith("Kim Jong Un pledged"));
    assertFalse(seeds.get("seeds/001_b4c3d3bfb9c4bd4d.txt").body().contains("End of Article"));
    assertEquals("", seeds.get("seeds/003_24bbfdc0dc07064c.txt").title());
    assertFalse(seeds.get("seeds/003_24bbfdc0dc07064c.txt").body().contains("Watch now"));
    Article s004 = seeds.get("seeds/004_67746789b2b4efb0.txt");
    assertEquals("Africa Today News", s004.outlet());
    assertFalse(s004.body().contains("Parubiy"));
    assertFalse(s004.body().contains("New York"));
    assertNull(seeds.get("seeds/002_746a89ec8251371b.txt").outlet());
  }

  @Test
  void idsAreTheSameWhetherTheFolderOrTheFileIsNamed() {
    Collected folder = read(SEEDS);
    Collected file = read(SEEDS.resolve("002_746a89ec8251371b.txt"));
    assertEquals("seeds/002_746a89ec8251371b.txt", file.articles.get(0).id());
    assertTrue(folder.byId().containsKey(file.articles.get(0).id()));
  }

  @Test
  void outletOptionAppliesToTextFiles() {
    Collected c = new Collected();
    Ingest.withDefaultReaders().read(List.of(SEEDS.resolve("001_b4c3d3bfb9c4bd4d.txt")), "Reuters", c);
    assertEquals("Reuters", c.articles.get(0).outlet());
  }

  @Test
  void decodesLineEndsBomsAndBadBytes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("crlf.txt"), "Headline here\r\nFirst line.\r\nSecond line.\r\n");
    Files.writeString(dir.resolve("cr.txt"), "Old Mac Headline\rBody text.\r");
    byte[] bom = "\uFEFFBom Headline\nBody.".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("bom.txt"), bom);
    Files.write(dir.resolve("utf16.txt"), "\uFEFFWide Headline\nWide body “quoted”.".getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("bad.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', 'B', (byte) 0xC3, (byte) 0x28, 'd'});
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(dir.resolve("empty.txt"), "  \n\t\n");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    Collected c = read(dir);
    Map<String, Article> byId = c.byId();
    String base = dir.getFileName() + "/";
    assertEquals("Headline here", byId.get(base + "crlf.txt").title());
    assertEquals("First line.\r\nSecond line.", byId.get(base + "crlf.txt").body());
    assertEquals("Old Mac Headline", byId.get(base + "cr.txt").title());
    assertEquals("Bom Headline", byId.get(base + "bom.txt").title());
    assertEquals("Wide Headline", byId.get(base + "utf16.txt").title());
    assertEquals("Wide body “quoted”.", byId.get(base + "utf16.txt").body());
    assertEquals("B\uFFFD(d", byId.get(base + "bad.txt").body());
    assertEquals(1, c.warnings.size(), c.warnings.toString());
    assertTrue(c.warnings.get(0).endsWith("bad.txt: invalid UTF-8 replaced with U+FFFD"), c.warnings.toString());
    assertEquals(2, c.skips.size(), c.skips.toString());
    assertTrue(c.skips.stream().anyMatch(s -> s.endsWith("binary.txt: binary file, not text")));
    assertTrue(c.skips.stream().anyMatch(s -> s.endsWith("empty.txt: empty file")));
  }

  @Test
  void jsonLinesKeepsGoodRecordsAndNamesBadLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wire.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\":\"a\",\"title\":\"Cocoa review\",\"text\":\"Showers continued in Bahia.\",\"outlet\":\"Reuters\",\"published\":\"1987-02-26T15:01:01Z\",\"extra\":1}",
            "{\"id\":\"b\",\"title\":\"Broken\",\"text\":",
            "",
            "{\"id\":\"c\",\"title\":\"No text\"}",
            "{\"id\":7,\"title\":\"Number id\",\"text\":\"Body seven.\",\"published\":\"yesterday\"}",
            "[1,2,3]",
            "{\"id\":\"a\",\"title\":\"Cocoa review, updated\",\"text\":\"Showers continued in Bahia.\\nREUTER\",\"outlet\":\"Reuters\",\"published\":\"1987-02-27\"}",
            "{\"title\":\"No id\",\"text\":\"Orphan body.\"}"));
    Collected c = read(file);
    assertEquals(List.of("a", "7", "a", dir.getFileName() + "/wire.jsonl#8"), c.articles.stream().map(Article::id).toList());
    Article updated = c.articles.get(2);
    assertEquals("Cocoa review, updated", updated.title());
    assertEquals("Showers continued in Bahia.", updated.body(), "the REUTER sign-off is furniture");
    assertEquals(Instant.parse("1987-02-27T00:00:00Z"), updated.published());
    assertEquals(Instant.parse("1987-02-26T15:01:01Z"), c.articles.get(0).published());
    assertNull(c.articles.get(1).published());
    assertEquals(3, c.skips.size(), c.skips.toString());
    assertTrue(c.skips.get(0).contains("wire.jsonl:2: malformed JSON"), c.skips.get(0));
    assertTrue(c.skips.get(1).endsWith("wire.jsonl:4: no \"text\" field"));
    assertTrue(c.skips.get(2).endsWith("wire.jsonl:6: expected a JSON object"));
    assertEquals(3, c.warnings.size(), c.warnings.toString());
    assertTrue(c.warnings.get(0).contains("wire.jsonl:5: \"id\" is not a string, converted"));
    assertTrue(c.warnings.get(0).contains("\"published\" is not an ISO-8601 date"));
    assertTrue(c.warnings.get(1).contains("wire.jsonl:7: duplicate id a (line 1)"));
    assertTrue(c.warnings.get(2).contains("wire.jsonl:8: no id"));
  }

  @Test
  void jsonLinesCountsLinesAsATextReaderWould(@TempDir Path dir) throws IOException {
    // a BOM, \r\n and lone \r line ends, a blank line, then a broken record: its number is right
    Path file = dir.resolve("crlf.jsonl");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String records = "{\"id\":\"a\",\"text\":\"First.\"}\r\n{\"id\":\"b\",\"text\":\"Second.\"}\r"
        + "\r\n{\"id\":\"c\",\"text\":\"Third.\"}\n{\"id\":\"d\",\"text\":}";
    Files.write(file, concat(bom, records.getBytes(StandardCharsets.UTF_8)));
    Collected c = read(file);
    assertEquals(List.of("a", "b", "c"), c.articles.stream().map(Article::id).toList());
    assertEquals("First.", c.articles.get(0).text());
    assertEquals(1, c.skips.size(), c.skips.toString());
    assertTrue(c.skips.get(0).contains("crlf.jsonl:5: malformed JSON"), c.skips.get(0));
    assertEquals(List.of(), c.warnings);
  }

  @Test
  void jsonLinesReadsFieldsAsAParsedTreeWould(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fields.jsonl");
    String longText = "Cocoa shipments rose again. ".repeat(4000); // longer than the read buffer
    Files.writeString(
        file,
        String.join(
            "\n",
            // a nested "text" inside an unknown field is not the record's text
            "{\"extra\":{\"text\":\"nested\",\"more\":[1,{\"id\":\"x\"}]},\"id\":\"a\",\"text\":\"Outer.\"}",
            // a repeated field: the last one counts
            "{\"id\":\"b\",\"text\":\"Old.\",\"text\":\"New.\",\"author\":{\"name\":\"X\"}}",
            "{\"id\":1e3,\"text\":\"" + longText + "\",\"title\":true}",
            "{\"id\":\"d\",\"text\":null}",
            "  {\"id\":\"e\",\"text\":[\"a\"]}"));
    Collected c = read(file);
    assertEquals(List.of("a", "b", "1000.0"), c.articles.stream().map(Article::id).toList());
    assertEquals("Outer.", c.articles.get(0).text());
    assertEquals("New.", c.articles.get(1).text());
    assertNull(c.articles.get(1).author());
    assertEquals(longText.strip(), c.articles.get(2).text().strip());
    assertEquals("true", c.articles.get(2).title());
    assertEquals(2, c.warnings.size(), c.warnings.toString());
    assertTrue(c.warnings.get(0).endsWith("fields.jsonl:2: \"author\" is not a string, ignored"), c.warnings.get(0));
    assertTrue(c.warnings.get(1).endsWith(
        "fields.jsonl:3: \"id\" is not a string, converted; \"title\" is not a string, converted"), c.warnings.get(1));
    assertEquals(2, c.skips.size(), c.skips.toString());
    assertTrue(c.skips.get(0).endsWith("fields.jsonl:4: no \"text\" field"));
    assertTrue(c.skips.get(1).endsWith("fields.jsonl:5: no \"text\" field"));
  }

  @Test
  void jsonLinesReplacesInvalidUtf8AndKeepsTheRecord(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    byte[] record = concat(
        "{\"id\":\"s\",\"text\":\"S".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE3}, // Latin-1 "a tilde": not UTF-8
        "o Paulo exports rose.\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, record);
    Collected c = read(file);
    assertEquals(1, c.articles.size(), c.skips.toString());
    assertEquals("S\uFFFDo Paulo exports rose.", c.articles.get(0).text());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void namesMissingAndUnsupportedInputs(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.pdf"), "%PDF");
    Collected c = read(dir.resolve("nope"), dir.resolve("page.pdf"));
    assertEquals(2, c.skips.size());
    assertTrue(c.skips.get(0).endsWith("nope: no such file or folder"));
    assertTrue(c.skips.get(1).endsWith("page.pdf: unsupported file type: no reader for page.pdf"));
  }

  @Test
  void ledesAreNotHeadlines() {
    assertTrue(TextReader.readsAsSentence(
        "Kim Jong Un pledged a “beautiful life” to families of North Korean soldiers killed fighting for Russia in Ukraine, as Pyongyang acknowledged heavy casualties in its deployment to the Kursk region."));
    assertFalse(TextReader.readsAsSentence("Kim Jong Un Consoles Families Of Soldiers Killed In Russia"));
    assertFalse(TextReader.readsAsSentence("Ad sales boost Time Warner profit"));
    assertFalse(TextReader.readsAsSentence("U.S. stocks fall."));
  }
}
