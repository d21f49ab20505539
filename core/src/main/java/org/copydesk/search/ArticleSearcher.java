package org.copydesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Figure;
import org.copydesk.extract.Sentences;
import org.copydesk.extract.Extraction;
import org.copydesk.index.IndexAccess;
import org.copydesk.index.IndexStateException;
import org.copydesk.index.IndexStats;
import org.copydesk.index.Schema;

/**
 * Searches an index: ranked BM25 queries in Lucene's syntax, with snippets, facets and
 * explanations.
 *
 * <p>A searcher sees the index as it was at its last commit when opened. It is thread-safe: one
 * instance may serve many concurrent searches. Close it to release the files.
 */
public final class ArticleSearcher implements Closeable {

  private static final int SNIPPET_CHARS = 220;

  /** The stored fields a hit shows: not the body or text, which only snippets read. */
  private static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(Schema.ID, Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED, Schema.ORIGIN, Schema.URL);

  /** The texts a figure snippet is cut from. */
  private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of(Schema.TEXT, Schema.BODY);

  /** The same, with the extraction: for queries about quotes, speakers or figures. */
  private static final java.util.Set<String> HIT_FIELDS_WITH_EXTRACTION =
      java.util.Set.of(
          Schema.ID, Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED, Schema.ORIGIN, Schema.URL, Schema.EXTRACTION);

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = Schema.analyzer();
  private final SnippetHighlighter highlighter;

  private ArticleSearcher(Path dir, Directory directory, DirectoryReader reader) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.highlighter =
        new SnippetHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new SnippetFormatter())
            .withMaxLength(1_000_000)
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
            .withFieldMatcher(field -> !Schema.isFigureField(field) && !Schema.PUBLISHED.equals(field)));
  }

  /**
   * Opens the index in the folder for searching.
   *
   * @throws IndexStateException when there is no index, it is empty, or of another schema version
   */
  public static ArticleSearcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw missing(dir);
    }
    Directory directory = FSDirectory.open(dir);
    try {
      IndexAccess.checkReadable(dir, directory);
      DirectoryReader reader = DirectoryReader.open(directory);
      if (reader.numDocs() == 0) {
        reader.close();
        throw missing(dir);
      }
      return new ArticleSearcher(dir, directory, reader);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static IndexStateException missing(Path dir) {
    return new IndexStateException(
        IndexStateException.Reason.MISSING,
        "the index at " + dir + " is empty or missing: run `copydesk index FILE...` first");
  }

  /** The folder searched. */
  public Path folder() {
    return dir;
  }

  /** How many articles the index holds. */
  public int count() {
    return reader.numDocs();
  }

  /** Parses a query as {@link #search} would, to check it. */
  public Query parse(String query) throws QueryException {
    if (query.isBlank()) {
      throw new QueryException("empty query", null);
    }
    try {
      return new CopydeskQueryParser(analyzer).parse(query);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw tooLarge(e);
      }
      throw new QueryException("cannot parse query: " + reason(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge(e);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(e);
    } catch (RuntimeException e) {
      throw new QueryException("cannot parse query: " + reason(String.valueOf(e.getMessage())), e);
    }
  }

  /** Runs the search. */
  public SearchResult search(SearchRequest request) throws QueryException, IOException {
    Query parsed = parse(request.query());
    Query query = filtered(parsed, request.since(), request.until());
    TopDocs top;
    try {
      top = searcher.search(query, request.offset() + request.limit());
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge(e);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(e);
    }
    ScoreDoc[] page = slice(top.scoreDocs, request.offset(), request.limit());
    Object[] snippets = request.snippets() ? snippets(parsed, page) : new Object[page.length];
    HitAnnotator annotator = new HitAnnotator(parsed, analyzer);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      boolean annotate = annotator.wantsExtraction();
      Document doc = stored.document(page[i].doc, annotate ? HIT_FIELDS_WITH_EXTRACTION : HIT_FIELDS);
      Extraction extraction = annotate ? IndexAccess.extraction(doc) : Extraction.empty();
      List<Figure> figures = annotator.figures(extraction);
      Snippet snippet = (Snippet) snippets[i];
      if (snippet != null && snippet.marks().isEmpty() && !figures.isEmpty()) {
        snippet = figureSnippet(stored.document(page[i].doc, TEXT_FIELDS), figures.get(0));
      }
      String published = doc.get(Schema.PUBLISHED);
      hits.add(
          new Hit(
              request.offset() + i + 1,
              page[i].score,
              doc.get(Schema.ID),
              doc.get(Schema.TITLE),
              doc.get(Schema.OUTLET),
              published == null ? null : Instant.ofEpochMilli(Long.parseLong(published)),
              doc.get(Schema.ORIGIN),
              doc.get(Schema.URL),
              snippet,
              annotator.quotes(extraction),
              figures,
              request.explain() ? searcher.explain(query, page[i].doc).toString() : null));
    }
    Map<String, Long> facets = request.facets() ? facets(query) : Map.of();
    return new SearchResult(
        top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, hits, facets);
  }

  /**
   * A snippet for a hit found by a figure range alone, which the highlighter cannot mark: the
   * sentence holding the figure, with the figure marked. Figure offsets index the text as read.
   */
  private static Snippet figureSnippet(Document doc, Figure figure) {
    String text = doc.get(Schema.TEXT) != null ? doc.get(Schema.TEXT) : doc.get(Schema.BODY);
    if (text == null || figure.end() > text.length()) {
      return null;
    }
    List<Sentences.Span> sentences = Sentences.split(text);
    int at = Sentences.indexOf(sentences, figure.start());
    int start = at < 0 ? figure.start() : sentences.get(at).start();
    int end = at < 0 ? figure.end() : Math.max(figure.end(), sentences.get(at).end());
    String sentence = text.substring(start, end).replaceAll("\\s", " ");
    return new Snippet(sentence, List.of(new Snippet.Mark(figure.start() - start, figure.end() - start)));
  }

  private static Query filtered(Query query, Instant since, Instant until) {
    if (since == null && until == null) {
      return query;
    }
    long low = since == null ? Long.MIN_VALUE : since.toEpochMilli();
    long high = until == null ? Long.MAX_VALUE : until.toEpochMilli() - 1;
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.PUBLISHED, low, high), BooleanClause.Occur.FILTER)
        .build();
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(all.length, offset + limit);
    ScoreDoc[] page = new ScoreDoc[end - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  private Object[] snippets(Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new Object[0];
    }
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<String, Object[]> byField =
        highlighter.objects(new String[] {Schema.BODY}, query, docs, new int[] {2});
    return byField.get(Schema.BODY);
  }

  private Map<String, Long> facets(Query query) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    searcher.search(
        query,
        new SimpleCollector() {
          private SortedDocValues outlets;
          private long[] perOrd;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            outlets = context.reader().getSortedDocValues(Schema.OUTLET_KEY);
            perOrd = outlets == null ? null : new long[outlets.getValueCount()];
          }

          @Override
          public void collect(int doc) throws IOException {
            if (outlets != null && outlets.advanceExact(doc)) {
              perOrd[outlets.ordValue()]++;
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }

          @Override
          public void finish() throws IOException {
            flush();
          }

          private void flush() throws IOException {
            if (outlets == null || perOrd == null) {
              return;
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
              if (perOrd[ord] > 0) {
                BytesRef term = outlets.lookupOrd(ord);
                counts.merge(term.utf8ToString(), perOrd[ord], Long::sum);
              }
            }
            perOrd = null;
          }
        });
    return IndexAccess.mostFirst(counts);
  }

  /**
   * The articles matching a query, with their stored extraction, best first; all articles (in index
   * order) when the query is null or blank.
   *
   * @param query the query, or null for every article
   * @param max the most articles to return
   */
  public List<ExtractedArticle> articles(String query, int max) throws QueryException, IOException {
    Query q = query == null || query.isBlank() ? new MatchAllDocsQuery() : parse(query);
    TopDocs top = searcher.search(q, Math.max(1, max));
    StoredFields stored = searcher.storedFields();
    List<ExtractedArticle> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc);
      out.add(new ExtractedArticle(IndexAccess.article(doc), IndexAccess.extraction(doc)));
    }
    return out;
  }

  /** Counts, outlets, date range and size of the index. */
  public IndexStats stats() throws IOException {
    return IndexAccess.stats(dir, reader);
  }

  /** Exposes the highlighter's object-valued snippets, which {@link SnippetFormatter} produces. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  private static QueryException tooLarge(Exception e) {
    return new QueryException(
        "query too large: it expands to more than " + IndexSearcher.getMaxClauseCount() + " clauses", e);
  }

  private static QueryException tooComplex(Exception e) {
    return new QueryException("query too complex: simplify its wildcard or regular expression", e);
  }

  /**
   * The parser's reason on one short line: without its echo of the query ("Cannot parse '...': ")
   * and its list of expected tokens, at most 200 characters.
   */
  static String reason(String message) {
    String text = message == null ? "" : message.strip();
    if (text.startsWith("Cannot parse '")) {
      int end = text.indexOf("': ");
      text = end >= 0 ? text.substring(end + 3) : text;
    }
    int expecting = text.indexOf("Was expecting");
    if (expecting >= 0) {
      text = text.substring(0, expecting);
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
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
