package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines with their offsets; {@code \n}, {@code \r\n} and a lone {@code \r} all end a line. */
final class Lines {

  /** One line: {@code [start, end)} without its line end. */
  record Line(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }

    boolean isBlank(String text) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private Lines() {}

  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0) { // the common case, found by the fast String search
      for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        lines.add(new Line(start, end));
        start = end + 1;
      }
      if (start < n) {
        lines.add(new Line(start, n));
      }
      return lines;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new Line(start, n));
    }
    return lines;
  }
}
