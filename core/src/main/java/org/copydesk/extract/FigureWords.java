package org.copydesk.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure scanner's word tables, asked by token instead of by String: "is token k a cardinal, and
 * which?" costs a bit test on the token's hash and, for the few tokens that pass, an array read.
 *
 * <p>Every word and mark that some table holds has a small int id (its place in the vocabulary). A
 * {@link Table} keeps its values by id, plus a 4096-bit filter of its keys' hashes: a token whose hash
 * bit is clear is no key, which is the answer for most tokens, found without reading the text. Only a
 * token that passes the filter needs its id, which {@link NumberTokens#id} finds once (a probe of the
 * vocabulary's hash table, comparing the chars in place) and keeps.
 *
 * <p>The tables' contents are those of {@link NumberWords} and {@link FigureEvents}; this class only
 * indexes them. A table with a key missing from the vocabulary fails when the class loads.
 *
 * <p>NOTE: immutable after class initialisation and safe to share between threads.
 */
final class FigureWords {

  private FigureWords() {}

  /** Every word and mark a table holds, lower case, by id. */
  private static final String[] VOCABULARY = vocabulary();

  /** The id of each word of the vocabulary. */
  private static final Map<String, Integer> ID_OF = idOf();

  /**
   * The vocabulary as an open-addressing hash table on {@link String#hashCode}: each slot holds a
   * word's hash, its chars and its id; an empty slot ends a probe.
   */
  private static final int SLOTS = Integer.highestOneBit(VOCABULARY.length * 4 - 1) * 2; // load <= 1/4
  private static final int[] SLOT_HASH = new int[SLOTS];
  private static final char[][] SLOT_WORD = new char[SLOTS][];
  private static final int[] SLOT_ID = new int[SLOTS];

  static {
    for (int id = 0; id < VOCABULARY.length; id++) {
      int h = VOCABULARY[id].hashCode();
      int slot = spread(h) & (SLOTS - 1);
      while (SLOT_WORD[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      SLOT_HASH[slot] = h;
      SLOT_WORD[slot] = VOCABULARY[id].toCharArray();
      SLOT_ID[slot] = id;
    }
  }

  /** One word table by token: the value of a token whose lower-case form is a key, else null. */
  static final class Table<V> {

    private final Object[] byId = new Object[VOCABULARY.length];
    /** Bit {@code spread(hash) & 4095} is set for the hash of every key. */
    private final long[] filter = new long[64];

    private Table(Map<String, V> entries) {
      entries.forEach((word, value) -> {
        Integer id = ID_OF.get(word);
        if (id == null) {
          throw new IllegalStateException("FigureWords.VOCABULARY lacks \"" + word + "\"");
        }
        byId[id] = value;
        int bit = spread(word.hashCode());
        filter[(bit >>> 6) & 63] |= 1L << bit;
      });
    }

    /** The value of token i of t, or null (also for numbers and out-of-range indices). */
    @SuppressWarnings("unchecked")
    V get(NumberTokens t, int i) {
      int bit = spread(t.hash(i));
      if ((filter[(bit >>> 6) & 63] & (1L << bit)) == 0) {
        return null; // no key has this hash
      }
      int id = t.id(i);
      return id < 0 ? null : (V) byId[id];
    }

    /** Whether token i of t is a key. */
    boolean has(NumberTokens t, int i) {
      return get(t, i) != null;
    }
  }

  static final Table<Integer> CARDINALS = table(NumberWords.CARDINALS);
  static final Table<Integer> ORDINALS = table(NumberWords.ORDINALS);
  static final Table<Double> SCALES = table(NumberWords.SCALES);
  static final Table<Double> VAGUE_PLURALS = table(NumberWords.VAGUE_PLURALS);
  static final Table<String> SYMBOLS = table(NumberWords.SYMBOLS);
  static final Table<String> DOLLAR_PREFIXES = table(NumberWords.DOLLAR_PREFIXES);
  static final Table<Boolean> CODES = set(NumberWords.CODES);
  static final Table<String> CURRENCY_WORDS = table(NumberWords.CURRENCY_WORDS);
  static final Table<String> CENT_WORDS = table(NumberWords.CENT_WORDS);
  static final Table<String> DURATIONS = table(NumberWords.DURATIONS);
  static final Table<Integer> MONTHS = table(NumberWords.MONTHS);
  static final Table<Boolean> MONTH_RELATIVES = set(NumberWords.MONTH_RELATIVES);
  static final Table<Boolean> BEFORE_YEAR = set(NumberWords.BEFORE_YEAR);
  static final Table<Boolean> STOP = set(NumberWords.STOP);
  static final Table<Boolean> AUX = set(NumberWords.AUX);
  static final Table<Boolean> CHANGE_VERBS = set(NumberWords.CHANGE_VERBS);
  static final Table<Boolean> TIME_ZONES = set(NumberWords.TIME_ZONES);
  /** First words of the event wordings of {@link FigureEvents}. */
  static final Table<Boolean> EVENT_OPENERS = set(FigureEvents.firstWords());

  /** A table by token of the given entries, whose keys must all be words or marks of the vocabulary. */
  static <V> Table<V> table(Map<String, V> entries) {
    return new Table<>(entries);
  }

  private static Table<Boolean> set(Collection<String> words) {
    Map<String, Boolean> entries = new HashMap<>();
    words.forEach(w -> entries.put(w, Boolean.TRUE));
    return new Table<>(entries);
  }

  /**
   * The id of the word cs[s, e), plain ASCII letters, whose lower-case form has the String hash h; -1
   * when no table holds it.
   */
  static int id(char[] cs, int s, int e, int h) {
    for (int slot = spread(h) & (SLOTS - 1); SLOT_WORD[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      if (SLOT_HASH[slot] == h && equalsLowerAscii(SLOT_WORD[slot], cs, s, e)) {
        return SLOT_ID[slot];
      }
    }
    return -1;
  }

  /** The id of a lower-case word or mark, or -1 when no table holds it. */
  static int id(String lower) {
    int h = lower.hashCode();
    for (int slot = spread(h) & (SLOTS - 1); SLOT_WORD[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      if (SLOT_HASH[slot] == h && lower.equals(VOCABULARY[SLOT_ID[slot]])) {
        return SLOT_ID[slot];
      }
    }
    return -1;
  }

  /** The lower-case word or mark of an id. */
  static String word(int id) {
    return VOCABULARY[id];
  }

  private static boolean equalsLowerAscii(char[] word, char[] cs, int s, int e) {
    if (word.length != e - s) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (word[k] != (cs[s + k] | 0x20)) { // letters only: | 0x20 lower-cases A..Z and keeps a..z
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static String[] vocabulary() {
    Set<String> words = new LinkedHashSet<>();
    List.of(NumberWords.CARDINALS.keySet(), NumberWords.ORDINALS.keySet(), NumberWords.SCALES.keySet(),
        NumberWords.VAGUE_PLURALS.keySet(), NumberWords.SYMBOLS.keySet(), NumberWords.DOLLAR_PREFIXES.keySet(),
        NumberWords.CODES, NumberWords.CURRENCY_WORDS.keySet(), NumberWords.CENT_WORDS.keySet(),
        NumberWords.DURATIONS.keySet(), NumberWords.MONTHS.keySet(), NumberWords.MONTH_RELATIVES,
        NumberWords.BEFORE_YEAR, NumberWords.STOP, NumberWords.AUX, NumberWords.CHANGE_VERBS,
        NumberWords.TIME_ZONES, NumberWords.AMOUNT_OPENERS, FigureEvents.firstWords())
        .forEach(words::addAll);
    for (String[] qualifier : NumberWords.QUALIFIER_WORDS) {
      words.addAll(List.of(qualifier));
    }
    words.add("number"); // opens a rank: "world number three"
    return words.toArray(new String[0]);
  }

  private static Map<String, Integer> idOf() {
    Map<String, Integer> ids = new HashMap<>();
    for (int id = 0; id < VOCABULARY.length; id++) {
      ids.put(VOCABULARY[id], id);
    }
    return ids;
  }
}
