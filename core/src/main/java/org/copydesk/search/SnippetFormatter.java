package org.copydesk.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into a {@link Snippet}: white space folded, matches as marks. */
final class SnippetFormatter extends PassageFormatter {

  private static final String GAP = " … ";

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Mark> marks = new ArrayList<>();
    for (Passage passage : passages) {
      if (text.length() > 0) {
        while (text.charAt(text.length() - 1) == ' ') {
          text.setLength(text.length() - 1);
        }
        text.append(GAP);
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue;
        }
        append(text, content, pos, start);
        int markStart = text.length();
        append(text, content, start, end);
        marks.add(new Snippet.Mark(markStart, text.length()));
        pos = end;
      }
      append(text, content, pos, passage.getEndOffset());
    }
    return new Snippet(text.toString().stripTrailing(), marks);
  }

  /** Appends content[from, to) with every run of white space folded to one space. */
  private static void append(StringBuilder out, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }
}
