package org.copydesk.index;

/**
 * How an index is written.
 *
 * @param ramBufferMb the IndexWriter RAM buffer in MB before a segment is flushed (default 64)
 * @param recreate whether to start afresh, deleting what the index held
 */
public record IndexConfig(double ramBufferMb, boolean recreate) {

  public IndexConfig {
    if (!(ramBufferMb > 0)) {
      throw new IllegalArgumentException("ramBufferMb must be > 0, got " + ramBufferMb);
    }
  }

  /** The defaults: 64 MB buffer, keep what is there. */
  public static IndexConfig defaults() {
    return new IndexConfig(64, false);
  }

  /** This config with {@code recreate} set. */
  public IndexConfig withRecreate(boolean value) {
    return new IndexConfig(ramBufferMb, value);
  }
}
