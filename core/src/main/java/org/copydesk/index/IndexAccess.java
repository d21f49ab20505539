package org.copydesk.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.copydesk.extract.Extraction;
import org.copydesk.ingest.Article;

/**
 * Reading helpers shared by copydesk's own search and near-duplicate packages.
 *
 * <p>NOTE: internal to copydesk; embedding code should use {@code ArticleSearcher} and the
 * other public entry points instead.
 */
public final class IndexAccess {

  private IndexAccess() {}

  /** Fails with a message unless the folder holds an index of this schema version. */
  public static void checkReadable(Path dir, Directory directory) throws IOException {
    IndexFolders.checkReadable(dir, directory);
  }

  /** The article stored in a document. */
  public static Article article(Document doc) {
    return ArticleDocuments.toArticle(doc);
  }

  /** The extraction stored in a document. */
  public static Extraction extraction(Document doc) {
    return ArticleDocuments.extraction(doc);
  }

  /** Counts, outlets, date range and size of the index the reader reads. */
  public static IndexStats stats(Path dir, DirectoryReader reader) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues outlets = leaf.reader().getSortedDocValues(Schema.OUTLET_KEY);
      Bits live = leaf.reader().getLiveDocs();
      if (outlets != null) {
        for (int doc = outlets.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = outlets.nextDoc()) {
          if (live == null || live.get(doc)) {
            counts.merge(outlets.lookupOrd(outlets.ordValue()).utf8ToString(), 1L, Long::sum);
          }
        }
      }
      PointValues points = leaf.reader().getPointValues(Schema.PUBLISHED);
      if (points != null && points.size() > 0) {
        min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
        max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
      }
    }
    String version = reader.getIndexCommit().getUserData().get(Schema.VERSION_KEY);
    return new IndexStats(
        reader.numDocs(),
        mostFirst(counts),
        min == Long.MAX_VALUE ? null : Instant.ofEpochMilli(min),
        max == Long.MIN_VALUE ? null : Instant.ofEpochMilli(max),
        sizeOf(dir),
        version == null ? 0 : Integer.parseInt(version));
  }

  /** The counts ordered most first, then by name. */
  public static Map<String, Long> mostFirst(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static long sizeOf(Path dir) throws IOException {
    long total = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          total += Files.size(f);
        }
      }
    }
    return total;
  }
}
