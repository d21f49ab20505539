package org.copydesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.copydesk.dedup.DedupConfig;
import org.copydesk.dedup.NearDuplicateDetector;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.ingest.Article;

/**
 * Writes articles to an index folder: extraction and fingerprints are computed here, then the
 * article replaces any earlier version with the same id.
 *
 * <p>{@link #add} is thread-safe: callers may add from several threads to use every core. Nothing
 * is visible to searchers until {@link #commit}; {@link #close} commits, {@link #rollback} drops
 * what was added since the last commit.
 *
 * <p>NOTE: one process at a time may write an index; a second gets an {@link IndexStateException}
 * at once.
 */
public final class ArticleIndex implements Closeable {

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final NearDuplicateDetector fingerprints;
  private final String fingerprintSettings;
  /** The ids added since an empty index was opened; null when it held articles then. */
  private final NewIds newIds;

  private ArticleIndex(Path dir, Directory directory, IndexWriter writer, DedupConfig dedup, boolean fresh) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.newIds = fresh ? new NewIds() : null;
    this.fingerprints = new NearDuplicateDetector(dedup);
    this.fingerprintSettings = Schema.fingerprint(dedup);
  }

  /**
   * Opens the index in the folder for writing, creating folder and index when missing.
   *
   * @throws IndexStateException when the folder is in use, not an index, or of another schema
   *     version (unless {@link IndexConfig#recreate()})
   */
  public static ArticleIndex open(Path dir, IndexConfig config) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IndexStateException(
          IndexStateException.Reason.NOT_AN_INDEX, dir + " is a file, not an index folder: give --index a folder");
    }
    Files.createDirectories(dir);
    return open(dir, FSDirectory.open(dir), config);
  }

  /** Opens the index on a directory of the caller's (tests wrap one to fail writes). */
  static ArticleIndex open(Path dir, Directory directory, IndexConfig config) throws IOException {
    try {
      IndexFolders.checkWritable(dir, directory, config.recreate());
      boolean fresh = config.recreate() || !DirectoryReader.indexExists(directory);
      IndexWriterConfig iwc = new IndexWriterConfig(Schema.analyzer());
      iwc.setOpenMode(
          config.recreate() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      iwc.setRAMBufferSizeMB(config.ramBufferMb());
      IndexWriter writer = new IndexWriter(directory, iwc);
      ArticleIndex index = new ArticleIndex(dir, directory, writer, config.dedup(), fresh);
      if (!fresh) {
        IndexFolders.checkFingerprint(dir, writer.getLiveCommitData(), index.fingerprintSettings);
      }
      if (fresh) {
        index.commit(); // an empty index with its schema version, so that the folder is one
      }
      return index;
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexStateException(
          IndexStateException.Reason.LOCKED,
          "the index at " + dir + " is in use by another copydesk process; try again when it has finished");
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The folder this index lives in. */
  public Path folder() {
    return dir;
  }

  /** Extracts, fingerprints and adds (or replaces) the article. Thread-safe. */
  public void add(Article article) throws IOException {
    write(prepare(article));
  }

  /** An article with its Lucene document made, ready for {@link #write}. */
  record Prepared(Article article, Document doc) {}

  /**
   * The first half of {@link #add}: extraction, fingerprints and the document, all CPU and none of
   * it touching the index. Thread-safe.
   */
  Prepared prepare(Article article) {
    Extraction extraction = extractor.extract(article);
    NearDuplicateDetector.IndexKeys keys = fingerprints.indexKeys(article.body());
    return new Prepared(article, ArticleDocuments.toDocument(article, extraction, keys));
  }

  /** The second half of {@link #add}: adds the document, replacing any earlier version. Thread-safe. */
  void write(Prepared prepared) throws IOException {
    Article article = prepared.article();
    Document doc = prepared.doc();
    Term id = new Term(Schema.ID, article.id());
    if (newIds == null) {
      writer.updateDocument(id, doc);
      return;
    }
    CountDownLatch claim = newIds.claim(article.id());
    try {
      if (newIds.firstSight(NewIds.hash(article.id()))) {
        writer.addDocument(doc);
      } else {
        writer.updateDocument(id, doc);
      }
    } finally {
      newIds.release(article.id(), claim);
    }
  }

  /**
   * Flushes one in-memory segment to disk on the calling thread, if one is not being flushed
   * already; returns whether it flushed one. Lets idle workers share the flush a commit would do
   * on one thread.
   */
  boolean flushNextBuffer() throws IOException {
    return writer.flushNextBuffer();
  }

  /** Documents added but still in memory, in no segment on disk (for tests). */
  int bufferedDocs() {
    return writer.numRamDocs();
  }

  /** Removes the article with this id, if any. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.ID, id));
  }

  /** Makes everything added so far durable and visible to new searchers. */
  public void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(Schema.VERSION_KEY, String.valueOf(Schema.VERSION), Schema.FINGERPRINT_KEY, fingerprintSettings)
            .entrySet());
    writer.commit();
  }

  /** Drops everything added since the last commit and closes the index. */
  public void rollback() throws IOException {
    try {
      if (writer.isOpen()) {
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    if (!writer.isOpen()) {
      return;
    }
    try {
      commit();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
