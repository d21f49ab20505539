package org.copydesk.extract;

/** What a quotation is. */
public enum QuoteKind {
  /** A quoted statement: a sentence or clause someone said. */
  DIRECT,
  /** A quoted fragment inside the writer's own sentence: pledged a “beautiful life”. */
  PARTIAL,
  /** A scare quote, a title or a name that nobody is saying: families of “martyrs”. */
  PHRASE;

  /** The lower-case name used in JSON and the index. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
