package org.copydesk.dedup;

import java.util.Objects;

/**
 * A passage two articles share word for word (after normalisation), with its place in both.
 *
 * <p>Offsets are {@code String} indices into the ORIGINAL texts, end exclusive: from the start of the
 * first shared word to the end of the last, so {@code a.substring(aStart, aEnd)} is the passage as
 * article A writes it and {@code text} equals it.
 *
 * @param aStart start in text A
 * @param aEnd end in text A, exclusive
 * @param bStart start in text B
 * @param bEnd end in text B, exclusive
 * @param words how many normalised words the passage has
 * @param text the passage as written in A
 * @param quotedInA whether most of its words lie inside quotation marks in A
 * @param quotedInB whether most of its words lie inside quotation marks in B
 * @param proseWords how many of its words lie outside quotation marks in both texts
 */
public record SharedPassage(
    int aStart,
    int aEnd,
    int bStart,
    int bEnd,
    int words,
    String text,
    boolean quotedInA,
    boolean quotedInB,
    int proseWords) {

  public SharedPassage {
    Objects.requireNonNull(text, "text");
  }

  /** Whether the passage is a shared quotation: mostly inside quotation marks in both texts. */
  public boolean quoted() {
    return quotedInA && quotedInB;
  }
}
