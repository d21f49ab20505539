package org.copydesk.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.dedup.StoredKeys;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;
import org.copydesk.extract.Source;
import org.copydesk.ingest.Article;

/** Maps an {@link Article} and what was extracted from it to a Lucene document, and back. */
final class ArticleDocuments {

  private ArticleDocuments() {}

  static Document toDocument(Article a, Extraction x, NearDuplicateDetector.IndexKeys keys) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
    doc.add(new TextField(Schema.TITLE, a.title(), Field.Store.YES));
    QuotedBodyTokens quoted = QuotedBodyTokens.of(a, x.quotes());
    doc.add(QuotedBodyTokens.bodyField(a.body(), quoted));
    if (!a.text().equals(a.body())) {
      doc.add(new StoredField(Schema.TEXT, a.text()));
    }
    if (a.outlet() != null) {
      doc.add(new Field(Schema.OUTLET, a.outlet(), Schema.LABEL_TYPE));
    }
    String outletKey = a.outlet() == null || a.outlet().isBlank() ? Schema.UNKNOWN_OUTLET : a.outlet();
    doc.add(new SortedDocValuesField(Schema.OUTLET_KEY, new BytesRef(outletKey)));
    if (a.author() != null) {
      doc.add(new Field(Schema.AUTHOR, a.author(), Schema.LABEL_TYPE));
    }
    if (a.url() != null) {
      doc.add(new StoredField(Schema.URL, a.url()));
    }
    if (a.published() != null) {
      long millis = a.published().toEpochMilli();
      doc.add(new LongPoint(Schema.PUBLISHED, millis));
      doc.add(new StoredField(Schema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
    }
    doc.add(new StoredField(Schema.ORIGIN, a.origin()));
    addExtraction(doc, x, quoted);
    doc.add(new BinaryDocValuesField(Schema.FINGERPRINTS, StoredKeys.encode(keys)));
    return doc;
  }

  private static void addExtraction(Document doc, Extraction x, QuotedBodyTokens quoted) {
    List<String> quotes = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    for (Quote q : x.quotes()) {
      quotes.add(q.text());
      if (q.speaker() != null && q.kind() != QuoteKind.PHRASE) {
        speakers.add(q.speaker());
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    for (Source s : x.sources()) {
      sources.add(s.canonical());
      sources.add(s.name());
    }
    add(doc, JoinedTextField.of(Schema.QUOTE, quotes, quoted));
    add(doc, JoinedTextField.of(Schema.SPEAKER, speakers));
    add(doc, JoinedTextField.of(Schema.SOURCE, List.copyOf(sources)));
    for (Figure f : x.figures()) {
      Double point = f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
      if (f.kind() != FigureKind.COUNT || point == null) {
        continue;
      }
      doc.add(new DoublePoint(Schema.FIGURE, point));
      if (f.event() != null) {
        doc.add(new DoublePoint(Schema.FIGURE_EVENT_PREFIX + f.event().toLowerCase(Locale.ROOT), point));
      }
    }
    doc.add(new StoredField(Schema.EXTRACTION, ExtractionCodec.encode(x)));
  }

  private static void add(Document doc, IndexableField field) {
    if (field != null) {
      doc.add(field);
    }
  }

  /** Rebuilds the article from a stored document. */
  static Article toArticle(Document doc) {
    String body = doc.get(Schema.BODY);
    String text = doc.get(Schema.TEXT);
    IndexableField published = doc.getField(Schema.PUBLISHED);
    return new Article(
        doc.get(Schema.ID),
        doc.get(Schema.TITLE),
        text == null ? body : text,
        body,
        doc.get(Schema.OUTLET),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        doc.get(Schema.AUTHOR),
        doc.get(Schema.URL),
        doc.get(Schema.ORIGIN));
  }

  /** The stored extraction of a document. */
  static Extraction extraction(Document doc) {
    BytesRef stored = doc.getBinaryValue(Schema.EXTRACTION);
    return stored == null ? Extraction.empty() : ExtractionCodec.decode(stored);
  }
}
