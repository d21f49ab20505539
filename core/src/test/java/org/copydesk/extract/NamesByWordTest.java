package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Name runs by word: which runs hold a word, in text order, and the bound per word. */
class NamesByWordTest {

  private static final WordClasses CLASSES = new WordClasses(List.of(Set.of("said")));
  private static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(List.of(Set.of("said")));

  /** The runs holding the word of token {@code t}, as written. */
  private static List<String> runsOf(QuoteTokens tokens, List<int[]> names, NamesByWord index, int t) {
    List<String> out = new ArrayList<>();
    int entry = index.entry(t);
    for (int i = 0; i < index.count(entry); i++) {
      int[] run = names.get(index.run(entry, i));
      out.add(tokens.text.substring(tokens.starts[run[0]], tokens.wordEnd(run[1])));
    }
    return out;
  }

  @Test
  void findsTheRunsHoldingAWordInTextOrder() {
    String text = "Kim Jong Un said Kim’s aide KIM Kim";
    QuoteTokens tokens = new QuoteTokens(text, CLASSES, WORDS);
    // tokens: Kim0 Jong1 Un2 said3 Kim’s4 aide5 KIM6 Kim7
    List<int[]> names = List.of(new int[] {0, 2}, new int[] {4, 4}, new int[] {6, 6}, new int[] {7, 7});
    NamesByWord index = new NamesByWord(tokens, names, 64);
    assertEquals(List.of("Kim Jong Un", "Kim", "Kim"), runsOf(tokens, names, index, 7));
    assertEquals(List.of("Kim Jong Un"), runsOf(tokens, names, index, 1));
    assertEquals(List.of("KIM"), runsOf(tokens, names, index, 6), "case counts");
    assertEquals(List.of(), runsOf(tokens, names, index, 5), "aide is in no run");
  }

  @Test
  void keepsAtMostTheBoundOfRunsPerWord() {
    String text = "Kim ".repeat(10);
    QuoteTokens tokens = new QuoteTokens(text, CLASSES, WORDS);
    List<int[]> names = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      names.add(new int[] {k, k});
    }
    NamesByWord index = new NamesByWord(tokens, names, 3);
    int entry = index.entry(9);
    assertEquals(3, index.count(entry));
    assertEquals(List.of(0, 1, 2), List.of(index.run(entry, 0), index.run(entry, 1), index.run(entry, 2)));
  }
}
