package org.copydesk.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case word tables read as classes of a word: bit {@code i} of {@link #of} is set when the
 * word is in table {@code i}. One look-up answers every "is it a cue, a title, a stop word" question
 * the speaker rules ask of a token.
 *
 * <p>The tables' words are also in {@link #known()}, so a token that the shared table does not know
 * (and that is plain ASCII) is in no class, with no String made for it.
 *
 * <p>NOTE: immutable after construction and safe to share between threads.
 */
final class WordClasses {

  private final LowerCaseWords known;
  private final Map<String, Integer> classes = new HashMap<>();

  /** Classes for the given tables, at most 31; bit {@code i} stands for {@code tables.get(i)}. */
  WordClasses(List<Set<String>> tables) {
    if (tables.size() > 31) {
      throw new IllegalArgumentException("tables: at most 31, got " + tables.size());
    }
    known = LowerCaseWords.frequentAnd(tables);
    for (int i = 0; i < tables.size(); i++) {
      for (String w : tables.get(i)) {
        classes.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
  }

  /** The shared lower-case words: the frequent words of news and every word of the tables. */
  LowerCaseWords known() {
    return known;
  }

  /** The classes of a lower-case word, as bits; 0 when it is in no table. */
  int of(String lower) {
    Integer c = classes.get(lower);
    return c == null ? 0 : c;
  }
}
