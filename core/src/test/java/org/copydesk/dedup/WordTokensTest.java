package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokensTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kim Jong Un pledged a “beautiful life”              | kim jong un pledged a beautiful life",
      "North Korea’s state television                      | north koreas state television",
      "North Korea's state television                      | north koreas state television",
      "About 600 have been killed out of 15,000            | about 600 have been killed out of 15000",
      "1.28 million — a Russia–Ukraine war                 | 1.28 million a russia ukraine war",
      "café Zürich ﬁnal ＡＢＣ                                | cafe zurich final abc",
      "end. 2024, then                                      | end 2024 then",
      "“They did not write,” Kim told                      | they did not write kim told",
      "...!!! ---                                           | ''"})
  void normalisesWords(String text, String expected) {
    WordTokens t = WordTokens.of(text);
    String joined = String.join(" ", IntStream.range(0, t.size()).mapToObj(t::word).toList());
    assertEquals(expected, joined);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Korea’s army|0|7|Korea’s", "said “15,000 troops”|6|12|15,000"})
  void offsetsIndexTheOriginalText(String text, int wordIndex, int ignored, String expected) {
    WordTokens t = WordTokens.of(text);
    int w = wordIndex == 0 ? 0 : 1;
    assertEquals(expected, text.substring(t.start(w), t.end(w)));
  }

  @Property(tries = 300)
  void neverThrowsAndOffsetsAreInRange(@ForAll String text) {
    WordTokens t = WordTokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      assertTrue(0 <= t.start(i) && t.start(i) < t.end(i) && t.end(i) <= text.length());
      assertTrue(i == 0 || t.start(i) >= t.end(i - 1));
      assertTrue(!t.word(i).isEmpty());
    }
    assertArrayEquals(Shingles.set(text, 5), Shingles.set(new String(text), 5));
  }
}
