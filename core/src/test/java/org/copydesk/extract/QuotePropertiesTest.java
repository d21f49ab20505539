package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Any input: never throws, offsets stay in the text; hostile 1 MB inputs take milliseconds. */
class QuotePropertiesTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  @Property(tries = 500)
  void arbitraryUnicodeNeverThrowsAndOffsetsStayInside(@ForAll @StringLength(max = 400) String text) {
    check(text);
  }

  @Property(tries = 500)
  void quoteHeavyTextNeverThrowsAndOffsetsStayInside(
      @ForAll @StringLength(max = 300) @Chars({'“', '”', '"', '‘', '’', '\'', ' ', '\n', ',', '.', 'a', 'K', 'H'})
          @Chars({'s', 'i', 'd', 'e', 'h'}) String text) {
    check(text + " said he, “A,” Kim said, “b.”");
  }

  private static void check(String text) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    int previousEnd = 0;
    for (Quote q : quotes) {
      QuoteExtractorTest.checkOffsets(text, q);
      assertTrue(q.start() >= previousEnd, "overlap: " + quotes);
      previousEnd = q.end();
    }
  }

  @Test
  void hostileMegabyteInputsTakeMilliseconds() {
    int mb = 1 << 20;
    StringBuilder marks = new StringBuilder(mb);
    Random random = new Random(42);
    String alphabet = "“”\"‘’";
    while (marks.length() < mb) {
      marks.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String[] inputs = {
      marks.toString(),
      "7".repeat(mb),
      "said ".repeat(mb / 5),
      "“a ".repeat(mb / 3),
      "‘a ".repeat(mb / 3),
      "Kim said “A,” he said, ".repeat(mb / 24),
      ". ".repeat(mb / 2),
      "Ab Cd Ef said ".repeat(mb / 14),
      "“No,” said Ab's Cd's Ef's ".repeat(mb / 26),
      "“x” ".repeat(mb / 8) + ",".repeat(mb / 2),
      "the legal claims “of” ".repeat(mb / 22),
    };
    // CPU time, not wall time: the build machine is shared. A quadratic path would take minutes.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String input : inputs) {
      long t0 = cpu.getCurrentThreadCpuTime();
      assertTimeout(Duration.ofSeconds(30), () -> EXTRACTOR.extract(input));
      long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
      System.out.println("quotes: 1 MB of " + input.substring(0, 12) + "... in " + ms + " ms cpu");
      assertTrue(ms < 2000, "too slow: " + ms + " ms");
    }
  }
}
