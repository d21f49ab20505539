package org.copydesk.search;

import java.util.List;

/**
 * A passage of an article's body that shows why it matched: plain text (white space folded) and
 * the spans of the matched terms in it.
 *
 * @param text the passages, joined with " … "
 * @param marks the matched spans, {@code [start, end)} in {@code text}, in order
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched span of the snippet text. */
  public record Mark(int start, int end) {}

  public Snippet {
    marks = List.copyOf(marks);
  }

  /** The text with every matched span wrapped in the two markers ({@code "[", "]"} or ANSI codes). */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int at = 0;
    for (Mark m : marks) {
      sb.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
      at = m.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
