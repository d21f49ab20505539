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
import org.copydesk.SharedData;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Quote;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;
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
  void aQuoteSplitByItsAttributionOrAParagraphIsTakenPartByPart() throws IOException {
    Article a = Article.of("split", "",
        "Officials met on Monday.\n\n\"We will not give up,\" Kim said, \"because the people are with us.\"\n\n"
            + "Lee added: \"The talks went well.\n\n\"And the next round is in May.\"");
    Extraction x = extractor.extract(a);
    assertTrue(x.quotes().stream().anyMatch(q -> q.text().contains("give up, because")), x.quotes().toString());
    assertNotNull(QuotedBodyTokens.of(a, x.quotes()));
    assertTrue(compare(a));
  }

  @Test
  void aPartFoundInsideAWordOrATokenAcrossAQuotesEdgeFallsBackToAnalysis() throws IOException {
    // the second part "Lean." also ends the word "McLean."; it must not be taken from there
    Article a = Article.of("mclean", "", "Talks. \"Go,\" said McLean. \"Lean.\"");
    Quote joined = new Quote("Go, Lean.", 7, a.body().length(), org.copydesk.extract.QuoteKind.DIRECT,
        null, null, null, null);
    assertNull(QuotedBodyTokens.of(a, List.of(joined)));
    Document mclean = ArticleDocuments.toDocument(a, new Extraction(List.of(joined), List.of(), List.of()),
        fingerprints.indexKeys(a.body()));
    assertEquals(List.of("go", "lean"), quoteTokens(mclean).stream().map(t -> t[0]).toList());
    // a quote whose span cuts a token of the body ("macrosoft" there, "soft" in its own analysis)
    Article b = Article.of("cut", "", "Shares of Macrosoft rose.");
    Quote cut = new Quote("soft rose.", 14, 25, org.copydesk.extract.QuoteKind.PARTIAL, null, null, null, null);
    assertEquals("soft rose.", b.body().substring(15, 25));
    Document doc = ArticleDocuments.toDocument(b, new Extraction(List.of(cut), List.of(), List.of()),
        fingerprints.indexKeys(b.body()));
    List<String[]> tokens = quoteTokens(doc);
    assertFalse(((JoinedTextField) doc.getField(Schema.QUOTE)).replayed);
    assertEquals(List.of("soft", "rose"), tokens.stream().map(t -> t[0]).toList());
  }

  @Test
  void quotesAreAnalysedAsTheBodyIs() throws IOException {
    // replaying the body's tokens is right only while both fields have one analyser
    String text = "The ministry's figures were, in the end, a re-run of 2019's: 1,000 killed.";
    assertEquals(terms(Schema.BODY, text), terms(Schema.QUOTE, text));
  }

  private static List<String> terms(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (var analyzer = Schema.analyzer();
        var ts = analyzer.tokenStream(field, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var step = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + step.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void aQuoteWhosePartsAreNotInTheBodyIsAnalysedAsBefore() {
    Article a = Article.of("x", "", "Officials met.\n\n\"We will not give up,\" Kim said, \"because we can.\"");
    List<Quote> found = extractor.extract(a).quotes();
    Quote q = found.get(0);
    Quote altered = new Quote(q.text().replace("because", "since"), q.start(), q.end(), q.kind(), q.speaker(),
        q.speakerStart(), q.speakerEnd(), q.cue());
    assertNotNull(QuotedBodyTokens.of(a, found));
    assertNull(QuotedBodyTokens.of(a, List.of(altered)));
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
  void aBodyWithoutItsSignatureLineIsUsed() throws IOException {
    String text = "  Talks resumed. \"We are hopeful,\" the minister said.\n Reuter\n";
    String body = "Talks resumed. \"We are hopeful,\" the minister said.";
    assertEquals(2, QuotedBodyTokens.bodyStart(text, body));
    assertTrue(compare(new Article("r", "", text, body, null, null, null, null, "r")));
  }

  @Test
  void aBodyWithFurnitureTakenOutOfItsMiddleIsNotUsed() {
    String text = "\"Hello there,\" he said.\nAdvertisement\nShe agreed: \"It went well.\"";
    Article read = Article.of("a", "", text);
    Article cleaned = new Article("a", "", text, "\"Hello there,\" he said.\nShe agreed: \"It went well.\"",
        null, null, null, null, "a");
    List<Quote> quotes = extractor.extract(read).quotes();
    assertEquals(2, quotes.size(), quotes.toString());
    assertNotNull(QuotedBodyTokens.of(read, quotes));
    assertNull(QuotedBodyTokens.of(cleaned, quotes));
  }

  @Test
  void realNewsQuotesMatchTheirOwnAnalysis() throws IOException {
    // optional: reads ../shared/data (the BBC stories through the plain-text reader, the first
    // 3,000 Reuters stories through the JSON Lines reader, each with furniture cleaning)
    Path bbc = SharedData.require("data/bbc");
    Path reuters = SharedData.require("data/reuters21578.jsonl");
    for (Path corpus : List.of(bbc, reuters)) {
      List<Article> quoting = new ArrayList<>();
      Ingest.withDefaultReaders().read(List.of(corpus), null, new ArticleSink() {
        @Override
        public void accept(Article a) {
          if (quoting.size() < 3000 && !extractor.quotes(a).isEmpty()) {
            quoting.add(a);
          }
        }

        @Override
        public void warn(String location, String message) {}

        @Override
        public void skip(String location, String message) {}
      });
      int replayed = 0;
      for (int from = 0; from < quoting.size(); from += 500) {
        replayed += compare(quoting.subList(from, Math.min(quoting.size(), from + 500)));
      }
      System.out.printf("%s: %d of %d quoting articles take their quotes' tokens from the body%n",
          corpus.getFileName(), replayed, quoting.size());
      // the rest quote their headline (bbc) or were cleaned of furniture in the middle
      assertTrue(replayed >= 0.8 * quoting.size(), corpus + ": " + replayed + " of " + quoting.size());
    }
  }

  /**
   * Indexes the article as {@link ArticleDocuments} does and with its quotes analysed anew; asserts
   * that both quote fields agree; returns whether the first took the body's tokens.
   */
  private boolean compare(Article a) throws IOException {
    return compare(List.of(a)) == 1;
  }

  /** {@link #compare(Article)} of each article, all indexed by one writer; returns how many replayed. */
  private int compare(List<Article> articles) throws IOException {
    Document[] fromBody = new Document[articles.size()];
    Document[] analysed = new Document[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Extraction x = extractor.extract(a);
      assertFalse(x.quotes().isEmpty(), a.id());
      fromBody[i] = ArticleDocuments.toDocument(a, x, fingerprints.indexKeys(a.body()));
      analysed[i] = ArticleDocuments.toDocument(a, x, fingerprints.indexKeys(a.body()));
      analysed[i].removeFields(Schema.QUOTE);
      analysed[i].add(JoinedTextField.of(Schema.QUOTE, x.quotes().stream().map(Quote::text).toList()));
    }
    List<List<String[]>> replays = quoteTokens(fromBody);
    List<List<String[]>> analyses = quoteTokens(analysed);
    int replayed = 0;
    for (int i = 0; i < articles.size(); i++) {
      same(articles.get(i), replays.get(i), analyses.get(i));
      replayed += ((JoinedTextField) fromBody[i].getField(Schema.QUOTE)).replayed ? 1 : 0;
    }
    return replayed;
  }

  private void same(Article a, List<String[]> a1, List<String[]> a2) {
    Extraction x = extractor.extract(a);
    assertEquals(a2.size(), a1.size(), a.id() + ": " + a1.size() + " vs " + a2.size() + " tokens");
    int differing = 0;
    for (int i = 0; i < a1.size(); i++) {
      assertEquals(a2.get(i)[0], a1.get(i)[0], a.id() + " token " + i);
      int step1 = Integer.parseInt(a1.get(i)[1]);
      int step2 = Integer.parseInt(a2.get(i)[1]);
      if (i > 0 && (step1 <= JoinedTextField.GAP || step2 <= JoinedTextField.GAP) && step1 != step2) {
        // only where a later part of a split quote starts (stop words ending its attribution)
        assertTrue(step1 <= JoinedTextField.GAP && step2 <= JoinedTextField.GAP, a.id() + " token " + i);
        differing++;
      }
    }
    QuotedBodyTokens runs = QuotedBodyTokens.of(a, x.quotes());
    int joins = runs == null ? 0 : runs.runs() - x.quotes().size();
    assertTrue(differing <= joins, a.id() + ": " + differing + " steps differ, " + joins + " parts joined");
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
