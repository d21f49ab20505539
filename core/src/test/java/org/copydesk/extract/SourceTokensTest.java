package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTokensTest {

  private static final LowerCaseWords CUES = new LowerCaseWords(List.of("said", "says", "according"));

  /** Tokens of a text, "|" between them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Korea’s KCNA said;Korea’s|KCNA|said",
        "AT&T (T) rose 1.5 pct, U.S. said;AT&T|(|T|)|rose|1.5|pct|,|U.S|.|said",
        "dlr-asset 'quoted' -- ok;dlr-asset|'|quoted|'|-|-|ok",
      })
  void cutsWordsAndMarks(String text, String expected) {
    SourceTokens t = new SourceTokens(text, SourceExtractor.WORDS);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      words.add(t.word(i));
    }
    assertEquals(expected, String.join("|", words));
  }

  /** What a token's flags and look-ups say, against their definitions, on words that test the edges. */
  @ParameterizedTest
  @ValueSource(strings = {
      "said Said SAID Texaco’s KCNA U.S AT&T G7 co-op O'Neil's BANK’S Quickly QUICKLY ly",
      "İstanbul SAİD \u212Aelvin Ünal ÉCOLE ǅemal ß Straße 中国 naïve café Ⅻ ⓐ x\u0301y",
      "the & of \n\n In Officials, “quoted” ‘the’ Spokesman’s 1987 '87 a",
  })
  void answersAsTheirDefinitions(String text) {
    checkAgainstDefinitions(text);
  }

  @Property(tries = 300)
  void answersAsTheirDefinitionsOnAnyText(@ForAll String text) {
    checkAgainstDefinitions(text);
  }

  @Property(tries = 300)
  void answersAsTheirDefinitionsOnNewsLikeText(@ForAll("newsy") String text) {
    checkAgainstDefinitions(text);
  }

  @Provide
  Arbitrary<String> newsy() {
    return Arbitraries.of("Said", "SAID", "said", "the", "The", "&", "’s", "'s", "KCNA", "(", ")", "İ", "\u212A", "ly",
            "Officials", "in", "IN", "of", "é", "\n", "\n\n", ",", "Mr", "Smith")
        .list()
        .ofMaxSize(40)
        .map(words -> String.join("", words));
  }

  private static void checkAgainstDefinitions(String text) {
    SourceTokens t = new SourceTokens(text, SourceExtractor.WORDS, CUES);
    List<Integer> watched = new ArrayList<>();
    for (int c = 0; c < t.watchedCount; c++) {
      watched.add(t.watched[c]);
    }
    for (int i = 0; i < t.size; i++) {
      String word = t.word(i);
      String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      assertEquals(lower, t.lower(i), word);
      assertEquals(lower.hashCode(), t.lowerHash(i), word);
      assertTrue(t.lowerEquals(i, lower), word);
      assertTrue(!t.lowerEquals(i, lower + "s") && !t.lowerEquals(i, "x" + lower), word);
      assertEquals(lower.endsWith("ly"), t.endsWithLy(i), word);
      assertEquals(lower.endsWith("'s"), t.endsWithApostropheS(i), word);
      if (t.isWord(i)) {
        assertEquals(lower.charAt(0), t.lowerFirst(i), word);
      }
      assertEquals(t.isWord(i) && Character.isUpperCase(word.charAt(0)), t.isCapitalised(i), word);
      assertEquals(t.isWord(i) && isAllCaps(word), t.isAllCaps(i), word);
      for (int k = 0; k < SourceExtractor.TABLES.size(); k++) {
        Set<String> table = SourceExtractor.TABLES.get(k);
        assertEquals(table.contains(lower), t.is(i, 1 << k), word + " in table " + k);
      }
      if (t.isWord(i) && CUES.contains(lower)) {
        assertTrue(watched.contains(i), word + " is a cue word but not watched");
      }
      for (int j = 0; j < t.size; j++) {
        assertEquals(lower.equals(t.lower(j)), t.sameLower(i, j), word + " ~ " + t.word(j));
      }
    }
    assertEquals("", t.lower(-1));
    assertEquals("", t.lower(t.size));
    assertTrue(!t.is(-1, -1) && !t.is(t.size, -1));
  }

  /** The definition: two letters or more, none lower case, the first a letter. */
  private static boolean isAllCaps(String word) {
    int letters = 0;
    for (char c : word.toCharArray()) {
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2 && Character.isLetter(word.charAt(0));
  }
}
