package org.copydesk.extract;

import java.util.Objects;

/**
 * A source that an article attributes a claim to: an agency, a news outlet, an intelligence service,
 * an official or an analyst, named or not.
 *
 * @param name the source as written ("the KCNA state news agency")
 * @param canonical the folded canonical name ("KCNA"), the same for every alias
 * @param start offset of the name in the article's text
 * @param end end of the name, exclusive
 * @param cue the attribution cue as found ("according to", "said", "citing"), or null
 * @param type agency, media, intelligence, government, official, analyst, organisation or person
 */
public record Source(String name, String canonical, int start, int end, String cue, String type) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
