package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Quote;
import org.copydesk.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * The quote field indexed from the body's tokens holds what analysing the quotes again would give:
 * the same terms in the same order, the same position steps inside each quotation.
 */
class QuotedBodyTokensTest {

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final NearDuplicateDetector fingerprints = new NearDuplicateDetector(DedupConfig.defaults());

  @Test
  void seedQuotesAreTakenFromTheBodyAndMatchTheirOwnAnalysis() throws IOException {
    List<Article> seeds = seeds();
    assertEquals(5, seeds.size());
    int replayed = 0;
    for (Article a : seeds) {
      replayed += compare(a) ? 1 : 0;
    }
    // every seed quotes someone; a seed whose quotes are all one run each is replayed
    assertTrue(replayed >= 3, replayed + " of 5 seeds replayed");
  }

  @Test
  void stopWordsHyphensAndPossessivesInsideQuotesKeepTheirPositions() throws IOException {
    Article a = Article.of("fixture", "",
        "Officials met on Monday.\n\n\"The ministry's figures are, in the end, what they are,\" said Kim Jong-un, "
            + "the leader. He added: \"It is not a war; it is a re-run of 2019.\"\n\n"
            + "Lee said the talks were \"constructive\" and called the plan \"a so-called peace-keeping mission\".");
    assertTrue(compare(a), "replayed");
  }

  @Test
  void aQuoteSplitByItsAttributionIsAnalysedAsBefore() throws IOException {
    Article a = Article.of("split", "",
        "Officials met on Monday.\n\n\"We will not give up,\" Kim said, \"because the people are with us.\"");
    Extraction x = extractor.extract(a);
    assertTrue(x.quotes().stream().anyMatch(q -> q.text().contains("give up, because")), x.quotes().toString());
    assertNull(QuotedBodyTokens.of(a, x.quotes()));
    assertFalse(compare(a));
  }

  @Test
  void aPlainTextFileBodyAfterItsHeadlineIsUsed() throws IOException {
    String text = "\"Peace is near,\" says envoy\n\n  The envoy said the talks were \"going well\" and "
        + "added: \"We are close to a deal.\"\n\n";
    String body = text.substring(text.indexOf("The envoy")).strip();
    Article a = new Article("txt", "\"Peace is near,\" says envoy", text, body, null, null, null, null, "txt");
    assertEquals(text.indexOf("The envoy"), QuotedBodyTokens.bodyStart(text, body));
    // the headline's quote is not in the body, so its quotes are analysed as before
    assertFalse(compare(a));
    String bodyOnly = text.substring(text.indexOf("The envoy"));
    Article b = new Article("txt", "", bodyOnly, bodyOnly.strip(), null, null, null, null, "txt");
    assertTrue(compare(b));
  }

  @Test
  void aCleanedBodyIsNotUsed() {
    Article read = Article.of("a", "", "\"Hello there,\" he said.");
    Article cleaned = new Article("a", "", read.text() + "\nRead more", read.text(), null, null, null, null, "a");
    List<Quote> quotes = extractor.extract(read).quotes();
    assertNotNull(QuotedBodyTokens.of(read, quotes));
    assertNull(QuotedBodyTokens.of(cleaned, quotes));
  }

  /**
   * Indexes the article as {@link ArticleDocuments} does and with its quotes analysed anew; asserts
   * that both quote fields agree; returns whether the first took the body's tokens.
   */
  private boolean compare(Article a) throws IOException {
    Extraction x = extractor.extract(a);
    assertFalse(x.quotes().isEmpty(), a.id());
    Document fromBody = ArticleDocuments.toDocument(a, x, fingerprints.indexKeys(a.body()));
    Document analysed = ArticleDocuments.toDocument(a, x, fingerprints.indexKeys(a.body()));
    analysed.removeFields(Schema.QUOTE);
    analysed.add(JoinedTextField.of(Schema.QUOTE, x.quotes().stream().map(Quote::text).toList()));
    List<String[]> a1 = quoteTokens(fromBody);
    List<String[]> a2 = quoteTokens(analysed);
    assertEquals(a2.size(), a1.size(), a.id() + ": " + a1.size() + " vs " + a2.size() + " tokens");
    assertFalse(a1.isEmpty(), a.id());
    for (int i = 0; i < a1.size(); i++) {
      assertEquals(a2.get(i)[0], a1.get(i)[0], a.id() + " token " + i);
      int step1 = Integer.parseInt(a1.get(i)[1]);
      int step2 = Integer.parseInt(a2.get(i)[1]);
      if (i > 0 && (step1 <= JoinedTextField.GAP || step2 <= JoinedTextField.GAP)) {
        assertEquals(step2, step1, a.id() + " step before token " + i + " (" + a1.get(i)[0] + ")");
      }
    }
    return ((JoinedTextField) fromBody.getField(Schema.QUOTE)).replayed;
  }

  @Test
  void oneWriterIndexingManyArticlesGivesEachItsOwnQuotes() throws IOException {
    // the body's recorder and the fields' filters are reused from document to document
    List<Article> articles = seeds();
    articles.add(2, Article.of("split", "", "Talks. \"We will not give up,\" Kim said, \"because the people are with us.\""));
    articles.add(4, Article.of("none", "", "Nobody was quoted in this short story about the talks."));
    Document[] docs = new Document[articles.size()];
    for (int i = 0; i < docs.length; i++) {
      Article a = articles.get(i);
      docs[i] = ArticleDocuments.toDocument(a, extractor.extract(a), fingerprints.indexKeys(a.body()));
    }
    List<List<String[]>> together = quoteTokens(docs);
    int replayed = 0;
    for (Document doc : docs) {
      replayed += doc.getField(Schema.QUOTE) instanceof JoinedTextField f && f.replayed ? 1 : 0;
    }
    assertTrue(replayed >= 3, replayed + " replayed");
    for (int i = 0; i < docs.length; i++) {
      Article a = articles.get(i);
      Document alone = ArticleDocuments.toDocument(a, extractor.extract(a), fingerprints.indexKeys(a.body()));
      List<String> expected = quoteTokens(alone).stream().map(t -> t[0] + "/" + t[1]).toList();
      List<String> got = together.get(i).stream().map(t -> t[0] + "/" + t[1]).toList();
      assertEquals(expected, got, a.id());
      assertEquals(a.id().equals("none"), got.isEmpty(), a.id());
    }
  }

  /** The seed articles, their whole text as the body. */
  private static List<Article> seeds() throws IOException {
    List<Article> seeds = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("..", "seeds"), "*.txt")) {
      for (Path seed : files) {
        seeds.add(Article.of(seed.toString(), "", Files.readString(seed, StandardCharsets.UTF_8)));
      }
    }
    return seeds;
  }

  /** The quote field's terms in position order, each with its step from the one before. */
  private static List<String[]> quoteTokens(Document doc) throws IOException {
    return quoteTokens(new Document[] {doc}).get(0);
  }

  /** Per document, indexed in this order by one writer: {@link #quoteTokens(Document)}. */
  private static List<List<String[]>> quoteTokens(Document[] docs) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
        for (Document doc : docs) {
          w.addDocument(doc);
        }
      }
      List<TreeMap<Integer, String>> byPosition = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        byPosition.add(new TreeMap<>());
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(1, reader.leaves().size());
        LeafReader leaf = reader.leaves().get(0).reader();
        Terms terms = leaf.terms(Schema.QUOTE);
        TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          PostingsEnum p = te.postings(null, PostingsEnum.POSITIONS);
          for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
            for (int i = 0; i < p.freq(); i++) {
              byPosition.get(doc).put(p.nextPosition(), term.utf8ToString());
            }
          }
        }
      }
      List<List<String[]>> out = new ArrayList<>();
      for (TreeMap<Integer, String> doc : byPosition) {
        List<String[]> tokens = new ArrayList<>();
        int last = -1;
        for (var e : doc.entrySet()) {
          tokens.add(new String[] {e.getValue(), String.valueOf(e.getKey() - last)});
          last = e.getKey();
        }
        out.add(tokens);
      }
      return out;
    }
  }
}
