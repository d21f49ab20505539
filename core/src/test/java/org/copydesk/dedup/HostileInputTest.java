package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Untrusted text: 1 MB of one repeated word, punctuation, digits or quotation marks stays linear. */
class HostileInputTest {

  private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"war ", ".", "“", "\"", "9", "1,", "a’", "\u0301", "e\u0301 "})
  void oneMegabyteOfARepeatedUnitIsComparedWithinSeconds(String unit) {
    String text = unit.repeat(1_000_000 / unit.length());
    String other = "The war. " + text.substring(0, text.length() / 2);
    // Generous bound for a shared 2-core machine; typical runs take tens of milliseconds.
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      PairVerdict v = detector.compare(TestTexts.document("a", text), TestTexts.document("b", other));
      assertTrue(v.passages().size() < 100_000);
    });
  }

  @Property(tries = 200)
  void neverThrowsAndPassageOffsetsAreInRange(@ForAll String a, @ForAll String b) {
    PairVerdict v = detector.compare(
        new DedupDocument("a", a, TestTexts.quoteRanges(a), null),
        new DedupDocument("b", b, List.of(new TextRange(0, b.length())), null));
    for (SharedPassage p : v.passages()) {
      assertTrue(0 <= p.aStart() && p.aStart() <= p.aEnd() && p.aEnd() <= a.length());
      assertTrue(0 <= p.bStart() && p.bStart() <= p.bEnd() && p.bEnd() <= b.length());
      assertTrue(p.text().equals(a.substring(p.aStart(), p.aEnd())));
    }
  }
}
