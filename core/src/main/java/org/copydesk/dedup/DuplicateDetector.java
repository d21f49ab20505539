package org.copydesk.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.copydesk.Progress;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Extraction;
import org.copydesk.index.IndexAccess;
import org.copydesk.index.IndexStateException;
import org.copydesk.index.Schema;
import org.copydesk.ingest.Article;

/**
 * Finds near-duplicates and text reuse across the articles of an index, and checks a new article
 * against it, Lucene-backed and incremental.
 *
 * <p>Candidates come from shared keys, never from comparing all pairs: articles sharing an LSH band
 * key (near-duplicates), articles sharing a winnowed shingle hash (shared passages), both read from
 * the keys stored at indexing ({@link StoredKeys}, {@link SharedKeys}), and, for the
 * {@link Level#SAME_STORY} level on indexes of at most {@link Options#similarMaxArticles()}
 * articles, the few most similar articles by a BM25 query of each one's distinctive words. Every
 * candidate pair is then verified exactly ({@link NearDuplicateDetector#compare}).
 *
 * <p>NOTE: memory grows with the number of candidate pairs, not with the number of articles: no
 * signature table or text is held for the whole index. A detector reads the index as it was when
 * opened; it is not thread-safe.
 */
public final class DuplicateDetector implements Closeable {

  /** How many candidates {@link #check} verifies at most: those sharing the most keys. */
  private static final int CHECK_CANDIDATES = 1000;

  /**
   * What a run looks for.
   *
   * @param level the weakest level reported (default {@link Level#SAME_STORY})
   * @param sameOutlet whether pairs from one outlet count (default false: only cross-outlet pairs)
   * @param maxBucket an LSH or passage key shared by more articles than this is boilerplate and
   *     gives no candidates (default 100)
   * @param similarMaxArticles same-story candidates by similarity search only on indexes of at most
   *     this many articles (default 50,000), since it costs one query per article
   * @param similarPerArticle how many similar articles each article proposes (default 10)
   */
  public record Options(Level level, boolean sameOutlet, int maxBucket, int similarMaxArticles, int similarPerArticle) {
    public Options {
      Objects.requireNonNull(level, "level");
      if (level == Level.NONE) {
        throw new IllegalArgumentException("level must be duplicate, near-duplicate, reuse or same-story");
      }
      if (maxBucket < 2 || similarPerArticle < 1 || similarMaxArticles < 0) {
        throw new IllegalArgumentException("maxBucket >= 2, similarPerArticle >= 1, similarMaxArticles >= 0");
      }
    }

    /** The defaults. */
    public static Options defaults() {
      return new Options(Level.SAME_STORY, false, 100, 50_000, 10);
    }

    /** These options with another weakest level. */
    public Options withLevel(Level value) {
      return new Options(value, sameOutlet, maxBucket, similarMaxArticles, similarPerArticle);
    }

    /** These options with same-outlet pairs counted or not. */
    public Options withSameOutlet(boolean value) {
      return new Options(level, value, maxBucket, similarMaxArticles, similarPerArticle);
    }
  }

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final NearDuplicateDetector detector;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final SimilarArticles similar;

  private DuplicateDetector(Path dir, Directory directory, DirectoryReader reader, DedupConfig config) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.detector = new NearDuplicateDetector(config);
    this.similar = new SimilarArticles(searcher);
  }

  /**
   * Opens the index in the folder.
   *
   * @throws IndexStateException when there is no index, or its fingerprints were made with other
   *     settings than {@code config}'s (shingle size, MinHash seed, bands)
   */
  public static DuplicateDetector open(Path dir, DedupConfig config) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IndexStateException(
          IndexStateException.Reason.MISSING, "no index at " + dir + ": run `copydesk index FILE...` first");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      IndexAccess.checkReadable(dir, directory);
      DirectoryReader reader = DirectoryReader.open(directory);
      String stored = reader.getIndexCommit().getUserData().get(Schema.FINGERPRINT_KEY);
      if (stored != null && !stored.equals(Schema.fingerprint(config))) {
        reader.close();
        throw new IndexStateException(
            IndexStateException.Reason.INCOMPATIBLE,
            "the index at " + dir + " holds fingerprints made with " + stored + ", not "
                + Schema.fingerprint(config) + ": rebuild it with `copydesk index --recreate FILE...`"
                + " or use the settings it was built with");
      }
      return new DuplicateDetector(dir, directory, reader, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The settings in use. */
  public DedupConfig config() {
    return detector.config();
  }

  /** Finds every related pair of the index at or above the options' level, with the full evidence. */
  public DuplicateReport detect(Options options, Progress progress) throws IOException {
    PairSet candidates = new PairSet();
    Bits live = MultiBits.getLiveDocs(reader);
    SharedKeys.collect(reader, Schema.FINGERPRINTS, SharedKeys.Kind.BANDS, options.maxBucket(),
        SharedKeys.DEFAULT_BUDGET, candidates, progress);
    if (options.level().ordinal() >= Level.REUSE.ordinal()) {
      SharedKeys.collect(reader, Schema.FINGERPRINTS, SharedKeys.Kind.PASSAGES, options.maxBucket(),
          SharedKeys.DEFAULT_BUDGET, candidates, progress);
    }
    if (options.level() == Level.SAME_STORY && reader.numDocs() <= options.similarMaxArticles()) {
      similar.collect(reader, live, options.similarPerArticle(), candidates, progress);
    }
    Loaded loaded = new Loaded();
    List<PairVerdict> pairs = new ArrayList<>();
    long[] sorted = candidates.sorted();
    for (int i = 0; i < sorted.length; i++) {
      Entry a = loaded.get(PairSet.first(sorted[i]));
      Entry b = loaded.get(PairSet.second(sorted[i]));
      if (!options.sameOutlet() && a.article().outletKey().equals(b.article().outletKey())) {
        continue;
      }
      PairVerdict v = detector.compare(a.fingerprint(), b.fingerprint());
      if (v.level() != Level.NONE && v.level().atLeast(options.level())) {
        pairs.add(v);
        loaded.keep(a);
        loaded.keep(b);
      }
      if (progress != null && (i & 1023) == 0) {
        progress.update("verifying", i, sorted.length);
      }
    }
    if (progress != null) {
      progress.update("verifying", sorted.length, sorted.length);
    }
    return report(pairs, loaded, options, candidates.size());
  }

  /**
   * The related articles of the index for an article that is not added to it: {@code copydesk
   * check}. The article is side A of every pair; an indexed article with its id is left out.
   */
  public DuplicateReport check(Article article, Options options) throws IOException {
    Loaded loaded = new Loaded();
    Entry probe = loaded.entry(article, extractor.extract(bodyOnly(article)));
    NearDuplicateDetector.IndexKeys keys = detector.indexKeys(article.body());
    boolean passages = options.level().ordinal() >= Level.REUSE.ordinal();
    List<Integer> docs = SharedKeys.sharing(reader, Schema.FINGERPRINTS, keys.bandKeys(),
        passages ? keys.passageHashes() : new long[0], options.maxBucket(), CHECK_CANDIDATES);
    if (options.level() == Level.SAME_STORY) {
      for (int doc : similar.similarTo(article.title() + "\n" + article.body(), options.similarPerArticle(), -1)) {
        if (!docs.contains(doc)) {
          docs.add(doc);
        }
      }
    }
    List<PairVerdict> pairs = new ArrayList<>();
    for (int doc : docs) {
      Entry other = loaded.get(doc);
      if (other.article().id().equals(article.id())) {
        continue;
      }
      if (!options.sameOutlet() && other.article().outletKey().equals(article.outletKey())) {
        continue;
      }
      PairVerdict v = detector.compare(probe.fingerprint(), other.fingerprint());
      if (v.level() != Level.NONE && v.level().atLeast(options.level())) {
        pairs.add(v);
        loaded.keep(other);
      }
    }
    loaded.keep(probe);
    return report(pairs, loaded, options, docs.size());
  }

  private static Article bodyOnly(Article a) {
    return new Article(a.id(), a.title(), a.body(), a.body(), a.outlet(), a.published(), a.author(), a.url(), a.origin());
  }

  /** An article of a run with its stored extraction, the extraction of its body, and its fingerprint. */
  private record Entry(Article article, Extraction stored, Extraction body, Fingerprint fingerprint) {}

  /**
   * The articles of a run: the most recently compared ones with their fingerprints (a bounded
   * cache: candidate pairs come sorted by their first article, so it rarely misses), and, without
   * fingerprints, those that are in a reported pair.
   */
  private final class Loaded {
    static final int CACHED_FINGERPRINTS = 4096;

    final Map<Integer, Entry> byDoc =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, Entry> eldest) {
            return size() > CACHED_FINGERPRINTS;
          }
        };
    final Map<String, Entry> kept = new LinkedHashMap<>();
    private final StoredFields stored;

    Loaded() {
      try {
        this.stored = reader.storedFields();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    Entry get(int doc) throws IOException {
      Entry e = byDoc.get(doc);
      if (e == null) {
        Document d = stored.document(doc);
        e = entry(IndexAccess.article(d), IndexAccess.extraction(d));
        byDoc.put(doc, e);
      }
      return e;
    }

    /** Keeps an article of a reported pair for the report, without its fingerprint. */
    void keep(Entry e) {
      kept.putIfAbsent(e.article().id(), new Entry(e.article(), e.stored(), e.body(), null));
    }

    Entry entry(Article a, Extraction storedExtraction) {
      Extraction body = extractor.extract(bodyOnly(a));
      DedupDocument document = DedupDocument.of(a, body.quotes());
      return new Entry(a, storedExtraction, body, detector.fingerprint(document));
    }
  }

  private DuplicateReport report(List<PairVerdict> pairs, Loaded loaded, Options options, long candidates) {
    pairs.sort(
        Comparator.comparing(PairVerdict::level)
            .thenComparing(v -> -v.scores().jaccard())
            .thenComparing(v -> -v.scores().containment())
            .thenComparing(PairVerdict::aId)
            .thenComparing(PairVerdict::bId));
    Map<String, Entry> involved = new LinkedHashMap<>();
    for (PairVerdict v : pairs) {
      involved.put(v.aId(), loaded.kept.get(v.aId()));
      involved.put(v.bId(), loaded.kept.get(v.bId()));
    }
    List<Article> articles = involved.values().stream().map(Entry::article).toList();
    List<Cluster> clusters = Clusters.build(articles, pairs, options.level());
    List<QuoteGroups.Group> quotes = new ArrayList<>();
    List<FigureGroups.Group> figures = new ArrayList<>();
    for (Cluster c : clusters) {
      List<ExtractedArticle> members = new ArrayList<>();
      for (String id : c.articleIds()) {
        Entry e = involved.get(id);
        members.add(new ExtractedArticle(e.article(), e.stored()));
      }
      QuoteGroups.group(members).stream().filter(QuoteGroups.Group::shared).forEach(quotes::add);
      FigureGroups.group(members).stream().filter(g -> g.disagree() && g.outlets().size() > 1).forEach(figures::add);
    }
    List<DroppedAttribution> dropped = new ArrayList<>();
    for (PairVerdict v : pairs) {
      Entry a = involved.get(v.aId());
      Entry b = involved.get(v.bId());
      Attributions.Side sa = new Attributions.Side(a.article().id(), a.article().body(), a.body().sources());
      Attributions.Side sb = new Attributions.Side(b.article().id(), b.article().body(), b.body().sources());
      if (v.direction().origin() != Direction.Side.B) {
        dropped.addAll(Attributions.dropped(sa, sb, v.passages(), true));
      }
      if (v.direction().origin() != Direction.Side.A) {
        dropped.addAll(Attributions.dropped(sb, sa, v.passages(), false));
      }
    }
    List<ArticleSummary> summaries = new ArrayList<>();
    for (Entry e : involved.values()) {
      Article a = e.article();
      summaries.add(new ArticleSummary(a.id(), a.title(), a.outlet(), a.published(), a.url(), sha256(a.body()), a.body()));
    }
    return new DuplicateReport(parameters(options, candidates), summaries, pairs, clusters, quotes, figures, dropped);
  }

  private Map<String, Object> parameters(Options options, long candidates) {
    DedupConfig c = detector.config();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("index", dir.toString());
    p.put("articlesInIndex", reader.numDocs());
    p.put("level", options.level().label());
    p.put("sameOutlet", options.sameOutlet());
    p.put("maxBucket", options.maxBucket());
    p.put("similarMaxArticles", options.similarMaxArticles());
    p.put("similarPerArticle", options.similarPerArticle());
    p.put("candidatePairs", candidates);
    p.put("shingleSize", c.shingleSize());
    p.put("permutations", c.permutations());
    p.put("bands", c.bands());
    p.put("rows", c.rows());
    p.put("seed", "0x" + Long.toHexString(c.seed()));
    p.put("duplicateJaccard", c.duplicateJaccard());
    p.put("nearDuplicateJaccard", c.nearDuplicateJaccard());
    p.put("reuseContainment", c.reuseContainment());
    p.put("minPassageWords", c.minPassageWords());
    p.put("minQuoteWords", c.minQuoteWords());
    p.put("reuseMinSimilarity", c.reuseMinSimilarity());
    p.put("sameStorySimilarity", c.sameStorySimilarity());
    p.put("dateWindowDays", c.dateWindowDays());
    p.put("cutCopyContainment", c.cutCopyContainment());
    p.put("cutCopyJaccard", c.cutCopyJaccard());
    p.put("reusePassageWords", c.reusePassageWords());
    p.put("sameStoryNames", c.sameStoryNames());
    p.put("sameStoryStrongSimilarity", c.sameStoryStrongSimilarity());
    p.put("passageWindow", Winnowing.window(c.minPassageWords(), c.shingleSize()));
    return p;
  }

  /** Hex SHA-256 of the text's UTF-8 bytes. */
  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

}
