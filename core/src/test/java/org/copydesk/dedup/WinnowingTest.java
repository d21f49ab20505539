package org.copydesk.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Winnowing: the selection of the paper, and its guarantee on shared passages. */
class WinnowingTest {

  private static final NearDuplicateDetector DETECTOR = new NearDuplicateDetector(DedupConfig.defaults());

  @ParameterizedTest(name = "{0} / window {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // sequence | window | selected, in order of selection
      "''             | 4 | ''",
      "5 3 9          | 4 | 3",
      "5 3 9 7        | 4 | 3",
      "77 74 42 17 98 50 17 98 8 88 67 39 77 74 42 17 98 | 4 | 17 8 39",
      "1 1 1 1 1 1    | 2 | 1",
      "4 2 2 4 1 3    | 3 | 2 1"})
  void selectsTheRightmostMinimumOfEveryWindowOnce(String sequence, int window, String expected) {
    assertArrayEquals(longs(expected), Winnowing.select(longs(sequence), window));
  }

  @Property(tries = 500)
  void selectsWhatTheWindowByWindowDefinitionSelects(
      @ForAll @Size(max = 60) List<@LongRange(min = -5, max = 5) Long> values, @ForAll @IntRange(min = 1, max = 6) int window) {
    long[] sequence = values.stream().mapToLong(Long::longValue).toArray();
    long[] selected = Winnowing.select(sequence, window);
    assertEquals(Arrays.stream(selected).distinct().count(), selected.length, "distinct");
    assertArrayEquals(byDefinition(sequence, window), Arrays.stream(selected).sorted().toArray());
  }

  @Property(tries = 300)
  void anySharedRunOfEightWordsSharesAPassageKey(
      @ForAll @IntRange(min = 8, max = 20) int shared, @ForAll @IntRange(min = 0, max = 40) int beforeA,
      @ForAll @IntRange(min = 0, max = 40) int beforeB, @ForAll long seed) {
    Random random = new Random(seed);
    // A small vocabulary, so that hashes repeat and windows tie.
    String run = words(random, shared, 30);
    String a = words(random, beforeA, 30) + " " + run + " " + words(random, random.nextInt(30), 30);
    String b = words(random, beforeB, 30) + " " + run + " " + words(random, random.nextInt(30), 30);
    long[] keysA = DETECTOR.indexKeys(a).passageHashes();
    long[] keysB = DETECTOR.indexKeys(b).passageHashes();
    assertTrue(Arrays.stream(keysA).anyMatch(k -> Arrays.stream(keysB).anyMatch(j -> j == k)),
        "no shared key for\n" + a + "\n" + b);
  }

  @Property(tries = 300)
  void indexKeysInOneBufferAreTheKeysOfTheSeparateSteps(@ForAll String text, @ForAll @IntRange(min = 0, max = 60) int words, @ForAll long seed) {
    String withWords = text + " " + words(new Random(seed), words, 20);
    NearDuplicateDetector.IndexKeys keys = DETECTOR.indexKeys(withWords);
    long[] sequence = Shingles.sequence(WordTokens.of(withWords), 5);
    assertArrayEquals(Winnowing.select(sequence, Winnowing.window(8, 5)), keys.passageHashes());
    assertArrayEquals(DETECTOR.fingerprint(new DedupDocument("x", withWords, List.of(), null)).bandKeys(), keys.bandKeys());
  }

  /** Every window's rightmost minimum, as a sorted set: the paper's definition, one window at a time. */
  private static long[] byDefinition(long[] sequence, int window) {
    if (sequence.length == 0) {
      return sequence;
    }
    int windows = Math.max(1, sequence.length - window + 1);
    return IntStream.range(0, windows)
        .mapToLong(start -> Arrays.stream(sequence, start, Math.min(sequence.length, start + window)).min().getAsLong())
        .distinct().sorted().toArray();
  }

  private static String words(Random random, int count, int vocabulary) {
    return IntStream.range(0, count).mapToObj(i -> "w" + random.nextInt(vocabulary)).collect(Collectors.joining(" "));
  }

  private static long[] longs(String spaced) {
    return spaced.isBlank() ? new long[0] : Arrays.stream(spaced.trim().split(" +")).mapToLong(Long::parseLong).toArray();
  }
}
