package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SourceAliasesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Korean Central News Agency|KCNA",
        "the KCNA state news agency|KCNA",
        "KCNA|KCNA",
        "South Korea’s National Intelligence Service|South Korea National Intelligence Service",
        "South Korea's intelligence agency|South Korea National Intelligence Service",
        "South Korean intelligence|South Korea National Intelligence Service",
        "Seoul intelligence|South Korea National Intelligence Service",
        "Western intelligence sources|Western intelligence",
        "Reuters news agency|Reuters",
        "Agence France-Presse|AFP",
        "Tass|TASS",
        "the   Associated  Press|AP",
        "Pyongyang|North Korea",
        "an unknown  body|unknown body",
      })
  void foldsNamesToCanonical(String name, String canonical) {
    assertEquals(canonical, SourceAliases.defaults().canonical(name));
  }

  /** The one-pass key of an ASCII name is the key by definition; other names take the definition. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The  KCNA",
        "the\tAgency ",
        "  an   Acme   Widgets  ",
        "a b",
        "the",
        "The ",
        "Korea’s ‘quoted’ agency",
        "İstanbul police",
        "ÉCOLE normale",
        "the\u2028x",
        "THE ASSOCIATED PRESS",
      })
  void keyIsTheGeneralKey(String name) {
    String n = name.replace("\\t", "\t").replace("\\u2028", "\u2028");
    assertEquals(SourceAliases.generalKey(n), SourceAliases.key(n));
  }

  @net.jqwik.api.Property(tries = 500)
  void keyIsTheGeneralKeyOfAnyName(@net.jqwik.api.ForAll String name) {
    assertEquals(SourceAliases.generalKey(name), SourceAliases.key(name));
  }

  @Test
  void typesComeFromTheTable() {
    assertEquals("intelligence", SourceAliases.defaults().type("South Korean intelligence"));
    assertEquals("agency", SourceAliases.defaults().type("Yonhap"));
    assertNull(SourceAliases.defaults().type("Acme Widgets"));
  }

  @Test
  void usersAddRowsFromTsv() throws IOException {
    SourceAliases a = SourceAliases.empty().withTsv(new StringReader("# mine\nAcme Widgets Inc\tAcme\torganisation\n"), "mine.tsv");
    assertEquals("Acme", a.canonical("Acme Widgets Inc"));
    assertEquals("Acme", a.canonical("acme"));
  }

  @Test
  void badRowsNameTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SourceAliases.empty().withTsv(new StringReader("ok\tOK\tagency\nbad row\n"), "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SourceAliases.empty().with("x", "y", "alien"));
  }
}
