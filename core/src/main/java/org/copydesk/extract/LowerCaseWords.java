package org.copydesk.extract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed table of lower-case ASCII words that the tokenisers hand out instead of making a new String
 * for every token: the frequent words of English news and the words of the extractors' own tables.
 *
 * <p>A shared instance keeps its cached hash code, so the many set and map look-ups an extractor makes
 * per token cost a table probe and an identity comparison. A token that is not in the table, or that
 * has a character outside ASCII, gets {@code null} and the caller makes its String as before: the
 * table only saves work, it never changes a result.
 *
 * <p>NOTE: immutable after construction and safe to share between threads.
 */
final class LowerCaseWords {

  /** The most frequent words of English news copy, lower case (about two thirds of all tokens). */
  static final String FREQUENT = """
      the to of and a in said s for it is on that be was with he by will at from has as mln have
      but its are year dlrs not an would pct this which they i had vs were we been new his also
      up one more company their or about mr last billion after two who there than cts over if u
      all bank first could people government net out m market us can other some when inc time no
      world into now sales you corp t three years told against share shares loss stock so only
      march may made week oil group added what because under make co before while should five
      such debt any them being next january trade she do reuter prices international tax set uk
      foreign expected february profit month just shr interest exchange between price best take
      most very four get six back banks since well president through many down end due like
      april rate number bn our way record per system offer months growth minister off quarter
      part film companies spokesman firm industry public labour game still today high both those
      much issue december business did country music second agreement securities european
      however long economic say total money financial plans her use work used service tonnes
      general home then national good how increase during bbc rose current based day show these
      earlier report board american says going major production state british around go england
      my party pay half economy think dlr news technology official election already london rise
      services chief including japan him united dollar countries won top same rates cut analysts
      common meeting see deal revs chairman want investment sale help even cash according
      statement capital own commission put each win called ltd another games house third further
      where future firms million officials trading budget credit plan blair figures come agreed
      play director term department recent europe need former move china union ago announced
      likely too britain fell buy mobile final lead bill committee unit right early sold
      executive federal tv period old players don cost talks reported until open exports court
      products finance start markets line computer decision p available sources demand making
      place support south data brown action without held re continue development give days life
      information me office france real compared secretary note nine west management must later
      york big far offering whether full less hit include program policy past better law manager
      currently eight brazil prime software change saying despite export took control strong non
      japanese lower users earnings given nations although sell level terms higher operations
      came point states digital team oper following security contract members power loan senior
      previous does annual research local low great seven costs private able central video
      deficit few fall among spending working bond times date result really become asked
      proposed might issues rights within know found several results here stg commercial club
      phone shareholders seen least howard run got using value domestic possible close wales
      average investors e short case systems fund little bid increased series free side agency
      weeks fourth operating return latest yen again radio friday problems every includes
      september lot received payments left lost yet taking ended biggest campaign november
      income june paid french meet o consumer late away ve large loans reuters previously john
      association hard ireland believe look owned ahead conference season amount role treasury d
      legal canada taken anti profits leader key allow media needed gas council online currency
      recently estimated outstanding order important largest led selling sector face prior
      problem michael energy hold main basis stake bonds almost gain assets political personal
      """;

  private final String[] slots;
  /** {@code slots[k].hashCode()}, so that a probe compares characters only when the hashes agree. */
  private final int[] hashes;
  /** Per slot: bit k set when the word is in the k-th table given to {@link #frequentAnd}. */
  private final int[] tags;
  private final int mask;
  /** The bits of the {@link #shape}s of the table's words: a Bloom filter of one hash. */
  private final long[] shapes = new long[SHAPE_BITS / 64];
  private static final int SHAPE_LOG = 14;
  private static final int SHAPE_BITS = 1 << SHAPE_LOG;
  /** The lengths of the shortest and the longest word. */
  private int minLength = Integer.MAX_VALUE;
  private int maxLength;

  /** A table of the given words; words with upper-case or non-ASCII characters are left out. */
  LowerCaseWords(Collection<String> words) {
    this(words, List.of());
  }

  private LowerCaseWords(Collection<String> words, List<? extends Collection<String>> tagged) {
    Set<String> kept = new LinkedHashSet<>();
    for (String w : words) {
      if (!w.isEmpty() && w.chars().allMatch(c -> c < 0x80 && !(c >= 'A' && c <= 'Z'))) {
        kept.add(w);
      }
    }
    int size = Integer.highestOneBit(Math.max(16, kept.size() * 4 - 1)) * 2; // load factor <= 1/2
    slots = new String[size];
    hashes = new int[size];
    tags = new int[size];
    mask = size - 1;
    for (String w : kept) {
      int slot = spread(w.hashCode()) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      // Interned, so that a table word and the same literal in an extractor's set are one instance
      // and the set's equals check stops at identity.
      slots[slot] = w.intern();
      hashes[slot] = w.hashCode();
      for (int k = 0; k < tagged.size(); k++) {
        tags[slot] |= tagged.get(k).contains(w) ? 1 << k : 0;
      }
      int shape = shape(w, 0, w.length());
      shapes[shape >>> 6] |= 1L << shape;
      minLength = Math.min(minLength, w.length());
      maxLength = Math.max(maxLength, w.length());
    }
  }

  /**
   * The words of {@link #FREQUENT} and of the given tables; a word's {@link #tags(int)} has bit k
   * set when it is in {@code tables.get(k)} (at most 32 tables), so that a tokeniser that has found
   * the word knows at once which of an extractor's tables hold it.
   */
  static LowerCaseWords frequentAnd(Collection<? extends Collection<String>> tables) {
    List<? extends Collection<String>> tagged = List.copyOf(tables);
    if (tagged.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most 32 tables, found " + tagged.size());
    }
    Set<String> all = new LinkedHashSet<>(List.of(FREQUENT.strip().split("\\s+")));
    tagged.forEach(all::addAll);
    return new LowerCaseWords(all, tagged);
  }

  /**
   * The shared instance equal to {@code text.substring(start, end).toLowerCase(Locale.ROOT)}, or null
   * when that word is not in the table or the slice has a non-ASCII character.
   */
  String lookup(String text, int start, int end) {
    int slot = find(text, start, end);
    return slot < 0 ? null : slots[slot];
  }

  /**
   * The slot of the word {@code text.substring(start, end).toLowerCase(Locale.ROOT)}, or -1 when that
   * word is not in the table or the slice has a non-ASCII character.
   */
  int find(String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return -1; // Unicode case mapping may change the length: leave it to toLowerCase
      }
      h = 31 * h + toLowerAscii(c); // String.hashCode of the lower-case form
    }
    return findAscii(text, start, end, h);
  }

  /**
   * {@link #find(String, int, int)} for a caller that has already read the slice: it guarantees that
   * every character of it is ASCII and passes {@code lowerHash}, the {@link String#hashCode()} of its
   * lower-case form (each character through {@link #toLowerAscii(char)}).
   */
  int findAscii(String text, int start, int end, int lowerHash) {
    int length = end - start;
    for (int slot = spread(lowerHash) & mask; ; slot = (slot + 1) & mask) {
      String w = slots[slot];
      if (w == null) {
        return -1;
      }
      if (hashes[slot] == lowerHash && w.length() == length && equalsLowerAscii(w, text, start)) {
        return slot;
      }
    }
  }

  /** The shared word of a slot. */
  String word(int slot) {
    return slots[slot];
  }

  /** The tags of a slot's word (see {@link #frequentAnd}). */
  int tags(int slot) {
    return tags[slot];
  }

  /** The slot of a lower-case word, or -1 when it is not in the table. */
  int slotOf(String word) {
    int slot = find(word, 0, word.length());
    return slot >= 0 && slots[slot].equals(word) ? slot : -1;
  }

  /**
   * A quick test before {@link #lookup}: false when no word of the table has the slice's length and
   * first two and last two characters (in lower case), which rules out most words of an article for
   * a small table from four characters.
   *
   * <p>NOTE: a slice whose lower-case form is a table word has that word's length, since outside
   * ASCII only the Kelvin sign has a lower-case form in ASCII (and a curly apostrophe that a caller
   * straightens), one character each; so a slice with one of those four characters outside ASCII
   * is passed on without a test, and the length always counts.
   */
  boolean mayContain(String text, int start, int end) {
    int length = end - start;
    if (length < minLength || length > maxLength) {
      return false;
    }
    int second = start + (length > 1 ? 1 : 0);
    if ((text.charAt(start) | text.charAt(second) | text.charAt(end - 1 - (length > 1 ? 1 : 0))
        | text.charAt(end - 1)) >= 0x80) {
      return true;
    }
    int shape = shape(text, start, end);
    return (shapes[shape >>> 6] & (1L << shape)) != 0;
  }

  /**
   * The filter bit of an ASCII slice: a hash of its length and its first two and last two characters
   * in lower case.
   */
  private static int shape(String s, int start, int end) {
    int length = end - start;
    int inner = length > 1 ? 1 : 0;
    int h = length;
    h = 31 * h + toLowerAscii(s.charAt(start));
    h = 31 * h + toLowerAscii(s.charAt(start + inner));
    h = 31 * h + toLowerAscii(s.charAt(end - 1 - inner));
    h = 31 * h + toLowerAscii(s.charAt(end - 1));
    return (h * 0x9E3779B9) >>> (Integer.SIZE - SHAPE_LOG); // the high bits of a multiplicative hash
  }

  /** Whether a lower-case word is in the table. */
  boolean contains(String word) {
    return slotOf(word) >= 0;
  }

  /** An ASCII character in lower case: {@code A-Z} shifted, everything else as is. */
  static char toLowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean equalsLowerAscii(String word, String text, int start) {
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(start + k);
      if (word.charAt(k) != toLowerAscii(c)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
