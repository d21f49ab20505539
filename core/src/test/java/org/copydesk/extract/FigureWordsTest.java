package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The token-keyed tables and number values give what the String tables and parseDouble give. */
class FigureWordsTest {

  /** Every key of the tables, written as news writes it, and words that are no key. */
  private static String sample() {
    List<String> words = new ArrayList<>();
    for (Map<String, ?> table : List.of(NumberWords.CARDINALS, NumberWords.ORDINALS, NumberWords.SCALES,
        NumberWords.CURRENCY_WORDS, NumberWords.DURATIONS, NumberWords.MONTHS)) {
      for (String w : table.keySet()) {
        words.add(w);
        words.add(w.toUpperCase(Locale.ROOT));
        words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    words.addAll(List.of("soldiers", "Reuters", "ninetyx", "tw", "\u212Aelvin", "İstanbul", "café", "Straße"));
    return String.join(" ", words) + " $5 £6 € ¥ 7";
  }

  @Test
  void tablesByTokenAgreeWithTheirStringTables() {
    NumberTokens t = new NumberTokens(sample());
    for (int i = -1; i <= t.size; i++) {
      String lower = i >= 0 && i < t.size && t.type[i] != NumberTokens.NUM ? t.lower(i) : null;
      assertEquals(lower == null ? null : NumberWords.CARDINALS.get(lower), FigureWords.CARDINALS.get(t, i), lower);
      assertEquals(lower == null ? null : NumberWords.ORDINALS.get(lower), FigureWords.ORDINALS.get(t, i), lower);
      assertEquals(lower == null ? null : NumberWords.SCALES.get(lower), FigureWords.SCALES.get(t, i), lower);
      assertEquals(lower == null ? null : NumberWords.CURRENCY_WORDS.get(lower), FigureWords.CURRENCY_WORDS.get(t, i));
      assertEquals(lower == null ? null : NumberWords.DURATIONS.get(lower), FigureWords.DURATIONS.get(t, i), lower);
      assertEquals(lower == null ? null : NumberWords.MONTHS.get(lower), FigureWords.MONTHS.get(t, i), lower);
      assertEquals(lower == null ? null : NumberWords.SYMBOLS.get(lower), FigureWords.SYMBOLS.get(t, i), lower);
      assertEquals(lower != null && NumberWords.STOP.contains(lower), FigureWords.STOP.has(t, i), lower);
    }
  }

  @ParameterizedTest
  @CsvSource({"More,more", "THAN,than", "\u212A,k", "Über,über"})
  void wordsCompareInLowerCase(String written, String lower) {
    NumberTokens t = new NumberTokens(written);
    assertEquals(true, t.is(0, lower));
    assertEquals(lower, t.lower(0));
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(15);
    return Arbitraries.oneOf(digits, digits.map(d -> d.length() < 2 ? d : d.charAt(0) + "." + d.substring(1)),
        digits.map(d -> d.length() < 3 ? d : d.substring(0, d.length() - 2) + "." + d.substring(d.length() - 2)));
  }

  @Property(tries = 2000)
  void numberValuesAreThoseOfParseDouble(@ForAll("numbers") String digits) {
    assertEquals(Double.parseDouble(digits), NumberTokens.value(digits));
  }
}
