package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables of text -> tokens, and of words -> classes, for the speaker rules' tokens: the cached and
 * in-place forms must read exactly as {@code String.toLowerCase(Locale.ROOT)} would.
 */
class QuoteTokensTest {

  private static final Set<String> CUES = Set.of("said", "king");
  private static final Set<String> STOP = Set.of("the", "he", "and");
  private static final WordClasses CLASSES = new WordClasses(List.of(CUES, STOP));
  private static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(List.of(CUES, STOP));

  private static QuoteTokens tokens(String text) {
    return new QuoteTokens(text, CLASSES, WORDS);
  }

  private static List<String> written(QuoteTokens t) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.count; k++) {
      out.add(t.text.substring(t.starts[k], t.ends[k]));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Korea’s leader said:|Korea’s leader said :",
        "the U.S. and AT&T|the U.S . and AT&T",
        "Frankfurt-based -- 1.28 pct|Frankfurt-based - - 1.28 pct",
        "“Yes,” he said.|“ Yes , ” he said .",
        "drum 'n' bass|drum ' n ' bass",
      })
  void splitsWordsAndPunctuation(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), written(tokens(text)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Said|said|true|false",
        "SAID|said|true|false",
        "He’s|he|false|true",
        "The's|the|false|true",
        "\u212Aing|king|true|false", // KELVIN SIGN lowers to an ASCII 'k'
        "Saïd|saïd|false|false",
        "saying|saying|false|false",
        "it's|it|false|false",
      })
  void readsWordsInLowerCaseWithoutThePossessive(
      String word, String lower, boolean cue, boolean stop) {
    QuoteTokens t = tokens(word);
    assertEquals(1, t.count, word);
    assertEquals(lower, t.lower(0));
    String stripped = word.substring(0, t.wordEnd(0)).toLowerCase(Locale.ROOT);
    assertEquals(stripped, lower, "as toLowerCase(Locale.ROOT) reads it");
    assertTrue(t.is(0, lower), "in place");
    assertFalse(t.is(0, lower + "x"));
    assertEquals(cue, t.isIn(0, 1), "cue class");
    assertEquals(stop, t.isIn(0, 2), "stop class");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kim|Kim|true",
        "Kim’s|Kim|true",
        "Kim|KIM|false",
        "Kim|Kimi|false",
      })
  void comparesWordsAsWritten(String a, String b, boolean same) {
    QuoteTokens t = tokens(a + " " + b);
    assertEquals(same, t.sameWord(0, 1));
    if (same) {
      assertEquals(t.wordHash(0), t.wordHash(1), "same words share a hash");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "said|1",
        "Said|1",
        "the|2",
        "THE|2",
        "sai|0",
        "saidx|0",
        "İ|0", // lowers to two characters
      })
  void classesOfASliceAreThoseOfItsLowerCaseForm(String word, int classes) {
    assertEquals(classes, CLASSES.of("(" + word + ")", 1, word.length() + 1));
  }
}
