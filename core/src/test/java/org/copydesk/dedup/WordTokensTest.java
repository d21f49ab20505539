package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property(tries = 1000)
  void matchesTheReferenceTokeniserOnAnyText(@ForAll String text) {
    assertSameAsReference(text);
  }

  @Property(tries = 3000)
  void matchesTheReferenceTokeniserOnTrickyText(@ForAll("tricky") String text) {
    assertSameAsReference(text);
  }

  @org.junit.jupiter.api.Test
  void matchesTheReferenceTokeniserOnTheSeeds() {
    for (String seed : TestTexts.seeds()) {
      assertSameAsReference(seed);
    }
  }

  /** Texts made of the chars the tokeniser treats specially, so that every rule meets every other. */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.of("a", "Z", "7", "0", " ", "'", "\u2019", "\u02bc", ",", ".", "-", "\u00e9", "e\u0301",
            "\u0301", "\ufb01", "\uff21", "\u0663", "\ud835\udc00", "\ud83d\ude00", "\ud835", "\udc00",
            "\u00df", "\u0130", "\u4e2d", "\u0416", "\u00bd", "\u2160", "\u20dd", "\u0903")
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  private static void assertSameAsReference(String text) {
    WordTokens fast = WordTokens.of(text);
    ReferenceWordTokens reference = ReferenceWordTokens.of(text);
    assertEquals(reference.size(), fast.size(), text);
    for (int i = 0; i < fast.size(); i++) {
      assertEquals(reference.word(i), fast.word(i), text);
      assertEquals(reference.start(i), fast.start(i), text);
      assertEquals(reference.end(i), fast.end(i), text);
    }
    assertArrayEquals(reference.hashes(), fast.hashes(), text);
    assertArrayEquals(reference.hashes(), WordTokens.hashesOf(text), text);
  }
}
