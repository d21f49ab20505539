package org.copydesk.search;

/**
 * A query that cannot be run: malformed syntax, or too expensive to expand. The message is one line
 * that names the problem.
 */
public final class QueryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A query error with a one-line message naming the problem. */
  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
