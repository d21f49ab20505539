package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.index.IndexStateException;
import org.copydesk.search.ArticleSearcher;
import org.copydesk.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line as a child process: killed mid-batch, and racing a second writer. */
class CrashAndConcurrencyTest {

  static final int RECORDS = 60_000;

  @TempDir static Path dir;
  static Path batch;

  @BeforeAll
  static void writeBatch() throws IOException {
    batch = dir.resolve("batch.jsonl");
    String body =
        "North Korean leader Kim Jong Un pledged a \\u201cbeautiful life\\u201d to the families of soldiers"
            + " killed fighting for Russia, state media said on Saturday. About 600 have been killed out of a"
            + " total deployment of 15,000, according to South Korea's intelligence agency. Story number ";
    try (Writer w = Files.newBufferedWriter(batch)) {
      for (int i = 0; i < RECORDS; i++) {
        w.write("{\"id\":\"r" + i + "\",\"title\":\"Story " + i + "\",\"outlet\":\"Outlet " + (i % 7)
            + "\",\"published\":\"2025-08-30\",\"text\":\"" + body + i + ".\"}\n");
      }
    }
  }

  static Process start(Path index, String... extra) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        CopydeskCli.class.getName(), "index", "--index", index.toString(), "--threads", "1"));
    command.addAll(List.of(extra));
    command.add(batch.toString());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
  }

  /** Waits until the index has a commit holding at least one article; returns that count. */
  static int awaitFirstCommit(Path index, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertTrue(child.isAlive(), "the child finished before it could be interrupted: make the batch larger");
      try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
        return searcher.count();
      } catch (IndexStateException notYet) {
        Thread.sleep(50);
      }
    }
    throw new AssertionError("no commit within two minutes");
  }

  static int count(Path index) throws IOException {
    try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
      return searcher.count();
    }
  }

  @Test
  void killedMidBatchKeepsTheLastCommitAndARerunCompletesIt() throws Exception {
    Path index = dir.resolve("killed");
    Process child = start(index, "--commit-every", "0.2");
    int committed = awaitFirstCommit(index, child);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int afterKill = count(index);
    assertTrue(afterKill >= committed && afterKill < RECORDS, "after the kill: " + afterKill);
    try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
      assertEquals(afterKill, (int) searcher.search(SearchRequest.of("kim").page(1, 0)).totalHits());
    }
    CliRunner.Run rerun = CliRunner.run("index", "--index", index.toString(), batch.toString());
    assertEquals(0, rerun.code(), rerun.err());
    assertEquals(RECORDS, count(index), "completed, with no duplicates");
  }

  @Test
  void aSecondWriterFailsAtOnceAndSearchesSeeTheLastCommit() throws Exception {
    Path index = dir.resolve("busy");
    Process child = start(index, "--commit-every", "0.5");
    awaitFirstCommit(index, child);
    long started = System.nanoTime();
    CliRunner.Run second = CliRunner.run("index", "--index", index.toString(), batch.toString());
    assertEquals(ExitCodes.INDEX, second.code(), second.err() + second.out());
    assertTrue(second.err().contains("is in use by another copydesk process"), second.err());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "fails at once");
    CliRunner.Run search = CliRunner.run("search", "--index", index.toString(), "beautiful", "--json", "--limit", "1");
    assertEquals(0, search.code(), search.err());
    assertEquals(1, search.out().lines().count());
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the first writer finishes");
    assertEquals(0, child.exitValue(), "the first writer is unharmed");
    assertEquals(RECORDS, count(index));
  }
}
