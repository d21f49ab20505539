package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, run in-process on the seeds: output, JSON and exit codes. */
class CliTest {

  static final String SEEDS = Path.of("..", "seeds").toString();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSeeds() {
    index = dir.resolve("index").toString();
    CliRunner.Run run = CliRunner.run("index", "--index", index, SEEDS);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("indexed 5 articles (0 repaired, 0 skipped)"), run.out());
  }

  @Test
  void claimsCommandsPrintTheSameWhateverOrderTheArticlesWereIndexedIn() throws Exception {
    List<Path> files;
    try (var listing = Files.list(Path.of(SEEDS))) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    String forward = dir.resolve("forward").toString();
    String backward = dir.resolve("backward").toString();
    for (int i = 0; i < files.size(); i++) { // one at a time, so that the index order is the order given
      assertEquals(0, CliRunner.run("index", "--index", forward, files.get(i).toString()).code());
      assertEquals(0, CliRunner.run("index", "--index", backward, files.get(files.size() - 1 - i).toString()).code());
    }
    for (String command : List.of("quotes", "figures", "sources")) {
      String a = CliRunner.run(command, "--index", forward, "--all").out();
      assertFalse(a.isBlank(), command);
      assertEquals(a, CliRunner.run(command, "--index", backward, "--all").out(), command);
    }
  }

  @Test
  void searchJsonPrintsOneObjectPerHitWithSnippets() throws Exception {
    CliRunner.Run run = CliRunner.run("search", "--index", index, "beautiful life", "--json");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run.out());
    for (String line : lines) {
      JsonNode hit = JSON.readTree(line);
      for (String field : List.of("rank", "score", "id", "title", "outlet", "published", "origin", "snippet")) {
        assertTrue(hit.has(field), field + " in " + line);
      }
      assertTrue(hit.get("snippet").asText().contains("**beautiful**"), line);
    }
  }

  @Test
  void searchTableShowsRankTitleAndSnippet() {
    CliRunner.Run run = CliRunner.run("search", "--index", index, "\"Operation Kursk Liberation\"");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("2 hits"), run.out());
    assertTrue(run.out().contains("[Operation Kursk Liberation]"), run.out());
  }

  @Test
  void statsJsonCountsDocuments() throws Exception {
    CliRunner.Run run = CliRunner.run("stats", "--index", index, "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode stats = JSON.readTree(run.out());
    assertEquals(5, stats.get("documents").asInt());
    assertEquals(1, stats.get("outlets").get("Africa Today News").asInt());
  }

  @Test
  void facetsCountByOutlet() {
    CliRunner.Run run = CliRunner.run("search", "--index", index, "kim", "--facets");
    assertTrue(run.out().contains("by outlet:"), run.out());
    assertTrue(run.out().contains("1  Africa Today News"), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search \"unbalanced|2|copydesk: cannot parse query",
        "search title:(|2|copydesk: cannot parse query",
        "search kim --limit 0|2|copydesk: limit must be >= 1",
        "search kim --since yesterday|2|copydesk: --since: expected an ISO-8601 date",
        "search kim --bogus|2|copydesk: Unknown option: '--bogus'",
        "frobnicate|2|copydesk: Unmatched argument",
      })
  void userErrorsGetOneLineAndAnExitCode(String args, int code, String start) {
    List<String> argv = new java.util.ArrayList<>(List.of(args.split(" ")));
    argv.add(1, "--index");
    argv.add(2, index);
    if (argv.get(0).equals("frobnicate")) {
      argv = List.of("frobnicate");
    }
    CliRunner.Run run = CliRunner.run(argv.toArray(String[]::new));
    assertEquals(code, run.code(), run.err());
    assertTrue(run.err().startsWith(start), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void missingIndexTellsTheUserToRunIndex() {
    CliRunner.Run run = CliRunner.run("search", "--index", dir.resolve("nothing").toString(), "kim");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("run `copydesk index FILE...` first"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void skippedInputGivesExitOneAndStrictCommitsNothing(@TempDir Path tmp) throws Exception {
    Path input = tmp.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("good.txt"), "A headline\nA body about cocoa.");
    Files.writeString(input.resolve("wire.jsonl"), "{\"id\":\"x\",\"text\":\"Tin fell.\"}\n{broken\n");
    String idx = tmp.resolve("idx").toString();
    CliRunner.Run partial = CliRunner.run("index", "--index", idx, input.toString());
    assertEquals(1, partial.code(), partial.err());
    assertTrue(partial.err().contains("skipped: " + input.resolve("wire.jsonl") + ":2: malformed JSON"), partial.err());
    assertTrue(partial.out().startsWith("indexed 2 articles (0 repaired, 1 skipped)"), partial.out());

    String strictIdx = tmp.resolve("strict").toString();
    CliRunner.Run strict = CliRunner.run("index", "--index", strictIdx, "--strict", input.toString());
    assertEquals(5, strict.code(), strict.err());
    CliRunner.Run after = CliRunner.run("stats", "--index", strictIdx, "--json");
    assertEquals(3, after.code(), "nothing committed: " + after.out());
  }
}
