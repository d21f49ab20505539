package org.copydesk.index;

import java.io.IOException;

/**
 * The index folder cannot be used as asked: missing or empty, in use by another process, written
 * by another schema version, or not an index at all. The message says what to do.
 */
public final class IndexStateException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the index folder. */
  public enum Reason {
    /** No index there yet, or one with no articles. */
    MISSING,
    /** Another process is writing to it. */
    LOCKED,
    /** Written by another schema version. */
    INCOMPATIBLE,
    /** The folder holds files that are not an index. */
    NOT_AN_INDEX
  }

  private final Reason reason;

  /** An index-folder problem of this kind, with a message saying what to do. */
  public IndexStateException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What is wrong. */
  public Reason reason() {
    return reason;
  }
}
