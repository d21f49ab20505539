package org.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 in a real browser: the report carrying every payload in every field, loaded by headless
 * Chromium, renders and runs no payload. Each payload sets the title to "PWNED" if it runs.
 *
 * <p>NOTE: skips (loudly) without {@code /usr/bin/chromium}; install it with
 * {@code apt-get install -y chromium}.
 */
class BrowserRenderTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  @TempDir static Path dir;

  private static String page;

  @BeforeAll
  static void render() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "SKIPPED: no " + CHROMIUM + ", so the XSS payloads were NOT checked in a browser;"
            + " install it with `apt-get install -y chromium`");
    page = ReportWriterTest.render(ReportWriter::html, HostileReports.all());
  }

  @Test
  void thePageRendersAndNoPayloadRuns() throws Exception {
    Document dom = dumpDom("report.html", page);
    assertRenderedAndClean(dom, true);
  }

  /** Escaping alone must hold: the same page without its Content-Security-Policy runs nothing either. */
  @Test
  void escapingHoldsWithoutTheContentSecurityPolicy() throws Exception {
    String withoutCsp = withoutCsp(page);
    assertFalse(withoutCsp.contains("Content-Security-Policy"));
    Document dom = dumpDom("no-csp.html", withoutCsp);
    assertRenderedAndClean(dom, false);
  }

  /** The check can fail: one payload left unescaped in the page without CSP does run. */
  @Test
  void anUnescapedPayloadIsSeenToRun() throws Exception {
    String broken = withoutCsp(page).replace("<h1>", HostileReports.PAYLOADS.get(1) + "<h1>");
    Document dom = dumpDom("control.html", broken);
    assertEquals(HostileReports.MARK, dom.title(), "the control payload did not run: the check would be blind");
  }

  private static void assertRenderedAndClean(Document dom, boolean withCsp) {
    assertEquals(ReportText.TITLE, dom.title(), "a payload changed the title, or the page did not load");
    assertEquals(ReportText.TITLE, dom.selectFirst("h1").text());
    assertFalse(dom.select("div.pairs div.side mark.quote").isEmpty(), "passages not rendered");
    HostileReportTest.assertStructureIsOurs(dom, withCsp);
  }

  private static String withoutCsp(String html) {
    return html.replace("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.CSP + "\">", "");
  }

  /** Loads the page in headless Chromium and parses the DOM it dumps after the load. */
  private static Document dumpDom(String name, String html) throws IOException, InterruptedException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    Path out = dir.resolve(name + ".dom");
    Path err = dir.resolve(name + ".err");
    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--dump-dom", file.toUri().toString()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + tail(err));
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(dom.contains("<html"), "chromium dumped no DOM (exit " + chromium.exitValue() + "): " + tail(err));
    return Jsoup.parse(dom);
  }

  private static String tail(Path file) throws IOException {
    String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    return s.substring(Math.max(0, s.length() - 1500));
  }
}
