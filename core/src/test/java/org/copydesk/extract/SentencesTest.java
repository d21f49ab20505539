package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mr. Smith said so. Then he left.|Mr. Smith said so.|Then he left.",
        "It rose 1.28 million. Prices fell.|It rose 1.28 million.|Prices fell.",
        "“It is over,” he said. Then silence.|“It is over,” he said.|Then silence.",
        "“Go home.” She did.|“Go home.”|She did.",
        "The U.S. Army moved. It won.|The U.S. Army moved.|It won.",
        "J. Smith arrived late. Nobody cared.|J. Smith arrived late.|Nobody cared."
      })
  void splitsSentences(String text, String first, String second) {
    List<String> got = Sentences.split(text).stream().map(s -> s.of(text)).toList();
    assertEquals(List.of(first, second), got);
  }

  @ParameterizedTest
  @CsvSource({"'Headline\nBody one. Body two.', 3", "'a\r\n\r\nb', 2", "'', 0", "'   ', 0"})
  void everyLineIsItsOwnSentence(String text, int count) {
    assertEquals(count, Sentences.split(text).size());
  }
}
