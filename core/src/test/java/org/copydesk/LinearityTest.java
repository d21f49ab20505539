package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Sentences;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.Furniture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every parser of article text stays linear on adversarial input: growing the input 8 times must
 * not grow the CPU time much more than 8 times (a quadratic scan would take 64 times as long).
 *
 * <p>NOTE: this bounds a ratio of CPU times measured in one run, not an absolute time, so that a
 * loaded machine does not make it flaky; each size is measured as the best of three runs, and a
 * ratio over the bound is measured again up to twice, the lowest counting: a quadratic scan is over
 * it every time, a collection or a noisy neighbour only now and then.
 */
class LinearityTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
  private static final NearDuplicateDetector FINGERPRINTS = new NearDuplicateDetector(DedupConfig.defaults());

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    return sb.toString();
  }

  static long cpu(Consumer<String> parser, String input) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      parser.accept(input);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return Math.max(best, 1_000_000); // below a millisecond the ratio is noise
  }

  static Consumer<String> parser(String name) {
    return switch (name) {
      case "extract" -> text -> EXTRACTOR.extract(Article.of("x", "", text));
      case "fingerprint" -> FINGERPRINTS::indexKeys;
      case "compare" -> text -> FINGERPRINTS.compare(
          new org.copydesk.dedup.DedupDocument("a", text, java.util.List.of(), null),
          new org.copydesk.dedup.DedupDocument("b", text.substring(text.length() / 3), java.util.List.of(), null));
      case "sentences" -> Sentences::split;
      case "furniture" -> text -> Furniture.clean(text, null);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "extract|“",
        "extract|\"",
        "extract|“a ",
        "extract|1",
        "extract|1,",
        "extract|1.",
        "extract|more than ",
        "extract|according to ",
        "extract|Analysts said, ",
        "extract|The A B C D E F (G) ",
        "extract|he said, “I ",
        "extract|a.",
        "fingerprint|word ",
        "fingerprint|“, ",
        "compare|the same words again and ",
        "compare|Kim said “they did not write” and ",
        "sentences|a.",
        "sentences|Mr. ",
        "furniture|Read Also: \n",
      })
  void growsLinearly(String name, String unit) {
    Consumer<String> parser = parser(name);
    String small = repeat(unit.replace("\\n", "\n"), 128 * 1024);
    String large = repeat(unit.replace("\\n", "\n"), 1024 * 1024);
    parser.accept(small); // warm up
    double ratio = Double.MAX_VALUE;
    long t8 = 0;
    for (int attempt = 0; attempt < 3 && ratio >= 24; attempt++) {
      long t1 = cpu(parser, small);
      t8 = cpu(parser, large);
      ratio = Math.min(ratio, (double) t8 / t1);
    }
    System.out.printf("linearity %s on %s: %.1fx%n", name, unit, ratio);
    assertTrue(ratio < 24, String.format("%s on %s: 8x the input took %.1fx the CPU time (%.0f ms)", name, unit, ratio, t8 / 1e6));
  }
}
