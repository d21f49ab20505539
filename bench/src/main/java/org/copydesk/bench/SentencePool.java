package org.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.SetSimilarity;
import org.copydesk.dedup.Shingles;
import org.copydesk.extract.Sentences;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;

/**
 * The real sentences of the shared data (BBC text files and Reuters-21578 JSON Lines), kept in
 * article order, with each real article's headline and length: the raw material of {@link
 * CorpusGenerator}.
 *
 * <p>Articles are read with copydesk's own {@link Ingest} (decoding, furniture removal); hard-wrapped
 * Reuters lines are joined back into paragraphs before {@link Sentences#split} runs. Fragments that
 * are not prose (tables, tickers, datelines: fewer than five words or no sentence-final mark) are
 * dropped; an article left with fewer than {@value #MIN_WORDS} words of prose is not a story, and an
 * article that repeats an earlier one ({@link Repeats}) is left out too.
 *
 * <p>NOTE: holds every sentence in memory (about 200,000 sentences, some 40 MB of heap), and while
 * loading the shingle sets of the articles read so far (some 30 MB more).
 */
public final class SentencePool {

  /** A paragraph break: a blank line, or a line indented as Reuters starts its paragraphs. */
  private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t]*\\n|\\n(?=[ \\t])");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Fewer words of prose than this and a real article is not a story (a table, a one-line note). */
  static final int MIN_WORDS = 25;

  private final String[] sentences;
  /** articleStart[i] is the first sentence of real article i; one extra entry closes the last. */
  private final int[] articleStart;

  private final String[] titles;

  private final int repeats;

  private SentencePool(List<String> sentences, List<Integer> starts, List<String> titles, int repeats) {
    this.repeats = repeats;
    this.sentences = sentences.toArray(String[]::new);
    this.articleStart = starts.stream().mapToInt(Integer::intValue).toArray();
    this.titles = titles.toArray(String[]::new);
  }

  /**
   * Reads the sentences of every article under the folder ({@code bbc/} and {@code
   * reuters21578.jsonl}, or any files copydesk can ingest), in name order.
   *
   * @throws IOException when the folder is missing or holds no usable sentence
   */
  public static SentencePool load(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IOException("no data folder at " + data + " (expected bbc/ and reuters21578.jsonl)");
    }
    List<Path> roots = new ArrayList<>();
    Path bbc = data.resolve("bbc");
    Path reuters = data.resolve("reuters21578.jsonl");
    if (Files.isDirectory(bbc)) {
      roots.add(bbc);
    }
    if (Files.isRegularFile(reuters)) {
      roots.add(reuters);
    }
    if (roots.isEmpty()) {
      roots.add(data);
    }
    List<String> sentences = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    Repeats repeats = new Repeats();
    int[] left = {0};
    Ingest.withDefaultReaders()
        .read(
            roots,
            null,
            new ArticleSink() {
              @Override
              public void accept(Article article) {
                int before = sentences.size();
                addSentences(article.body(), sentences);
                String prose = String.join(" ", sentences.subList(before, sentences.size()));
                if (words(prose) < MIN_WORDS) {
                  sentences.subList(before, sentences.size()).clear(); // a table or a one-line note
                } else if (repeats.repeatsEarlier(prose)) {
                  sentences.subList(before, sentences.size()).clear();
                  left[0]++;
                } else {
                  starts.add(before);
                  titles.add(cleanTitle(article.title()));
                }
              }

              @Override
              public void warn(String location, String message) {}

              @Override
              public void skip(String location, String message) {}
            });
    if (sentences.isEmpty()) {
      throw new IOException("no usable sentences under " + data);
    }
    starts.add(sentences.size());
    return new SentencePool(sentences, starts, titles, left[0]);
  }

  /**
   * Remembers which real article first had each word 5-shingle, to leave out the articles that
   * repeat an earlier one. The real data holds such repeats (the BBC set's byte-identical stories,
   * Reuters' repeated and corrected stories: the same text with a typo fixed or a sentence added);
   * left in, they would be near-duplicates that no truth file names.
   */
  static final class Repeats {
    /** Shared shingles over the smaller shingle set at or above which an article repeats another. */
    static final double OVERLAP = 0.3;

    private final LongIntTable firstOwner = new LongIntTable();
    private final List<long[]> kept = new ArrayList<>();

    /**
     * Whether the text repeats an earlier text kept here: at least {@link #OVERLAP} of the smaller
     * one's shingles are shared. The candidates are the texts that first had one of its shingles;
     * each is compared exactly. A text that repeats none is kept and remembered.
     */
    boolean repeatsEarlier(String text) {
      long[] shingles = Shingles.set(text, DedupConfig.defaults().shingleSize());
      Set<Integer> candidates = new HashSet<>();
      for (long h : shingles) {
        int owner = firstOwner.get(h);
        if (owner >= 0) {
          candidates.add(owner);
        }
      }
      for (int c : candidates) {
        long[] other = kept.get(c);
        if (SetSimilarity.intersection(shingles, other) >= OVERLAP * Math.min(shingles.length, other.length)) {
          return true;
        }
      }
      int id = kept.size();
      kept.add(shingles);
      for (long h : shingles) {
        firstOwner.putIfAbsent(h, id);
      }
      return false;
    }
  }

  private static void addSentences(String body, List<String> out) {
    for (String paragraph : PARAGRAPH.split(body)) {
      String joined = SPACES.matcher(paragraph).replaceAll(" ").strip();
      for (Sentences.Span span : Sentences.split(joined)) {
        String s = span.of(joined);
        if (isProse(s)) {
          out.add(s);
        }
      }
    }
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /** Whether the fragment reads as a sentence of prose: five words or more, ends like a sentence. */
  static boolean isProse(String s) {
    if (s.length() < 25 || s.length() > 600) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (".!?\"'\u201d\u2019)".indexOf(last) < 0) {
      return false;
    }
    int words = 1;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        words++;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      }
    }
    return words >= 5 && lower;
  }

  /** Reuters headlines are upper case: give them title case so that generated titles look alike. */
  private static String cleanTitle(String title) {
    String t = SPACES.matcher(title).replaceAll(" ").strip();
    if (t.isEmpty() || !t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length());
    boolean start = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  /** How many sentences the pool holds. */
  public int size() {
    return sentences.length;
  }

  /** How many real articles were left out because they repeat an earlier one. */
  public int repeats() {
    return repeats;
  }

  /** How many real articles contributed sentences. */
  public int articles() {
    return titles.length;
  }

  /** The sentence at the index, in article order. */
  public String sentence(int index) {
    return sentences[index];
  }

  /** The index of the first sentence of real article {@code article}. */
  public int start(int article) {
    return articleStart[article];
  }

  /** How many sentences real article {@code article} kept. */
  public int length(int article) {
    return articleStart[article + 1] - articleStart[article];
  }

  /** The headline of real article {@code article} (possibly empty). */
  public String title(int article) {
    return titles[article];
  }
}
