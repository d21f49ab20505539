package org.copydesk;

/**
 * Progress of a long run (indexing, near-duplicate detection): called now and then with the work
 * done and the work in all (0 when unknown), always from the working thread.
 */
@FunctionalInterface
public interface Progress {

  /** Reports that {@code done} of {@code total} units of the named phase are done. */
  void update(String phase, long done, long total);
}
