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

/** {@code dups}, {@code check}, {@code extract} and the claims commands on the seeds, in-process. */
class DupsCliTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSeeds() {
    index = dir.resolve("index").toString();
    assertEquals(0, CliRunner.run("index", "--index", index, CliTest.SEEDS).code());
  }

  @Test
  void dupsSummarisesTheStoryAndWritesEveryReportFormat() throws Exception {
    Path md = dir.resolve("out/seeds.md");
    CliRunner.Run run = CliRunner.run("dups", "--index", index, "--report", md.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("in 1 story"), run.out());
    assertTrue(run.out().contains("prose: “Ukraine. Reuters could not independently verify the authenticity of the footage”")
        || run.out().contains("Reuters could not independently verify the authenticity of the footage"), run.out());
    assertTrue(Files.readString(md).contains("Reuters could not independently verify"));
    Path html = dir.resolve("seeds.html");
    assertEquals(0, CliRunner.run("dups", "--index", index, "--report", html.toString()).code());
    assertTrue(Files.readString(html).startsWith("<!doctype html>"));
    CliRunner.Run json = CliRunner.run("dups", "--index", index, "--json");
    JsonNode report = JSON.readTree(json.out());
    assertEquals(1, report.get("clusters").size());
    assertEquals(5, report.get("clusters").get(0).get("articles").size());
    boolean reuse = false;
    for (JsonNode p : report.get("pairs")) {
      String a = p.get("a").asText();
      String b = p.get("b").asText();
      if ((a + b).contains("000_") && (a + b).contains("001_")) {
        reuse = p.get("level").asText().equals("reuse");
      }
    }
    assertTrue(reuse, "000 and 001 are reuse");
    assertEquals("0x636f70796465736b", report.get("parameters").get("seed").asText());
  }

  @Test
  void figureDisagreementsAppearInTheReport() throws Exception {
    JsonNode report = JSON.readTree(CliRunner.run("dups", "--index", index, "--json").out());
    List<String> keys = new java.util.ArrayList<>();
    report.get("figureDisagreements").forEach(g -> keys.add(g.get("key").asText()));
    assertTrue(keys.containsAll(List.of("killed", "deployed")), keys.toString());
    String text = CliRunner.run("dups", "--index", index).out();
    String killed = text.lines().filter(l -> l.strip().startsWith("killed:")).findFirst().orElseThrow();
    // the seeds name no outlet but 004's: the others are shown by file name, parentheses closed
    assertTrue(killed.matches(".* \\(002_746a89ec\\S*\\) “at least 1,000”;.*"), killed);
    assertTrue(killed.contains("Africa Today News “at least 600”"), killed);
  }

  @Test
  void badLevelOrReportNameIsAUsageError() {
    CliRunner.Run level = CliRunner.run("dups", "--index", index, "--level", "cousins");
    assertEquals(2, level.code());
    assertTrue(level.err().startsWith("copydesk: --level: expected duplicate"), level.err());
    CliRunner.Run report = CliRunner.run("dups", "--index", index, "--report", dir.resolve("r.pdf").toString());
    assertEquals(2, report.code());
    assertTrue(report.err().contains(".pdf"), report.err());
  }

  @Test
  void checkFindsTheSourceOfACopyWithoutAddingIt() throws Exception {
    Path copy = dir.resolve("copy/wire-copy.txt");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, Files.readString(Path.of(CliTest.SEEDS, "001_b4c3d3bfb9c4bd4d.txt")) + "\nRead more: other news\n");
    CliRunner.Run run = CliRunner.run("check", "--index", index, "--outlet", "Copycat", copy.toString(), "--level", "near-duplicate");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("duplicate"), run.out());
    assertTrue(run.out().contains("001_b4c3d3bfb9c4bd4d.txt"), run.out());
    JsonNode stats = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(5, stats.get("documents").asInt(), "check adds nothing");
  }

  @Test
  void extractJsonFollowsTheOutputContract() throws Exception {
    Path seed = Path.of(CliTest.SEEDS, "000_eaba08dbf957fec9.txt");
    CliRunner.Run run = CliRunner.run("extract", seed.toString(), "--json");
    assertEquals(0, run.code(), run.err());
    String text = Files.readString(seed);
    JsonNode article = JSON.readTree(run.out());
    for (String array : List.of("quotes", "figures", "sources")) {
      assertFalse(article.get(array).isEmpty(), array);
    }
    for (JsonNode q : article.get("quotes")) {
      String span = text.substring(q.get("start").asInt(), q.get("end").asInt());
      assertTrue(span.startsWith("“") || span.startsWith("‘") || span.startsWith("\""), span);
      for (String field : List.of("text", "start", "end", "kind", "speaker", "speakerStart", "speakerEnd", "cue")) {
        assertTrue(q.has(field), field);
      }
      if (!q.get("kind").asText().equals("phrase")) {
        assertEquals("Kim Jong Un", q.get("speaker").asText(), q.toString());
      }
    }
    for (JsonNode f : article.get("figures")) {
      assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()));
      for (String field : List.of("value", "low", "high", "qualifier", "kind", "counts", "event", "source")) {
        assertTrue(f.has(field), field);
      }
    }
    for (JsonNode s : article.get("sources")) {
      assertEquals(s.get("name").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
    }
  }

  @Test
  void claimsCommandsCompareOutlets() throws Exception {
    CliRunner.Run quotes = CliRunner.run("quotes", "--index", index);
    assertTrue(quotes.out().contains("They did not write even a short letter to me"), quotes.out());
    CliRunner.Run figures = CliRunner.run("figures", "--index", index);
    assertTrue(figures.out().contains("killed — 5 outlets — DISAGREE"), figures.out());
    CliRunner.Run sources = CliRunner.run("sources", "--index", index, "--json");
    JsonNode first = JSON.readTree(sources.out().lines().findFirst().orElseThrow());
    assertEquals("KCNA", first.get("canonical").asText());
  }
}
