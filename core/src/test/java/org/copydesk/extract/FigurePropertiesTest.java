package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The extractor never throws, keeps its offsets in range and stays linear on hostile input. */
class FigurePropertiesTest {

  private final FigureExtractor extractor = new FigureExtractor();

  @Property(tries = 500)
  void anyUnicodeIsSafe(@ForAll String text) {
    check(text);
  }

  @Property(tries = 500)
  void numberyTextIsSafe(@ForAll("numbery") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> numbery() {
    // Fragments the scanner cares about, glued at random: digits, separators, qualifiers, units.
    return Arbitraries.of(
            "1", "0", "9", ",", ".", "/", "-", "–", " ", "\n", "$", "£", "%", "US", "more than ", "about ",
            "between ", " and ", " to ", "from ", "million", "bn", "m", "mln", " dlrs", "Danish ", "crowns",
            "per cent", "pct", "-year-old", " years", "a few ", "hundred", "tens of thousands", "thousands",
            "twenty", "-", "first", "third", "1987", "2024", "August ", "last ", "0730", "GMT", ":", "st",
            "killed", "troops", "of", "World War ", "Two", "G", "7")
        .list()
        .ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  private void check(String text) {
    List<Figure> figures = extractor.extract(text);
    int previousEnd = 0;
    for (Figure f : figures) {
      assertTrue(f.start() >= previousEnd && f.end() <= text.length(), f + " in " + text.length());
      assertEquals(f.text(), text.substring(f.start(), f.end()));
      previousEnd = f.end();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1,", "1.", "more than ", "1/", "$1bn ", "a few ", "tens of ", "x", "1st ",
      "August ", "from 1 to ", "between 1 and ", "9-"})
  void megabyteOfRepetitionTakesMilliseconds(String unit) {
    String text = unit.repeat(1_000_000 / unit.length());
    extractor.extract(text.substring(0, 1000)); // warm up
    // CPU time of this thread, so that a busy shared machine does not fail the test; a quadratic
    // scan would take hours here; half a million figures cost well under a second of CPU.
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    extractor.extract(text);
    long ms = (bean.getCurrentThreadCpuTime() - t0) / 1_000_000;
    System.out.println("'" + unit + "' x 1 MB: " + ms + " ms CPU");
    assertTrue(ms < 3_000, "'" + unit + "' x 1 MB took " + ms + " ms CPU");
  }
}
