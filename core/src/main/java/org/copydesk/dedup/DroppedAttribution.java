package org.copydesk.dedup;

/**
 * An attribution lost or changed in a copy: the origin attributes a passage to a source, the copy
 * has the passage but not that attribution.
 *
 * @param originId the article that attributes the passage
 * @param copyId the article that shares the passage
 * @param source the canonical source the origin names ("KCNA")
 * @param cue how the origin attributes it ("according to"), or null
 * @param originStart start of the origin's attributed sentence, in its indexed text
 * @param originEnd end of that sentence
 * @param originSentence the origin's sentence
 * @param copyStart start of the shared passage in the copy's indexed text
 * @param copyEnd end of the shared passage in the copy
 * @param copySentence the copy's sentence around the passage
 * @param copySource the canonical source the copy names there instead, or null when it names none
 */
public record DroppedAttribution(
    String originId,
    String copyId,
    String source,
    String cue,
    int originStart,
    int originEnd,
    String originSentence,
    int copyStart,
    int copyEnd,
    String copySentence,
    String copySource) {

  /** Whether the copy names another source rather than none. */
  public boolean changed() {
    return copySource != null;
  }
}
