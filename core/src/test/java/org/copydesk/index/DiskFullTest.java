package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.copydesk.search.ArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up mid-batch: a clear error, and the index still opens at its last commit. */
class DiskFullTest {

  /** A directory whose writes fail, as on a full disk, once {@code full} is set. */
  static final class FillingDirectory extends FilterDirectory {
    volatile boolean full;
    volatile boolean readOnly;

    FillingDirectory(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (readOnly) {
        throw new java.nio.file.AccessDeniedException(name);
      }
      if (full) {
        throw new IOException("No space left on device: " + name);
      }
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      if (readOnly) {
        throw new java.nio.file.AccessDeniedException(prefix);
      }
      if (full) {
        throw new IOException("No space left on device: " + prefix);
      }
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  @Test
  void fullDiskFailsClearlyAndKeepsTheLastCommit(@TempDir Path dir) throws IOException {
    FillingDirectory disk = new FillingDirectory(FSDirectory.open(dir));
    ArticleIndex index = ArticleIndex.open(dir, disk, IndexConfig.defaults());
    for (int i = 0; i < 10; i++) {
      index.add(ArticleIndexTest.article("a" + i, "Title", "Committed body " + i, null, null));
    }
    index.commit();
    disk.full = true;
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              for (int i = 0; i < 10; i++) {
                index.add(ArticleIndexTest.article("b" + i, "Title", "Lost body " + i, null, null));
              }
              index.commit();
            });
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    index.rollback();
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(10, searcher.count());
    }
  }

  @Test
  void unwritableFolderFailsClearlyAndKeepsTheLastCommit(@TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults())) {
      index.add(ArticleIndexTest.article("a", "Title", "Committed body", null, null));
    }
    FillingDirectory folder = new FillingDirectory(FSDirectory.open(dir));
    folder.readOnly = true;
    ArticleIndex index = ArticleIndex.open(dir, folder, IndexConfig.defaults());
    assertThrows(
        java.nio.file.AccessDeniedException.class,
        () -> {
          for (int i = 0; i < 10; i++) {
            index.add(ArticleIndexTest.article("b" + i, "Title", "Lost body " + i, null, null));
          }
          index.commit();
        });
    index.rollback();
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertEquals(1, searcher.count());
    }
  }
}
