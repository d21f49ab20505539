package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs: each is indexed, repaired with a warning, or skipped with one line naming
 * the file and record, and reading always goes on.
 */
class BadInputTest {

  private static ReadersTest.Collected read(Path... paths) {
    return ReadersTest.read(paths);
  }

  @Test
  void binaryFilesAreSkippedByName(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("library.jsonl")))) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Files.writeString(dir.resolve("good.txt"), "Headline\nBody survives.");
    ReadersTest.Collected c = read(dir);
    assertEquals(1, c.articles.size());
    assertTrue(c.skips.stream().anyMatch(s -> s.contains("photo.txt: binary file")), c.skips.toString());
    assertTrue(c.skips.stream().anyMatch(s -> s.contains("library.jsonl:")), c.skips.toString());
  }

  @Test
  void controlCharactersAndNulsAreRemovedWithAWarning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ctl.txt"), "Head\u0007line\nBody\u0001 with \u001b[31mescapes\u007f.");
    Files.writeString(dir.resolve("nul.jsonl"), "{\"id\":\"n\",\"title\":\"T\",\"text\":\"Body\\u0000 with NUL.\"}\n");
    ReadersTest.Collected c = read(dir);
    assertEquals(2, c.articles.size());
    assertEquals("Headline", c.byId().get(dir.getFileName() + "/ctl.txt").title());
    assertEquals("Body with [31mescapes.", c.byId().get(dir.getFileName() + "/ctl.txt").body());
    assertEquals("Body with NUL.", c.byId().get("n").body());
    assertEquals(2, c.warnings.size(), c.warnings.toString());
    assertTrue(c.warnings.get(0).contains("control characters removed"));
  }

  @Test
  void hugeArticleAndHugeJsonLineAreIndexed(@TempDir Path dir) throws IOException {
    String sentence = "The ministry said on Tuesday that 600 soldiers had been killed. ";
    try (Writer w = Files.newBufferedWriter(dir.resolve("giant.txt"))) {
      w.write("A giant page\n");
      for (int written = 0; written < 50 * 1024 * 1024; written += sentence.length()) {
        w.write(sentence);
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("big.jsonl"))) {
      w.write("{\"id\":\"big\",\"title\":\"Big\",\"text\":\"");
      for (int written = 0; written < 20 * 1024 * 1024; written += sentence.length()) {
        w.write(sentence);
      }
      w.write("\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n");
    }
    ReadersTest.Collected c = read(dir);
    assertEquals(List.of(), c.skips);
    assertEquals(3, c.articles.size());
    assertTrue(c.byId().get("big").text().length() >= 20 * 1024 * 1024);
    assertTrue(c.byId().get(dir.getFileName() + "/giant.txt").body().length() >= 50 * 1024 * 1024 - 100);
  }

  @Test
  void manyTinyFilesInNestedFolders(@TempDir Path dir) throws IOException {
    int files = 0;
    for (int a = 0; a < 100; a++) {
      for (int b = 0; b < 10; b++) {
        Path folder = dir.resolve("a" + a).resolve("b" + b);
        Files.createDirectories(folder);
        for (int f = 0; f < 100; f++) {
          Files.write(folder.resolve(f + ".txt"), ("H" + files + "\nb").getBytes(StandardCharsets.UTF_8));
          files++;
        }
      }
    }
    Ingest ingest = Ingest.withDefaultReaders();
    long[] count = new long[1];
    ingest.read(List.of(dir), null, new ArticleSink() {
      @Override
      public void accept(Article article) {
        count[0]++;
      }

      @Override
      public void warn(String location, String message) {
        throw new AssertionError(location + ": " + message);
      }

      @Override
      public void skip(String location, String message) {
        throw new AssertionError(location + ": " + message);
      }
    });
    assertEquals(100_000, files);
    assertEquals(100_000, count[0]);
  }

  @Test
  void symbolicLinkLoopsAreNamedNotFollowedForever(@TempDir Path dir) throws IOException {
    Path inner = Files.createDirectories(dir.resolve("news/inner"));
    Files.writeString(inner.resolve("story.txt"), "Headline\nBody.");
    Files.createSymbolicLink(inner.resolve("loop"), dir.resolve("news"));
    Files.createSymbolicLink(dir.resolve("news/dangling.txt"), dir.resolve("gone.txt"));
    ReadersTest.Collected c = read(dir.resolve("news"));
    assertEquals(1, c.articles.size());
    assertTrue(c.skips.stream().anyMatch(s -> s.contains("loop: symbolic link loop")), c.skips.toString());
    assertTrue(c.skips.stream().anyMatch(s -> s.contains("dangling.txt: cannot read")), c.skips.toString());
  }

  @Test
  void unreadableFileIsSkippedByName(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "Headline\nBody.");
    Files.writeString(dir.resolve("open.txt"), "Headline\nBody.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(
        Files.isReadable(secret),
        "SKIPPED LOUDLY: running as root, who can read any file, so permissions cannot make one unreadable");
    ReadersTest.Collected c = read(dir);
    assertEquals(1, c.articles.size());
    assertEquals(List.of(secret + ": cannot read: permission denied"), c.skips);
  }

  @Test
  void aReaderFailureOnOneFileDoesNotStopTheRest(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A\nBody.");
    Files.writeString(dir.resolve("b.txt"), "B\nBody.");
    ArticleReader denying = new ArticleReader() {
      @Override
      public boolean accepts(String fileName) {
        return fileName.equals("a.txt");
      }

      @Override
      public void read(InputFile file, ArticleSink sink) throws IOException {
        throw new java.nio.file.AccessDeniedException(file.display());
      }
    };
    ReadersTest.Collected c = new ReadersTest.Collected();
    new Ingest(List.of(denying, new TextReader())).read(List.of(dir), null, c);
    assertEquals(1, c.articles.size());
    assertEquals(List.of(dir.resolve("a.txt") + ": cannot read: permission denied"), c.skips);
  }
}
