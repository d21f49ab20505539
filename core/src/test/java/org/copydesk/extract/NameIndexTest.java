package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  private static final String TEXT = "Texaco said. TEXACO Inc and Texaco rose; texaco fell. Mr Smith met Smith.";

  @Test
  void findsEachSpellingWithItsPlaces() {
    SourceTokens t = new SourceTokens(TEXT, SourceExtractor.WORDS);
    NameIndex x = new NameIndex(t);
    assertEquals(List.of("Texaco@0", "Texaco@6"), places(t, x, x.slotOf(0)));
    assertEquals(List.of("TEXACO@3"), places(t, x, x.slotOf("TEXACO")));
    assertEquals(List.of("Smith@13", "Smith@15"), places(t, x, x.slotOf("Smith")));
    assertEquals(-1, x.slotOf("texaco")); // not capitalised, so not indexed
    assertEquals(-1, x.slotOf("Exxon"));
  }

  @Test
  void findsEverySpellingOfALowerCaseForm() {
    SourceTokens t = new SourceTokens(TEXT, SourceExtractor.WORDS);
    NameIndex x = new NameIndex(t);
    assertEquals(Set.of("Texaco", "TEXACO"), spellingsOf(t, x, "texaco"));
    assertEquals(Set.of(), spellingsOf(t, x, "exxon"));
  }

  /** On any text: the places of a spelling are the capitalised tokens spelt so, in text order. */
  @Property(tries = 300)
  void placesAreTheTokensOfTheSpelling(@ForAll("names") String text) {
    SourceTokens t = new SourceTokens(text, SourceExtractor.WORDS);
    NameIndex x = new NameIndex(t);
    for (int i = 0; i < t.size; i++) {
      if (!t.isCapitalised(i)) {
        continue;
      }
      List<String> expected = new ArrayList<>();
      Set<String> spellings = new TreeSet<>();
      for (int j = 0; j < t.size; j++) {
        if (t.isCapitalised(j) && t.word(j).equals(t.word(i))) {
          expected.add(t.word(j) + "@" + j);
        }
        if (t.isCapitalised(j) && t.lower(j).equals(t.lower(i))) {
          spellings.add(t.word(j));
        }
      }
      assertEquals(expected, places(t, x, x.slotOf(i)));
      assertEquals(expected, places(t, x, x.slotOf(t.word(i))));
      assertEquals(spellings, new TreeSet<>(spellingsOf(t, x, t.lower(i))));
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Texaco", "TEXACO", "TeXaco", "texaco", "Smith", "SMITH", "İpek", "İPEK", "\u212Aodak", "Kodak",
            "Korea’s", "Korea's", " ", ". ", "\n\n")
        .list()
        .ofMaxSize(120) // enough spellings to make the index grow
        .map(words -> String.join(" ", words));
  }

  private static List<String> places(SourceTokens t, NameIndex x, int slot) {
    List<String> out = new ArrayList<>();
    for (int p = x.first(slot); p >= 0; p = x.next(p)) {
      out.add(t.word(p) + "@" + p);
    }
    return out;
  }

  private static Set<String> spellingsOf(SourceTokens t, NameIndex x, String lower) {
    Set<String> out = new java.util.HashSet<>();
    for (int slot = x.firstOfLower(lower); slot >= 0; slot = x.nextOfLower(slot, lower)) {
      out.add(t.word(x.first(slot)));
    }
    return out;
  }
}
