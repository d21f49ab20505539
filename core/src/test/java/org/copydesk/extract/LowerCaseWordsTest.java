package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LowerCaseWordsTest {

  private static final List<Set<String>> TABLES = List.of(Set.of("said", "says", "acknowledged"), Set.of("the", "&"));
  private static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(TABLES);

  /** A slice finds the table's word for its lower case; outside ASCII, and for other words, nothing. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "said|said",
        "SAID|said",
        "Said|said",
        "the|the",
        "THE|the",
        "&|&",
        "people|people", // a frequent word of news copy
        "sayings|-",
        "SAİD|-",
        "\u212Aey|-",
        "Korea’s|-",
      })
  void looksUpTheLowerCaseOfASlice(String slice, String expected) {
    String text = "x " + slice + " y";
    assertEquals(expected, WORDS.lookup(text, 2, 2 + slice.length()));
  }

  /** Bit k of a word's tags says that table k holds it. */
  @ParameterizedTest
  @CsvSource({"said,1", "acknowledged,1", "the,2", "&,2", "people,0"})
  void tagsSayWhichTablesHoldAWord(String word, int tags) {
    assertEquals(tags, WORDS.tags(WORDS.slotOf(word)));
  }

  @Test
  void aWordNotInTheTableHasNoSlot() {
    assertEquals(-1, WORDS.slotOf("zebra"));
    assertEquals(-1, WORDS.slotOf("SAID")); // a slot is for the lower-case word itself
  }

  @Test
  void atMost32TablesAreTagged() {
    assertThrows(IllegalArgumentException.class,
        () -> LowerCaseWords.frequentAnd(Collections.nCopies(33, Set.of("x"))));
  }

  /** The shape test never rules out a slice that spells a word of the table, whatever its case. */
  @Property(tries = 500)
  void mayContainNeverRulesOutATableWord(@ForAll("spellings") String spelling) {
    String text = "(" + spelling + ")";
    assertTrue(WORDS.mayContain(text, 1, 1 + spelling.length()), spelling);
  }

  @Provide
  Arbitrary<String> spellings() {
    Arbitrary<String> word = Arbitraries.of("said", "says", "acknowledged", "the", "&", "people", "a", "s");
    return Combinators.combine(word, Arbitraries.longs()).as(LowerCaseWordsTest::recase);
  }

  /** The word with each letter upper-cased or not by the bits of {@code mask}. */
  private static String recase(String word, long mask) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < word.length(); k++) {
      String c = word.substring(k, k + 1);
      b.append((mask >>> k & 1) != 0 ? c.toUpperCase(Locale.ROOT) : c);
    }
    return b.toString();
  }

  @Test
  void mayContainRulesOutWordsOfOtherShapes() {
    LowerCaseWords cues = new LowerCaseWords(List.of("said", "according"));
    assertTrue(cues.mayContain("Said", 0, 4));
    assertTrue(!cues.mayContain("sold", 0, 4) && !cues.mayContain("a", 0, 1) && !cues.mayContain("accordingly", 0, 11));
  }
}
