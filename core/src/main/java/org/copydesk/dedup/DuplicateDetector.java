package org.copydesk.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.copydesk.Progress;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Quote;
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
 * <p>The report goes to a {@link ReportSink} a story at a time: a run holds the candidate pairs
 * while it verifies them, the related pairs as document numbers, and the texts of one story at a
 * time, never a signature table or the texts of the whole index. A detector reads the index as it
 * was when opened; it is not thread-safe.
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
   * @param threads how many threads verify candidate pairs, at least 1 (default: the number of cores)
   */
  public record Options(
      Level level, boolean sameOutlet, int maxBucket, int similarMaxArticles, int similarPerArticle, int threads) {
    public Options {
      Objects.requireNonNull(level, "level");
      if (level == Level.NONE) {
        throw new IllegalArgumentException("level must be duplicate, near-duplicate, reuse or same-story");
      }
      if (maxBucket < 2 || similarPerArticle < 1 || similarMaxArticles < 0) {
        throw new IllegalArgumentException("maxBucket >= 2, similarPerArticle >= 1, similarMaxArticles >= 0");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
    }

    /** The defaults. */
    public static Options defaults() {
      return new Options(Level.SAME_STORY, false, 100, 50_000, 10, Runtime.getRuntime().availableProcessors());
    }

    /** These options with another weakest level. */
    public Options withLevel(Level value) {
      return new Options(value, sameOutlet, maxBucket, similarMaxArticles, similarPerArticle, threads);
    }

    /** These options with same-outlet pairs counted or not. */
    public Options withSameOutlet(boolean value) {
      return new Options(level, value, maxBucket, similarMaxArticles, similarPerArticle, threads);
    }

    /** These options with another number of verifying threads. */
    public Options withThreads(int value) {
      return new Options(level, sameOutlet, maxBucket, similarMaxArticles, similarPerArticle, value);
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

  /**
   * Finds every related pair of the index at or above the options' level, with the full evidence,
   * and keeps the whole report.
   *
   * <p>NOTE: for a large index, prefer {@link #detect(Options, Progress, ReportSink)} with a sink
   * that writes each story out: a report of a million articles does not fit in memory.
   */
  public DuplicateReport detect(Options options, Progress progress) throws IOException {
    DuplicateReport.Collector report = DuplicateReport.collector();
    detect(options, progress, report);
    return report.report();
  }

  /**
   * Finds every related pair of the index at or above the options' level and hands the report to
   * the sink a story at a time: the header once every pair is decided, then each story with its
   * articles' texts, passages, shared quotes, figure disagreements and dropped attributions.
   *
   * <p>Memory holds the candidate pairs (about 16 bytes each) while they are verified, then the
   * related pairs (12 bytes each) and one story at a time: never the texts of the whole report. The
   * evidence of a story is computed again when it is written, from the articles alone.
   */
  public void detect(Options options, Progress progress, ReportSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    PairSet candidates = candidates(options, progress);
    long candidateCount = candidates.size();
    Links links = verify(candidates.sorted(), options, progress);
    Loaded loaded = new Loaded();
    List<Group> groups = links.groups(reader.maxDoc());
    StoredFields stored = reader.storedFields();
    for (Group g : groups) {
      g.cluster = clusterOf(g, links, stored);
    }
    groups.sort(Comparator.comparing((Group g) -> g.cluster, Clusters.BIGGEST_FIRST));
    Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
    for (int i = 0; i < links.size; i++) {
      perLevel.merge(Level.values()[links.level[i]], 1, Integer::sum);
    }
    int involved = groups.stream().mapToInt(g -> g.docs.length).sum();
    sink.begin(new ReportHeader(parameters(options, candidateCount), involved, perLevel,
        groups.stream().map(g -> g.cluster).toList()));
    for (int n = 0; n < groups.size(); n++) {
      Group g = groups.get(n);
      Map<String, Entry> members = new HashMap<>();
      for (int doc : g.docs) {
        Entry e = loaded.get(doc);
        members.put(e.article().id(), e);
      }
      List<PairVerdict> pairs = new ArrayList<>();
      for (int link : g.links) {
        pairs.add(detector.compare(loaded.get(links.a[link]).fingerprint(), loaded.get(links.b[link]).fingerprint()));
      }
      sink.story(story(n + 1, g.cluster, members, pairs));
      if (progress != null && (n & 63) == 0) {
        progress.update("writing stories", n, groups.size());
      }
    }
    sink.end();
  }

  /** The candidate pairs of the whole index: shared band keys, shared passages, similar articles. */
  private PairSet candidates(Options options, Progress progress) throws IOException {
    PairSet candidates = new PairSet();
    SharedKeys.collect(reader, Schema.FINGERPRINTS, SharedKeys.Kind.BANDS, options.maxBucket(),
        SharedKeys.DEFAULT_BUDGET, candidates, progress);
    if (options.level().ordinal() >= Level.REUSE.ordinal()) {
      SharedKeys.collect(reader, Schema.FINGERPRINTS, SharedKeys.Kind.PASSAGES, options.maxBucket(),
          SharedKeys.DEFAULT_BUDGET, candidates, progress);
    }
    if (options.level() == Level.SAME_STORY && reader.numDocs() <= options.similarMaxArticles()) {
      similar.collect(reader, MultiBits.getLiveDocs(reader), options.similarPerArticle(), candidates, progress);
    }
    return candidates;
  }

  /**
   * Decides each candidate pair; keeps those related at or above the options' level. The sorted
   * pairs are cut into one run per thread, each with its own cache of fingerprints; the runs' links
   * are joined in order, so the result does not depend on the threads.
   */
  private Links verify(long[] sorted, Options options, Progress progress) throws IOException {
    int threads = Math.min(options.threads(), Math.max(1, sorted.length / 1024));
    AtomicLong done = new AtomicLong();
    List<Callable<Links>> runs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) sorted.length * t / threads);
      int to = (int) ((long) sorted.length * (t + 1) / threads);
      runs.add(() -> verify(sorted, from, to, options, done));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread worker = new Thread(r, "copydesk-verify");
      worker.setDaemon(true);
      return worker;
    });
    try {
      List<Future<Links>> futures = new ArrayList<>();
      runs.forEach(r -> futures.add(pool.submit(r)));
      Links all = new Links();
      for (Future<Links> f : futures) {
        while (true) {
          try {
            all.addAll(f.get(200, TimeUnit.MILLISECONDS));
            break;
          } catch (TimeoutException e) {
            if (progress != null) {
              progress.update("verifying", done.get(), sorted.length);
            }
          }
        }
      }
      if (progress != null) {
        progress.update("verifying", sorted.length, sorted.length);
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while verifying candidate pairs");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Decides the candidate pairs {@code [from, to)} of the sorted list, in one thread. */
  private Links verify(long[] sorted, int from, int to, Options options, AtomicLong done) throws IOException {
    Loaded loaded = new Loaded();
    Links links = new Links();
    for (int i = from; i < to; i++) {
      int docA = PairSet.first(sorted[i]);
      int docB = PairSet.second(sorted[i]);
      Entry a = loaded.get(docA);
      Entry b = loaded.get(docB);
      if (options.sameOutlet() || !a.article().outletKey().equals(b.article().outletKey())) {
        Level level = detector.compare(a.fingerprint(), b.fingerprint()).level();
        if (level != Level.NONE && level.atLeast(options.level())) {
          links.add(docA, docB, level);
        }
      }
      if (((i - from) & 255) == 255) {
        done.addAndGet(256);
      }
    }
    return links;
  }

  /** The cluster of a group, from its articles' ids, titles and dates (bodies only to label an untitled one). */
  private Cluster clusterOf(Group g, Links links, StoredFields stored) throws IOException {
    List<Article> members = new ArrayList<>(g.docs.length);
    for (int doc : g.docs) {
      Document d = stored.document(doc, HEADER_FIELDS);
      IndexableField published = d.getField(Schema.PUBLISHED);
      members.add(new Article(d.get(Schema.ID), d.get(Schema.TITLE), "", "", d.get(Schema.OUTLET),
          published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), null, null, null));
    }
    if (members.stream().allMatch(a -> a.title().isBlank())) {
      members.clear();
      for (int doc : g.docs) {
        members.add(IndexAccess.article(stored.document(doc)));
      }
    }
    Level strongest = Level.NONE;
    for (int link : g.links) {
      Level l = Level.values()[links.level[link]];
      strongest = strongest == Level.NONE || l.atLeast(strongest) ? l : strongest;
    }
    return Clusters.of(members, strongest);
  }

  /**
   * The related articles of the index for an article that is not added to it: {@code copydesk
   * check}. The article is side A of every pair; an indexed article with its id is left out. The
   * report has at most one story: the article and everything related to it.
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
    Map<String, Entry> members = new HashMap<>();
    List<PairVerdict> pairs = new ArrayList<>();
    Level strongest = Level.NONE;
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
        members.put(other.article().id(), other);
        strongest = strongest == Level.NONE || v.level().atLeast(strongest) ? v.level() : strongest;
      }
    }
    Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
    pairs.forEach(p -> perLevel.merge(p.level(), 1, Integer::sum));
    DuplicateReport.Collector report = DuplicateReport.collector();
    if (pairs.isEmpty()) {
      report.begin(new ReportHeader(parameters(options, docs.size()), 0, perLevel, List.of()));
    } else {
      members.put(article.id(), probe);
      Cluster cluster = Clusters.of(members.values().stream().map(Entry::article).toList(), strongest);
      report.begin(new ReportHeader(parameters(options, docs.size()), members.size(), perLevel, List.of(cluster)));
      report.story(story(1, cluster, members, pairs));
    }
    report.end();
    return report.report();
  }

  private static Article bodyOnly(Article a) {
    return new Article(a.id(), a.title(), a.body(), a.body(), a.outlet(), a.published(), a.author(), a.url(), a.origin());
  }

  /** The stored fields a story's header needs: no text. */
  private static final java.util.Set<String> HEADER_FIELDS =
      java.util.Set.of(Schema.ID, Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED);

  /** An article of a run with its stored extraction and its fingerprint. */
  private record Entry(Article article, Extraction stored, Fingerprint fingerprint) {

    /**
     * What the extractors find in the body alone, with offsets into the body as passages have
     * them: the stored extraction itself when the text as read is the body.
     */
    Extraction body(ArticleExtractor extractor) {
      return article.text().equals(article.body()) ? stored : extractor.extract(bodyOnly(article));
    }
  }

  /**
   * The related pairs of a run by document number, in three parallel arrays: 12 bytes a pair, so
   * that a million-article run holds them all at little cost.
   */
  private static final class Links {
    int[] a = new int[1024];
    int[] b = new int[1024];
    byte[] level = new byte[1024];
    int size;

    void add(int docA, int docB, Level l) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
        b = java.util.Arrays.copyOf(b, size * 2);
        level = java.util.Arrays.copyOf(level, size * 2);
      }
      a[size] = docA;
      b[size] = docB;
      level[size] = (byte) l.ordinal();
      size++;
    }

    void addAll(Links other) {
      for (int i = 0; i < other.size; i++) {
        add(other.a[i], other.b[i], Level.values()[other.level[i]]);
      }
    }

    /** The connected groups of articles (union-find over document numbers), each with its links. */
    List<Group> groups(int maxDoc) {
      int[] parent = new int[maxDoc];
      java.util.Arrays.fill(parent, -1);
      for (int i = 0; i < size; i++) {
        for (int doc : new int[] {a[i], b[i]}) {
          if (parent[doc] < 0) {
            parent[doc] = doc;
          }
        }
        parent[find(parent, a[i])] = find(parent, b[i]);
      }
      Map<Integer, Group> byRoot = new LinkedHashMap<>();
      for (int doc = 0; doc < maxDoc; doc++) {
        if (parent[doc] >= 0) {
          byRoot.computeIfAbsent(find(parent, doc), r -> new Group()).addDoc(doc);
        }
      }
      for (int i = 0; i < size; i++) {
        byRoot.get(find(parent, a[i])).addLink(i);
      }
      List<Group> groups = new ArrayList<>(byRoot.values());
      groups.forEach(Group::trim);
      return groups;
    }

    private static int find(int[] parent, int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]]; // path halving keeps trees flat
        x = parent[x];
      }
      return x;
    }
  }

  /** One story of a run before it is written: its articles and links, and once known its cluster. */
  private static final class Group {
    int[] docs = new int[2];
    int docCount;
    int[] links = new int[1];
    int linkCount;
    Cluster cluster;

    void addDoc(int doc) {
      if (docCount == docs.length) {
        docs = java.util.Arrays.copyOf(docs, docCount * 2);
      }
      docs[docCount++] = doc;
    }

    void addLink(int link) {
      if (linkCount == links.length) {
        links = java.util.Arrays.copyOf(links, linkCount * 2);
      }
      links[linkCount++] = link;
    }

    void trim() {
      docs = java.util.Arrays.copyOf(docs, docCount);
      links = java.util.Arrays.copyOf(links, linkCount);
    }
  }

  /**
   * The articles of a run, loaded with their fingerprints, the most recently used ones kept (a
   * bounded cache: candidate pairs come sorted by their first article, and a story's articles come
   * together, so it rarely misses).
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
    private final StoredFields stored;

    Loaded() throws IOException {
      this.stored = reader.storedFields();
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

    /** The entry of an article; only the body's quotes are needed to tell prose from quotation. */
    Entry entry(Article a, Extraction storedExtraction) {
      List<Quote> quotes = a.text().equals(a.body()) ? storedExtraction.quotes() : extractor.quotes(bodyOnly(a));
      DedupDocument document = DedupDocument.of(a, quotes);
      return new Entry(a, storedExtraction, detector.fingerprint(document));
    }
  }

  /** A story's evidence from its articles and decided pairs. */
  private Story story(int number, Cluster cluster, Map<String, Entry> members, List<PairVerdict> pairs) {
    pairs.sort(
        Comparator.comparing(PairVerdict::level)
            .thenComparing(v -> -v.scores().jaccard())
            .thenComparing(v -> -v.scores().containment())
            .thenComparing(PairVerdict::aId)
            .thenComparing(PairVerdict::bId));
    List<ExtractedArticle> extracted = new ArrayList<>();
    List<ArticleSummary> summaries = new ArrayList<>();
    for (String id : cluster.articleIds()) {
      Entry e = members.get(id);
      Article a = e.article();
      extracted.add(new ExtractedArticle(a, e.stored()));
      summaries.add(new ArticleSummary(a.id(), a.title(), a.outlet(), a.published(), a.url(), sha256(a.body()), a.body()));
    }
    List<QuoteGroups.Group> quotes = QuoteGroups.group(extracted).stream().filter(QuoteGroups.Group::shared).toList();
    List<FigureGroups.Group> figures =
        FigureGroups.group(extracted).stream().filter(g -> g.disagree() && g.outlets().size() > 1).toList();
    List<DroppedAttribution> dropped = new ArrayList<>();
    Map<Entry, Extraction> bodies = new java.util.IdentityHashMap<>();
    for (Entry e : members.values()) {
      bodies.put(e, e.body(extractor));
    }
    for (PairVerdict v : pairs) {
      Entry a = members.get(v.aId());
      Entry b = members.get(v.bId());
      Attributions.Side sa = new Attributions.Side(a.article().id(), a.article().body(), bodies.get(a).sources());
      Attributions.Side sb = new Attributions.Side(b.article().id(), b.article().body(), bodies.get(b).sources());
      if (v.direction().origin() != Direction.Side.B) {
        dropped.addAll(Attributions.dropped(sa, sb, v.passages(), true));
      }
      if (v.direction().origin() != Direction.Side.A) {
        dropped.addAll(Attributions.dropped(sb, sa, v.passages(), false));
      }
    }
    return new Story(number, cluster, summaries, pairs, quotes, figures, dropped);
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
