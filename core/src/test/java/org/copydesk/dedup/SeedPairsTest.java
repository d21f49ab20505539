package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seeds: one Reuters story (001) and four rewrites of it. */
class SeedPairsTest {

  private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults());
  private final List<String> seeds = TestTexts.seeds();

  private PairVerdict compare(int a, int b) {
    return detector.compare(
        TestTexts.document("00" + a, seeds.get(a)), TestTexts.document("00" + b, seeds.get(b)));
  }

  @Test
  void rewrite000SharesProseAndASplitQuoteWithReuters001() {
    PairVerdict v = compare(0, 1);
    assertEquals(Level.REUSE, v.level(), v.reason());
    String a = seeds.get(0);
    String b = seeds.get(1);
    SharedPassage prose = find(v, "Reuters could not independently verify the authenticity of the footage");
    assertFalse(prose.quoted(), prose.toString());
    SharedPassage quote = find(v, "They did not write even a short letter to me");
    assertTrue(quote.quoted(), quote.toString());
    for (SharedPassage p : v.passages()) {
      assertEquals(p.text(), a.substring(p.aStart(), p.aEnd()));
      assertEquals(
          WordTokens.of(p.text()).size(), WordTokens.of(b.substring(p.bStart(), p.bEnd())).size());
    }
  }

  @Test
  void noSeedPairIsADuplicateAndAllAreRelated() {
    List<PairVerdict> verdicts = new java.util.ArrayList<>();
    StringBuilder table = new StringBuilder("pair     level       jaccard  contain  prose  quotes  sim    reason\n");
    for (int a = 0; a < seeds.size(); a++) {
      for (int b = a + 1; b < seeds.size(); b++) {
        PairVerdict v = compare(a, b);
        PairScores s = v.scores();
        table.append(String.format(Locale.ROOT, "%03d-%03d  %-11s %.3f    %.3f    %-5d  %-6d  %.3f  %s%n",
            a, b, v.level().label(), s.jaccard(), s.containment(), s.longestProseWords(),
            s.sharedQuotes(), s.similarity(), v.reason()));
        verdicts.add(v);
        v.passages().stream().filter(p -> !p.quoted()).forEach(p -> table.append("    prose: ").append(p.text().replace('\n', ' ')).append('\n'));
      }
    }
    System.out.print(table);
    for (PairVerdict v : verdicts) {
      // Rewrites of one wire story: whole-text overlap stays far below near-duplicate.
      assertTrue(v.scores().jaccard() < 0.1, v.aId() + "-" + v.bId() + " jaccard " + v.scores().jaccard());
      assertTrue(v.level() == Level.REUSE || v.level() == Level.SAME_STORY, v.toString());
    }
  }

  private static SharedPassage find(PairVerdict v, String text) {
    return v.passages().stream()
        .filter(p -> p.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no passage containing \"" + text + "\" in " + v.passages()));
  }
}
