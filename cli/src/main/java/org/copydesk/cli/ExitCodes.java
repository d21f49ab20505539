package org.copydesk.cli;

/** The exit codes of every copydesk command; the README's CLI reference lists the same table. */
final class ExitCodes {

  /** Everything worked. */
  static final int OK = 0;
  /** The command finished, but some input was skipped (or an archive was cut short). */
  static final int PARTIAL = 1;
  /** Bad usage: an unknown option, a bad argument or a malformed query. */
  static final int USAGE = 2;
  /** The index cannot be used: missing or empty, in use by another process, another schema, not an index. */
  static final int INDEX = 3;
  /** Reading or writing failed: an unwritable folder, a full disk. */
  static final int IO = 4;
  /** {@code --strict} stopped at the first problem; nothing from this run was committed. */
  static final int STRICT = 5;
  /** A bug in copydesk: please report it with the stack trace printed under {@code COPYDESK_DEBUG=1}. */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
