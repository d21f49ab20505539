package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Leave a Reply|true",
        "Your email address will not be published. Required fields are marked *|true",
        "Read Also: Ex-Ukraine Speaker Andriy Parubiy Shot Dead In Lviv|true",
        "Watch now: Kim Jong Un Vows “Beautiful Life” for Families of Troops ‘Martyred’ … · YouTube|true",
        "End of Article|true",
        "Advertisement|true",
        "Reuters could not independently verify the authenticity of the footage.|false",
        "Read the full report, which was published on Monday, before you judge the findings of the inquiry, said the committee chairman in a long statement to reporters outside parliament on Monday evening.|false",
        "Watching the parade were thousands of people.|false",
      })
  void recognisesFurnitureLines(String line, boolean furniture) {
    assertEquals(furniture, Furniture.isFurniture(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Africa Today News, New York|null|Africa Today News",
        "REUTER|Reuters|Reuters",
        "Reuter|Reuters|Reuters",
        "REUTER|null|null",
        "Seoul has suggested that at least 600 soldiers died.|null|null",
        "He said, adding nothing|null|null",
        "Paris, Texas and Rome, Italy|null|null",
      })
  void readsSignatureLines(String line, String outlet, String expected) {
    assertEquals(expected, Furniture.signature(line, outlet));
  }

  @org.junit.jupiter.api.Test
  void cleanKeepsStoryAndTakesOutletFromSignature() {
    String body = "First paragraph.\n\nRead Also: Something else\n\nSecond paragraph.\n\nAfrica Today News, New York\n";
    Furniture.Cleaned cleaned = Furniture.clean(body, null);
    assertEquals("First paragraph.\n\n\nSecond paragraph.", cleaned.body());
    assertEquals("Africa Today News", cleaned.signatureOutlet());
    assertNull(Furniture.clean("Just a story.", null).signatureOutlet());
  }
}
