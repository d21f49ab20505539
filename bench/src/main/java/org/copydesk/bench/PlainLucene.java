package org.copydesk.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Schema;

/**
 * The baseline: what plain Lucene does with the same input and the same analyzer, and nothing
 * more. Indexing stores id, title and body (as {@link TextField}s, no offsets, no extraction);
 * searching parses with the same analyzer over the same default fields and boosts, takes the top
 * 10 and loads only {@code id} and {@code title}.
 */
final class PlainLucene {

  private PlainLucene() {}

  /** One input record, as the JSON Lines file has it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Raw(String id, String title, String text) {}

  private static final Raw POISON = new Raw(null, null, null);

  /**
   * Indexes the JSON Lines corpus into a new index in {@code dir}: one thread parses, {@code
   * threads} threads build documents and add them (as copydesk's ParallelIndexer does); commits and
   * closes. Returns the number of documents added.
   */
  static long index(Path corpus, Path dir, int threads) throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(Schema.analyzer());
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    iwc.setRAMBufferSizeMB(IndexConfig.defaults().ramBufferMb()); // the same buffer as copydesk
    BlockingQueue<Raw> queue = new ArrayBlockingQueue<>(64 * threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long count = 0;
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, iwc)) {
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> work(queue, writer, failure), "plain-lucene-" + i);
        t.start();
        workers.add(t);
      }
      try (MappingIterator<Raw> it = new ObjectMapper().readerFor(Raw.class).readValues(corpus.toFile())) {
        while (it.hasNext() && failure.get() == null) {
          queue.put(it.next());
          count++;
        }
      } finally {
        for (int i = 0; i < threads; i++) {
          queue.put(POISON);
        }
        for (Thread t : workers) {
          t.join();
        }
      }
      if (failure.get() != null) {
        throw new IOException("plain Lucene indexing failed", failure.get());
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return count;
  }

  private static void work(BlockingQueue<Raw> queue, IndexWriter writer, AtomicReference<Throwable> failure) {
    try {
      for (Raw r = queue.take(); r != POISON; r = queue.take()) {
        if (failure.get() != null) {
          continue; // keep draining so the reader never blocks
        }
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, r.id(), Field.Store.YES));
        doc.add(new TextField(Schema.TITLE, r.title() == null ? "" : r.title(), Field.Store.YES));
        doc.add(new TextField(Schema.BODY, r.text(), Field.Store.YES));
        writer.addDocument(doc);
      }
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
      try {
        while (queue.take() != POISON) {
          // drain
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A plain searcher over any index with copydesk's field names. Not thread-safe (the parser). */
  static final class Searcher implements AutoCloseable {
    private static final Set<String> LOAD = Set.of(Schema.ID, Schema.TITLE);
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final MultiFieldQueryParser parser;

    Searcher(Path dir) throws IOException {
      directory = FSDirectory.open(dir);
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      Map<String, Float> boosts = Schema.DEFAULT_FIELDS;
      parser = new MultiFieldQueryParser(boosts.keySet().stream().sorted().toArray(String[]::new), Schema.analyzer(), boosts) {
        @Override
        protected Query getRangeQuery(String field, String a, String b, boolean si, boolean ei)
            throws ParseException {
          if (field != null && Schema.isFigureField(field)) { // points, as any Lucene app would
            double lo = a == null || "*".equals(a) ? Double.NEGATIVE_INFINITY : Double.parseDouble(a);
            double hi = b == null || "*".equals(b) ? Double.POSITIVE_INFINITY : Double.parseDouble(b);
            return DoublePoint.newRangeQuery(field, lo, hi);
          }
          if (Schema.PUBLISHED.equals(field)) {
            long lo = a == null || "*".equals(a) ? Long.MIN_VALUE : day(a);
            long hi = b == null || "*".equals(b) ? Long.MAX_VALUE : day(b);
            return LongPoint.newRangeQuery(field, lo, hi);
          }
          return super.getRangeQuery(field, a, b, si, ei);
        }
      };
    }

    private static long day(String date) {
      return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Parses the query, takes the top 10 and loads their id and title; returns the titles' total length. */
    int search(String query) throws ParseException, IOException {
      Query q = parser.parse(query);
      TopDocs top = searcher.search(q, 10);
      StoredFields stored = searcher.storedFields();
      int chars = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, LOAD);
        chars += d.get(Schema.ID).length() + d.get(Schema.TITLE).length();
      }
      return chars;
    }

    @Override
    public void close() throws IOException {
      reader.close();
      directory.close();
    }
  }
}
