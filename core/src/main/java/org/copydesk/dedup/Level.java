package org.copydesk.dedup;

/**
 * How closely two articles from different outlets are related, strongest first.
 *
 * <p>{@link #DUPLICATE}: the same text give or take furniture and small edits. {@link
 * #NEAR_DUPLICATE}: a lightly edited copy. {@link #REUSE}: a rewrite that shares passages of prose
 * (or is largely contained in the other). {@link #SAME_STORY}: no shared prose, but the same event.
 * {@link #NONE}: unrelated. {@link PairLevels#decide} says which thresholds decide each.
 */
public enum Level {
  DUPLICATE,
  NEAR_DUPLICATE,
  REUSE,
  SAME_STORY,
  NONE;

  /** Whether this level is as strong as {@code other} or stronger. */
  public boolean atLeast(Level other) {
    return ordinal() <= other.ordinal();
  }

  /** The level's name in reports: lower case with a hyphen ("near-duplicate"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
