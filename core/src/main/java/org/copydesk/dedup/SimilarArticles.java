package org.copydesk.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.copydesk.Progress;
import org.copydesk.index.Schema;

/**
 * Same-story candidates: for an article, the articles a BM25 query of its
 * {@value #QUERY_TERMS} most distinctive body words (by tf·idf) ranks highest, requiring
 * {@value #MIN_MATCH} of those words to match.
 */
final class SimilarArticles {

  static final int QUERY_TERMS = 25;
  static final int MIN_MATCH = 4;

  private final IndexSearcher searcher;
  private final Analyzer analyzer = Schema.analyzer();

  SimilarArticles(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Adds, for every live article, its most similar articles as candidate pairs. */
  void collect(IndexReader reader, Bits live, int perArticle, PairSet out, Progress progress)
      throws IOException {
    StoredFields stored = reader.storedFields();
    int max = reader.maxDoc();
    for (int doc = 0; doc < max; doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc);
      for (int other : similarTo(d.get(Schema.TITLE) + "\n" + d.get(Schema.BODY), perArticle, doc)) {
        out.add(doc, other);
      }
      if (progress != null && (doc & 255) == 0) {
        progress.update("similar articles", doc, max);
      }
    }
  }

  /** The documents most similar to the text, best first, leaving out {@code self}. */
  List<Integer> similarTo(String text, int k, int self) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 2 && !Character.isDigit(term.charAt(0))) {
          tf.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = reader.numDocs();
    PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      int df = reader.docFreq(new Term(Schema.BODY, e.getKey()));
      if (df == 0 || df > Math.max(2, n / 4)) {
        continue;
      }
      double score = e.getValue() * Math.log(1 + (double) n / df);
      top.add(Map.entry(e.getKey(), score));
      if (top.size() > QUERY_TERMS) {
        top.poll();
      }
    }
    if (top.size() < MIN_MATCH) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> e : top) {
      q.add(new TermQuery(new Term(Schema.BODY, e.getKey())), BooleanClause.Occur.SHOULD);
    }
    q.setMinimumNumberShouldMatch(MIN_MATCH);
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q.build(), k + 1).scoreDocs) {
      if (sd.doc != self && out.size() < k) {
        out.add(sd.doc);
      }
    }
    return out;
  }
}
