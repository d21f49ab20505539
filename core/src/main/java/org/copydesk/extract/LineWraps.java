package org.copydesk.extract;

/**
 * Which line ends of a text only wrap a line inside a paragraph, as hard-wrapped wire copy has them
 * ("wants to finish the negotiations as fast as\npossible").
 *
 * <p>A text is hard-wrapped when it has at least {@link #MIN_WRAPS} lines that stop mid-sentence and
 * no line after the first longer than {@link #MAX_WRAPPED_LINE} characters: web and BBC texts put
 * each paragraph on one long line, and there a short line without a full stop is a subheading. A
 * line stops mid-sentence after a lower-case letter, a digit, a comma or a hyphen (or a capital when
 * the next line starts in lower case). In a hard-wrapped text every line end wraps when the next
 * line starts at once, after a full stop too ("there is no plan." at a line end, "How can there
 * be ..." on the next): a blank line or an indented line starts a paragraph. The first line (the headline) never wraps.
 *
 * <p>NOTE: one pass over the line ends when made; each question after that is constant time.
 */
final class LineWraps {

  static final int MAX_WRAPPED_LINE = 100;
  static final int MIN_WRAPS = 3;

  private final String text;
  private final int firstLineEnd;
  private final boolean wrapped;

  private LineWraps(String text) {
    this.text = text;
    this.firstLineEnd = text.indexOf('\n');
    int wraps = 0;
    boolean longLine = false;
    for (int start = firstLineEnd + 1; firstLineEnd >= 0 && start < text.length() && !longLine; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      longLine = end - start > MAX_WRAPPED_LINE;
      if (end < text.length() && stopsMidSentence(end)) {
        wraps++;
      }
      start = end + 1;
    }
    this.wrapped = !longLine && wraps >= MIN_WRAPS;
  }

  /** The line wraps of a text. */
  static LineWraps of(String text) {
    return new LineWraps(text);
  }

  /** Whether the character at {@code i} is a line end that only wraps a line. */
  boolean isWrap(int i) {
    return wrapped && i > firstLineEnd && text.charAt(i) == '\n' && i + 1 < text.length()
        && !Character.isWhitespace(text.charAt(i + 1)) && !Character.isWhitespace(text.charAt(i - 1));
  }

  private boolean stopsMidSentence(int i) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char prev = text.charAt(i - 1);
    char next = text.charAt(i + 1);
    if (Character.isWhitespace(next)) {
      return false;
    }
    return Character.isLowerCase(prev) || Character.isDigit(prev) || prev == ',' || prev == '-'
        || (Character.isUpperCase(prev) && Character.isLowerCase(next));
  }
}
