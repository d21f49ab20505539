package org.copydesk.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.SetSimilarity;
import org.copydesk.dedup.Shingles;

/**
 * Makes a synthetic news corpus from real sentences, with planted families of copies and rewrites
 * at known edit levels, and a truth file naming every planted pair.
 *
 * <p>Each original is one whole real article's sentences, so that stories read like news and
 * lengths follow the real articles' distribution exactly; a cursor walks the real articles in a
 * shuffled order, reshuffling after each pass (epoch). The first pass (about 19,000 articles with
 * the shared data) uses the real text verbatim; later passes "respin" it, replacing a quarter of
 * the words with words drawn from the pool (so by their real frequencies) and re-rolling digits, so
 * that articles of different epochs do not share sentences verbatim and stay unrelated by
 * construction. About 50 outlets have Zipf-skewed sizes; dates spread over one year. A share of
 * originals start a family of 1-4 copies, each at one {@link Level}:
 *
 * <ul>
 *   <li>{@code duplicate}: the same story, with page furniture added ("Advertisement", "Read more:",
 *       a signature line); edit rate 0;
 *   <li>{@code near-duplicate}: a copy-desk edit of 3-15% of the words (sentences dropped or
 *       added, phrases reworded), with 5-shingle Jaccard >= 0.5 to the original by construction;
 *   <li>{@code reuse}: a different story that keeps 2-4 of the original's sentences verbatim (and
 *       stays below Jaccard 0.5);
 *   <li>{@code unrelated}: a pair of originals sharing no sentence (negatives, one per family).
 * </ul>
 *
 * <p>Output is copydesk's JSON Lines input ({@code id, title, text, outlet, published, author}); the
 * truth file has one {@code {"a","b","level","edit_rate","shared_sentences","jaccard","family"}} per pair,
 * {@code a} being the original. Deterministic for a given pool and seed; streams, holding only the
 * pool and the current family.
 */
public final class CorpusGenerator {

  /** How far a planted pair's second article is from its first. */
  public enum Level {
    DUPLICATE("duplicate"),
    NEAR_DUPLICATE("near-duplicate"),
    REUSE("reuse"),
    UNRELATED("unrelated");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** The name written in the truth file. */
    public String label() {
      return label;
    }
  }

  /**
   * What to generate.
   *
   * @param articles how many articles in all, copies included (at least 1)
   * @param seed the random seed: the same seed and pool give the same corpus, byte for byte
   * @param familyShare the share of originals that start a family of copies, in [0, 1]
   * @param year the year the publication dates spread over
   */
  public record Options(long articles, long seed, double familyShare, int year) {
    public Options {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be >= 1, got " + articles);
      }
      if (!(familyShare >= 0 && familyShare <= 1)) {
        throw new IllegalArgumentException("familyShare must be in [0, 1], got " + familyShare);
      }
    }

    /** N articles, seed 42, 10% of originals with copies, dates in 2024. */
    public static Options of(long articles) {
      return new Options(articles, 42, 0.10, 2024);
    }

    /** These options with another seed. */
    public Options withSeed(long newSeed) {
      return new Options(articles, newSeed, familyShare, year);
    }
  }

  /**
   * What was written.
   *
   * @param articles articles written
   * @param bytes size of the corpus file in bytes
   * @param pairs planted pairs per level
   * @param seconds wall time taken
   */
  public record Summary(long articles, long bytes, Map<Level, Long> pairs, double seconds) {}

  /** The outlets, biggest first; sizes follow a Zipf law over this order. */
  static final List<String> OUTLETS =
      List.of(
          "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "The Daily Ledger",
          "Morning Courier", "The Evening Standard-Post", "Capital Tribune", "Northern Herald",
          "Coastal Times", "The Metro Gazette", "Westbrook Chronicle", "Harbor City Journal",
          "National Observer", "The Plains Record", "Riverside Sentinel", "Continental Wire",
          "Global Business Daily", "The Market Monitor", "Lakeshore News", "Summit Press",
          "The Valley Voice", "Eastern Examiner", "Pacific Dispatch", "Highland Mercury",
          "Union Star", "The Civic Register", "Frontier Bulletin", "Africa Today News",
          "Asia Pacific Report", "Gulf Daily Digest", "The Continental Post", "Midland Advertiser",
          "Southern Clarion", "The Weekly Inquirer", "Port Town Packet", "Kingsbridge Courant",
          "Metro Business Review", "The Financial Beacon", "Digital Newsroom", "Newsline 24",
          "The Morning Brief", "Citywide Daily", "Independent Observer", "The Federal Times",
          "Greenfield Argus", "Newswire Asia", "Euro Markets Today", "The Atlantic Bulletin",
          "Island Gazette");

  private static final List<String> CITIES =
      List.of("London", "New York", "Lagos", "Nairobi", "Singapore", "Sydney", "Toronto", "Dubai",
          "Berlin", "Mumbai", "Johannesburg", "Chicago");

  private static final List<String> FIRST =
      List.of("Anna", "James", "Maria", "David", "Fatima", "John", "Wei", "Sarah", "Carlos", "Aisha",
          "Peter", "Olga", "Kwame", "Emily", "Hiroshi", "Laura", "Ahmed", "Nina", "Tom", "Grace");

  private static final List<String> LAST =
      List.of("Smith", "Okafor", "Chen", "Garcia", "Muller", "Kowalski", "Ibrahim", "Tanaka",
          "Brown", "Rossi", "Novak", "Mensah", "Silva", "Khan", "Walsh", "Larsen", "Dubois", "Park",
          "Adeyemi", "Evans");

  private final SentencePool pool;
  private final Options options;
  private final SplittableRandom random;
  private final double[] outletCumulative;
  private final long yearStart;
  private final long yearSeconds;

  /** Shingle size and Jaccard of copydesk's near-duplicate definition (its defaults). */
  private static final int SHINGLE_SIZE = DedupConfig.defaults().shingleSize();

  static final double NEAR_DUPLICATE_JACCARD = 0.5;

  /** Share of words replaced when a real sentence is used again in a later epoch. */
  private static final double RESPIN_RATE = 0.25;

  // The cursor over the pool: real articles in a shuffled order, each used once per epoch.
  private final int[] order;
  private int orderPos = -1;
  private int epoch;

  // Recent originals (id and sorted sentence indices), to draw unrelated pairs from.
  private final String[] recentIds = new String[256];
  private final long[][] recentSentences = new long[256][];
  private long originals;

  /** A generator over this pool. */
  public CorpusGenerator(SentencePool pool, Options options) {
    this.pool = pool;
    this.options = options;
    this.random = new SplittableRandom(options.seed());
    this.outletCumulative = zipf(OUTLETS.size(), 1.1);
    LocalDate jan1 = LocalDate.of(options.year(), 1, 1);
    this.yearStart = jan1.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.yearSeconds = jan1.plusYears(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - yearStart;
    this.order = new int[pool.articles()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    shuffle();
  }

  /**
   * Generates from the shared data folder: {@code --data DIR --n N [--seed S] [--out FILE]
   * [--truth FILE]}. The truth file defaults to the corpus name with {@code .truth.jsonl}.
   * Exits 2 with a message when the data folder is missing or an argument is wrong.
   */
  public static void main(String[] args) throws IOException {
    BenchOptions opts = BenchOptions.parse(args);
    Path out = opts.corpus();
    Summary s = generate(opts.requireData(), Options.of(opts.n()).withSeed(opts.seed()), out, truthFor(out));
    System.out.println(describe(s, out));
  }

  /** Loads the pool from {@code data} and writes N articles and their truth file. */
  static Summary generate(Path data, Options options, Path corpus, Path truth) throws IOException {
    long t0 = System.nanoTime();
    SentencePool pool = SentencePool.load(data);
    System.err.printf(
        Locale.ROOT, "pool: %,d sentences from %,d real articles (%,d repeats of earlier ones left out; %.1f s)%n",
        pool.size(), pool.articles(), pool.repeats(), (System.nanoTime() - t0) / 1e9);
    return new CorpusGenerator(pool, options).write(corpus, truth);
  }

  /** The truth file beside a corpus file: {@code x.jsonl} gives {@code x.truth.jsonl}. */
  public static Path truthFor(Path corpus) {
    String name = corpus.getFileName().toString();
    String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    return corpus.resolveSibling(stem + ".truth.jsonl");
  }

  static String describe(Summary s, Path out) {
    return String.format(
        Locale.ROOT, "wrote %,d articles (%.1f MB) to %s in %.1f s (%,.0f articles/s); planted pairs %s",
        s.articles(), s.bytes() / 1e6, out, s.seconds(), s.articles() / s.seconds(), s.pairs());
  }

  /** Writes the corpus and truth files (parent folders are created). */
  public Summary write(Path corpus, Path truth) throws IOException {
    long t0 = System.nanoTime();
    for (Path p : List.of(corpus, truth)) {
      if (p.toAbsolutePath().getParent() != null) {
        Files.createDirectories(p.toAbsolutePath().getParent());
      }
    }
    Map<Level, Long> pairs = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      pairs.put(l, 0L);
    }
    JsonFactory json = new JsonFactory();
    long written = 0;
    try (OutputStream co = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16);
        OutputStream to = new BufferedOutputStream(Files.newOutputStream(truth), 1 << 16);
        JsonGenerator cg = json.createGenerator(co);
        JsonGenerator tg = json.createGenerator(to)) {
      cg.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      tg.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      long family = 0;
      while (written < options.articles()) {
        Story original = newOriginal(id(written));
        writeArticle(cg, original);
        written++;
        remember(original);
        if (written < options.articles() && random.nextDouble() < options.familyShare()) {
          family++;
          int copies = random.nextDouble() < 0.5 ? 1 : 1 + random.nextInt(4);
          for (int c = 0; c < copies && written < options.articles(); c++) {
            Planted p = copy(original, id(written));
            writeArticle(cg, p.story());
            written++;
            writePair(tg, original.id(), p.story().id(), p.level(), p.editRate(), p.shared(), p.jaccard(), family);
            pairs.merge(p.level(), 1L, Long::sum);
          }
          String other = unrelatedTo(original);
          if (other != null) {
            writePair(tg, other, original.id(), Level.UNRELATED, 1.0, 0, 0.0, family);
            pairs.merge(Level.UNRELATED, 1L, Long::sum);
          }
        }
      }
    }
    return new Summary(written, Files.size(corpus), pairs, (System.nanoTime() - t0) / 1e9);
  }

  private static String id(long n) {
    return String.format(Locale.ROOT, "gen-%07d", n);
  }

  /** One generated article before it is written. */
  private record Story(
      String id, String title, List<String> sentences, long[] sources, String outlet, long published,
      String author, List<String> furniture) {}

  private record Planted(Story story, Level level, double editRate, int shared, double jaccard) {}

  private Story newOriginal(String id) {
    int article = nextArticle();
    List<String> sentences = sentences(article);
    long[] sources = new long[sentences.size()];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = (long) epoch * pool.size() + pool.start(article) + i;
    }
    long published = yearStart + (long) (random.nextDouble() * yearSeconds);
    return new Story(id, pool.title(article), sentences, sources, outlet(), published, author(), List.of());
  }

  /** The sentences of a real article, respun after the first epoch. */
  private List<String> sentences(int article) {
    List<String> out = new ArrayList<>(pool.length(article));
    for (int i = 0; i < pool.length(article); i++) {
      String s = pool.sentence(pool.start(article) + i);
      out.add(epoch == 0 ? s : respin(s));
    }
    return out;
  }

  /**
   * The sentence with about a quarter of its words replaced and its digits re-rolled, at least one
   * word always: a short sentence used again unchanged would make an unplanted duplicate.
   */
  private String respin(String sentence) {
    String[] words = sentence.split(" ");
    int surely = random.nextInt(words.length);
    for (int w = 0; w < words.length; w++) {
      if (w != surely && random.nextDouble() >= RESPIN_RATE) {
        continue;
      }
      String word = words[w];
      if (word.chars().anyMatch(Character::isDigit)) {
        char[] c = word.toCharArray();
        for (int k = 0; k < c.length; k++) {
          if (c[k] >= '0' && c[k] <= '9') {
            c[k] = (char) ('0' + random.nextInt(10));
          }
        }
        words[w] = new String(c);
      } else {
        words[w] = replaceWord(word);
      }
    }
    return String.join(" ", words);
  }

  private Planted copy(Story o, String id) {
    double roll = random.nextDouble();
    String outlet = outlet();
    for (int tries = 0; outlet.equals(o.outlet()) && tries < 10; tries++) {
      outlet = outlet();
    }
    long published = o.published() + random.nextInt(72 * 3600);
    if (roll < 0.25) {
      Story s = new Story(id, o.title(), o.sentences(), o.sources(), outlet, published, author(), furniture(outlet));
      return new Planted(s, Level.DUPLICATE, 0.0, o.sentences().size(), 1.0);
    }
    if (roll < 0.65 || o.sentences().size() < 3) {
      return nearDuplicate(o, id, outlet, published);
    }
    return reuse(o, id, outlet, published);
  }

  /**
   * A lightly edited copy, edited the way a copy desk edits wire copy: the story trimmed (sentences
   * dropped, never the lede), a sentence of its own added, and phrases reworded in place (one to
   * three adjacent words replaced). The edit rate, words dropped, added or replaced over the
   * original's words, is drawn from 3-15%.
   *
   * <p>A near-duplicate is defined by its 5-shingle Jaccard with the original (at least {@value
   * #NEAR_DUPLICATE_JACCARD}), so a draw that falls below it is drawn again with lighter edits:
   * the truth file never calls a pair a near-duplicate that is not one. Its exact Jaccard is
   * recorded with it. A story too short to edit that lightly is planted as a duplicate instead.
   */
  private Planted nearDuplicate(Story o, String id, String outlet, long published) {
    long[] original = Shingles.set(String.join(" ", o.sentences()), SHINGLE_SIZE);
    double rate = 0.03 + 0.12 * random.nextDouble();
    for (int attempt = 0; ; attempt++) {
      Edited e = edit(o.sentences(), rate);
      double jaccard = SetSimilarity.jaccard(original, Shingles.set(String.join(" ", e.sentences()), SHINGLE_SIZE));
      if (jaccard >= NEAR_DUPLICATE_JACCARD && jaccard < 1.0) {
        Story s = new Story(id, o.title(), e.sentences(), null, outlet, published, author(), List.of());
        return new Planted(s, Level.NEAR_DUPLICATE, round(e.rate()), e.kept(), round(jaccard));
      }
      if (attempt == 20) { // too short to edit lightly: a few words change most of its shingles
        Story s = new Story(id, o.title(), o.sentences(), o.sources(), outlet, published, author(), furniture(outlet));
        return new Planted(s, Level.DUPLICATE, 0.0, o.sentences().size(), 1.0);
      }
      if (attempt % 4 == 3) {
        rate *= 0.7;
      }
    }
  }

  /** Sentences after edits, the share of the original's words edited, and the sentences kept verbatim. */
  private record Edited(List<String> sentences, double rate, int kept) {}

  /** Drops, adds and rewords sentences until about {@code rate} of the words are edited. */
  private Edited edit(List<String> sentences, double rate) {
    List<String[]> words = new ArrayList<>();
    int total = 0;
    for (String sentence : sentences) {
      String[] w = sentence.split(" ");
      words.add(w);
      total += w.length;
    }
    boolean[] dropped = new boolean[words.size()];
    boolean[] changed = new boolean[words.size()];
    int budget = Math.max(1, (int) Math.round(rate * total));
    int edited = 0;
    int drops = 0;
    String added = null;
    int addAt = -1;
    for (int guard = 0; edited < budget && guard < 1000; guard++) {
      double op = random.nextDouble();
      if (op < 0.3 && words.size() > 2 && drops < words.size() / 3) {
        int i = 1 + random.nextInt(words.size() - 1); // never the lede
        if (!dropped[i] && words.get(i).length <= budget - edited + 5) {
          dropped[i] = true;
          drops++;
          edited += words.get(i).length;
        }
      } else if (op < 0.4 && added == null) {
        String s = pool.sentence(random.nextInt(pool.size()));
        int n = s.split(" ").length;
        if (n <= budget - edited + 5) {
          added = s;
          addAt = 1 + random.nextInt(words.size());
          edited += n;
        }
      } else {
        int i = random.nextInt(words.size());
        String[] w = words.get(i);
        if (dropped[i] || w.length < 4) {
          continue;
        }
        int run = Math.min(1 + random.nextInt(3), budget - edited);
        int from = random.nextInt(w.length - run + 1);
        for (int k = from; k < from + run; k++) {
          w[k] = replaceWord(w[k]);
        }
        changed[i] = true;
        edited += run;
      }
    }
    List<String> out = new ArrayList<>();
    int kept = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i == addAt) {
        out.add(added);
      }
      if (!dropped[i]) {
        out.add(changed[i] ? String.join(" ", words.get(i)) : sentences.get(i));
        kept += changed[i] ? 0 : 1;
      }
    }
    if (addAt == words.size()) {
      out.add(added);
    }
    return new Edited(out, edited / (double) total, kept);
  }

  /** A new story from fresh sentences that keeps 2-4 of the original's sentences verbatim. */
  private Planted reuse(Story o, String id, String outlet, long published) {
    int n = o.sentences().size();
    int keep = Math.min(2 + random.nextInt(3), n - 1);
    boolean[] chosen = new boolean[n];
    for (int k = 0; k < keep; ) {
      int i = random.nextInt(n);
      if (!chosen[i]) {
        chosen[i] = true;
        k++;
      }
    }
    int article = nextArticle();
    List<String> fresh = sentences(article);
    String title = pool.title(article);
    // Interleave: the kept sentences, in their order, at evenly spread random places.
    List<String> out = new ArrayList<>(fresh);
    int keptWords = 0;
    int totalWords = 0;
    int at = 0;
    for (int i = 0; i < n; i++) {
      int words = o.sentences().get(i).split(" ").length;
      totalWords += words;
      if (chosen[i]) {
        keptWords += words;
        at = Math.min(out.size(), at + random.nextInt(3));
        out.add(at, o.sentences().get(i));
        at++;
      }
    }
    // A rewrite, not a near-duplicate: a short original keeps a large share of itself, so the new
    // story grows by another article's sentences until its Jaccard is below the near-duplicate line.
    long[] original = Shingles.set(String.join(" ", o.sentences()), SHINGLE_SIZE);
    double jaccard = SetSimilarity.jaccard(original, Shingles.set(String.join(" ", out), SHINGLE_SIZE));
    for (int more = 0; jaccard >= NEAR_DUPLICATE_JACCARD && more < 8; more++) {
      out.addAll(sentences(nextArticle()));
      jaccard = SetSimilarity.jaccard(original, Shingles.set(String.join(" ", out), SHINGLE_SIZE));
    }
    Story s = new Story(id, title, out, null, outlet, published, author(), List.of());
    return new Planted(s, Level.REUSE, round(1.0 - keptWords / (double) totalWords), keep, round(jaccard));
  }

  /** Another word from the pool, keeping the replaced word's capital and trailing punctuation. */
  private String replaceWord(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    // A word of a random pool sentence (picked by character offset: cheap, slightly favours long words).
    String donor = pool.sentence(random.nextInt(pool.size()));
    int at = random.nextInt(donor.length());
    int from = at;
    while (from > 0 && donor.charAt(from - 1) != ' ') {
      from--;
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < donor.length() && donor.charAt(i) != ' '; i++) {
      char c = donor.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
        b.append(c);
      }
    }
    String w = b.length() == 0 ? "also" : b.toString();
    boolean capital = end > 0 && Character.isUpperCase(word.charAt(0));
    w = capital
        ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
        : Character.toLowerCase(w.charAt(0)) + w.substring(1);
    return w.equals(word.substring(0, end)) ? w + "s" + word.substring(end) : w + word.substring(end);
  }

  private List<String> furniture(String outlet) {
    List<String> f = new ArrayList<>();
    if (random.nextBoolean()) {
      f.add("Advertisement");
    }
    f.add("Read more: " + pool.title(random.nextInt(pool.articles())));
    if (random.nextDouble() < 0.3) {
      f.add("Leave a Reply");
    }
    f.add(outlet + ", " + CITIES.get(random.nextInt(CITIES.size())));
    return f;
  }

  private void remember(Story s) {
    int slot = (int) (originals++ % recentIds.length);
    recentIds[slot] = s.id();
    long[] sorted = s.sources().clone();
    Arrays.sort(sorted);
    recentSentences[slot] = sorted;
  }

  /** A recent original sharing no sentence with this one, or null when none is found quickly. */
  private String unrelatedTo(Story s) {
    int known = (int) Math.min(originals, recentIds.length);
    long[] mine = s.sources().clone();
    Arrays.sort(mine);
    for (int tries = 0; tries < 8 && known > 1; tries++) {
      int slot = random.nextInt(known);
      if (!recentIds[slot].equals(s.id()) && disjoint(mine, recentSentences[slot])) {
        return recentIds[slot];
      }
    }
    return null;
  }

  private static boolean disjoint(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /** The next real article of the shuffled order; a new epoch (reshuffled) after the last. */
  private int nextArticle() {
    if (++orderPos == order.length) {
      orderPos = 0;
      epoch++;
      shuffle();
    }
    return order[orderPos];
  }

  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private String outlet() {
    int i = Arrays.binarySearch(outletCumulative, random.nextDouble());
    return OUTLETS.get(Math.min(OUTLETS.size() - 1, i < 0 ? -i - 1 : i));
  }

  private String author() {
    if (random.nextDouble() < 0.4) {
      return null;
    }
    return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
  }

  private static double[] zipf(int n, double s) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static double round(double rate) {
    return Math.round(rate * 10_000) / 10_000.0;
  }

  private void writeArticle(JsonGenerator g, Story s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeStringField("text", text(s));
    g.writeStringField("outlet", s.outlet());
    g.writeStringField("published", Instant.ofEpochSecond(s.published()).toString());
    if (s.author() != null) {
      g.writeStringField("author", s.author());
    }
    g.writeEndObject();
  }

  /** Paragraphs of one to three sentences; furniture lines as their own paragraphs. */
  private String text(Story s) {
    StringBuilder b = new StringBuilder(s.sentences().size() * 160);
    List<String> furniture = s.furniture();
    int slot = furniture.isEmpty() ? -1 : s.sentences().size() / 2;
    int inParagraph = 0;
    int paragraphSize = 1 + random.nextInt(3);
    for (int i = 0; i < s.sentences().size(); i++) {
      if (i == slot && furniture.get(0).equals("Advertisement")) {
        b.append("\n\nAdvertisement");
        inParagraph = paragraphSize;
      }
      if (b.length() > 0) {
        b.append(inParagraph >= paragraphSize ? "\n\n" : " ");
      }
      if (inParagraph >= paragraphSize) {
        inParagraph = 0;
        paragraphSize = 1 + random.nextInt(3);
      }
      b.append(s.sentences().get(i));
      inParagraph++;
    }
    for (String line : furniture) {
      if (!line.equals("Advertisement")) {
        b.append("\n\n").append(line);
      }
    }
    return b.toString();
  }

  private static void writePair(
      JsonGenerator g, String a, String b, Level level, double rate, int shared, double jaccard, long family)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("a", a);
    g.writeStringField("b", b);
    g.writeStringField("level", level.label());
    g.writeNumberField("edit_rate", rate);
    g.writeNumberField("shared_sentences", shared);
    g.writeNumberField("jaccard", jaccard);
    g.writeNumberField("family", family);
    g.writeEndObject();
  }
}
