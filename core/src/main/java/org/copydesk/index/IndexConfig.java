package org.copydesk.index;

import java.util.Objects;
import org.copydesk.dedup.DedupConfig;

/**
 * How an index is written.
 *
 * @param ramBufferMb the IndexWriter RAM buffer in MB before a segment is flushed (default 64)
 * @param recreate whether to start afresh, deleting what the index held
 * @param dedup the near-duplicate settings whose fingerprints (shingle size, MinHash seed and
 *     bands) are stored with every article; an index keeps the ones it was created with
 */
public record IndexConfig(double ramBufferMb, boolean recreate, DedupConfig dedup) {

  public IndexConfig {
    if (!(ramBufferMb > 0)) {
      throw new IllegalArgumentException("ramBufferMb must be > 0, got " + ramBufferMb);
    }
    Objects.requireNonNull(dedup, "dedup");
  }

  /** The defaults: 64 MB buffer, keep what is there, default near-duplicate settings. */
  public static IndexConfig defaults() {
    return new IndexConfig(64, false, DedupConfig.defaults());
  }

  /** This config with {@code recreate} set. */
  public IndexConfig withRecreate(boolean value) {
    return new IndexConfig(ramBufferMb, value, dedup);
  }

  /** This config with other near-duplicate settings. */
  public IndexConfig withDedup(DedupConfig value) {
    return new IndexConfig(ramBufferMb, recreate, value);
  }

  /** This config with another RAM buffer. */
  public IndexConfig withRamBufferMb(double value) {
    return new IndexConfig(value, recreate, dedup);
  }
}
