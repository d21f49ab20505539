package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapsTest {

  /** Wire copy as Reuters sends it: lines wrapped at 65 characters, paragraphs indented. */
  static final String WIRE = """
      OFFICIALS SPLIT OVER DEBT STRATEGY
      A rift has opened among officials over debt talks opening
      tomorrow, with Planning Secretary Ana Cruz accusing the chief
      negotiator of softening his stand.
          "He wants to finish the negotiations as fast as
      possible. That is very short-sighted," Cruz said.
          Finance Secretary Jose Lim said he would meet the banks.
      """;

  @Test
  void aHardWrappedTextWrapsMidSentenceOnly() {
    LineWraps wraps = LineWraps.of(WIRE);
    assertFalse(wraps.isWrap(WIRE.indexOf('\n')), "the headline");
    assertTrue(wraps.isWrap(WIRE.indexOf("opening\n") + 7));
    assertTrue(wraps.isWrap(WIRE.indexOf("chief\n") + 5));
    assertFalse(wraps.isWrap(WIRE.indexOf("stand.\n") + 6), "a full stop before an indented line");
    assertTrue(wraps.isWrap(WIRE.indexOf("as\npossible") + 2));
  }

  @Test
  void aFullStopAtALineEndInsideAWrappedParagraphWrapsToo() {
    String wire = WIRE.replace("negotiator of softening his stand.\n", "negotiator of softening his stand.\nIt was\n"
        + "a dispute over tactics.\n");
    LineWraps wraps = LineWraps.of(wire);
    assertTrue(wraps.isWrap(wire.indexOf("stand.\nIt") + 6), "the next line starts at once");
    List<Quote> quotes = new QuoteExtractor().extract(wire.replace("as fast as\npossible. That", "as fast as\npossible.\nThat"));
    assertTrue(quotes.get(0).text().endsWith("short-sighted,"), quotes.get(0).text());
  }

  @Test
  void aTextOfOneLineParagraphsHasNoWraps() {
    // a subheading without a full stop is its own line, not the start of the next sentence
    String web = "Kim pledges a beautiful life\nPublic Consolation and Symbolism\n"
        + "Kim Jong Un hosted grieving families and offered condolences, saying his heart breaks and aches,"
        + " while pledging they would lead a beautiful life in return.\nHe vowed to build a monument.";
    LineWraps wraps = LineWraps.of(web);
    for (int i = web.indexOf('\n'); i >= 0; i = web.indexOf('\n', i + 1)) {
      assertFalse(wraps.isWrap(i), "line end at " + i);
    }
  }

  @Test
  void sentencesRunOverWrappedLines() {
    List<String> got = Sentences.split(WIRE).stream().map(s -> s.of(WIRE)).toList();
    assertEquals("OFFICIALS SPLIT OVER DEBT STRATEGY", got.get(0));
    assertEquals("A rift has opened among officials over debt talks opening\ntomorrow, with Planning Secretary"
        + " Ana Cruz accusing the chief\nnegotiator of softening his stand.", got.get(1));
    assertEquals(5, got.size(), String.valueOf(got));
  }

  @Test
  void aQuoteRunsOverWrappedLinesToItsSpeaker() {
    List<Quote> quotes = new QuoteExtractor().extract(WIRE);
    assertEquals(1, quotes.size());
    Quote q = quotes.get(0);
    assertTrue(q.text().endsWith("That is very short-sighted,"), q.text());
    // the description ends with a title inside the capitalised run: the name is what follows it
    assertEquals("Ana Cruz", q.speaker());
    assertEquals("said", q.cue());
  }
}
