package org.copydesk.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Removes page furniture from an article's body: what a page shows around the story but is not the
 * story.
 *
 * <p>A line is furniture when it is, after trimming and ignoring case:
 * <ul>
 *   <li>a comment-form prompt: "Leave a Reply", "Leave a comment", "Cancel reply", "Post Comment",
 *       "Your email address will not be published…", "Required fields are marked *";
 *   <li>a link line of at most 30 words that starts with "Read Also:", "Read more:", "Also read:",
 *       "Related:", "Watch now:", "Watch:", "Listen:", "Click here", "Sign up", "Subscribe",
 *       "Follow us", "Share this";
 *   <li>an end marker or slot: "End of Article", "Advertisement", "Story continues below
 *       advertisement";
 *   <li>the last non-empty line, when it is a signature: a short line with no sentence-final
 *       punctuation that reads "Outlet, City" ("Africa Today News, New York") or a lone sign-off
 *       word of the article's outlet ("REUTER" for Reuters). A signature names the outlet: when the
 *       article has none, the part before the comma becomes its outlet.
 * </ul>
 */
public final class Furniture {

  /** Lines that are furniture when they read exactly so (ignoring case). */
  private static final List<String> PROMPTS =
      List.of(
          "leave a reply", "leave a comment", "cancel reply", "post comment", "end of article",
          "advertisement", "story continues below advertisement");

  /** Lines that are furniture when they start so (ignoring case). */
  private static final List<String> PROMPT_STARTS =
      List.of("your email address will not be published", "required fields are marked");

  private static final List<String> LINK_PREFIXES =
      List.of(
          "read also", "read more", "also read", "related:", "related stories", "watch now", "watch:",
          "listen:", "click here", "sign up", "subscribe", "follow us", "share this");

  /**
   * The ASCII characters a furniture line can start with, either case. (A line that starts with
   * another character is still tested: case-blind matching maps some of them to ASCII letters.)
   */
  private static final boolean[] OPENS = new boolean[128];

  static {
    for (List<String> list : List.of(PROMPTS, PROMPT_STARTS, LINK_PREFIXES)) {
      for (String prompt : list) {
        char c = prompt.charAt(0);
        OPENS[c] = true;
        OPENS[Character.toUpperCase(c)] = true;
      }
    }
  }

  private static final int MAX_LINK_WORDS = 30;
  private static final int MAX_SIGNATURE_WORDS = 8;

  private Furniture() {}

  /** What was kept of a body, and the outlet a signature line named (or null). */
  public record Cleaned(String body, String signatureOutlet) {}

  /** Removes furniture lines from a body; {@code outlet} may be null. */
  public static Cleaned clean(String body, String outlet) {
    List<Lines.Line> lines = Lines.split(body);
    Marked marked = mark(body, lines, outlet);
    if (marked.furniture() == null) {
      return new Cleaned(body.strip(), null);
    }
    StringBuilder kept = new StringBuilder(body.length());
    for (int i = 0; i < marked.furniture().length; i++) {
      if (!marked.furniture()[i]) {
        if (kept.length() > 0) {
          kept.append('\n');
        }
        kept.append(lines.get(i).of(body));
      }
    }
    return new Cleaned(kept.toString().strip(), marked.signatureOutlet());
  }

  /**
   * The furniture lines of a text, as {@code [start, end)} offsets into it, in order: what
   * {@link #clean} would remove. Extraction leaves what lies in them out.
   */
  public static List<int[]> ranges(String text, String outlet) {
    List<Lines.Line> lines = Lines.split(text);
    boolean[] furniture = mark(text, lines, outlet).furniture();
    List<int[]> out = new java.util.ArrayList<>();
    for (int i = 0; furniture != null && i < furniture.length; i++) {
      if (furniture[i]) {
        out.add(new int[] {lines.get(i).start(), lines.get(i).end()});
      }
    }
    return out;
  }

  /**
   * Which lines up to the last non-blank one are furniture (null when none is, as for most
   * texts), and the outlet a signature line names.
   */
  private record Marked(boolean[] furniture, String signatureOutlet) {}

  private static Marked mark(String text, List<Lines.Line> lines, String outlet) {
    int last = lastNonBlank(text, lines);
    boolean[] furniture = null;
    String signatureOutlet = null;
    for (int i = 0; i <= last; i++) {
      Lines.Line line = lines.get(i);
      int s = strippedStart(text, line);
      int e = strippedEnd(text, line, s);
      boolean found = isFurniture(text, s, e);
      if (!found && i == last) {
        signatureOutlet = signature(text.substring(s, e), outlet);
        found = signatureOutlet != null;
      }
      if (found) {
        if (furniture == null) {
          furniture = new boolean[last + 1];
        }
        furniture[i] = true;
      }
    }
    return new Marked(furniture, signatureOutlet);
  }

  /** The index of the last line with more than white space, or -1. */
  private static int lastNonBlank(String text, List<Lines.Line> lines) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank(text)) {
      last--;
    }
    return last;
  }

  /** Whether one trimmed line is furniture (the signature rule aside). */
  static boolean isFurniture(String line) {
    return isFurniture(line, 0, line.length());
  }

  /**
   * Whether the trimmed line {@code text[s, e)} is furniture (the signature rule aside). Reads the
   * text in place: most lines are story paragraphs, and copying each to test it cost more than the
   * test.
   */
  private static boolean isFurniture(String text, int s, int e) {
    int length = e - s;
    if (length == 0 || length > 400) {
      return false;
    }
    char first = text.charAt(s);
    if (first < 128 && !OPENS[first]) {
      return false; // most lines are paragraphs that start as no furniture line does
    }
    for (String prompt : PROMPTS) {
      if (length == prompt.length() && startsWithIgnoreCase(text, s, e, prompt)) {
        return true;
      }
    }
    for (String start : PROMPT_STARTS) {
      if (startsWithIgnoreCase(text, s, e, start)) {
        return true;
      }
    }
    for (String prefix : LINK_PREFIXES) {
      if (startsWithIgnoreCase(text, s, e, prefix) && wordCount(text, s, e) <= MAX_LINK_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(String text, int s, int e, String prefix) {
    return prefix.length() <= e - s && text.regionMatches(true, s, prefix, 0, prefix.length());
  }

  private static int strippedStart(String text, Lines.Line line) {
    int s = line.start();
    while (s < line.end() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  private static int strippedEnd(String text, Lines.Line line, int start) {
    int e = line.end();
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The outlet a signature line names, or null when the line is not a signature. */
  static String signature(String line, String outlet) {
    if (line.isEmpty() || line.length() > 80
        || ".!?:;\"”’'".indexOf(line.charAt(line.length() - 1)) >= 0
        || wordCount(line) > MAX_SIGNATURE_WORDS) {
      return null;
    }
    if (outlet != null && !line.contains(" ")) {
      String word = line.toLowerCase(Locale.ROOT);
      return outlet.toLowerCase(Locale.ROOT).startsWith(word) ? outlet : null;
    }
    int comma = line.indexOf(',');
    if (comma <= 0 || line.indexOf(',', comma + 1) >= 0) {
      return null;
    }
    for (String word : line.split("[\\s,]+")) {
      if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
        return null;
      }
    }
    return line.substring(0, comma).strip();
  }

  private static int wordCount(String line) {
    return wordCount(line, 0, line.length());
  }

  private static int wordCount(String text, int s, int e) {
    int words = 0;
    boolean in = false;
    for (int i = s; i < e; i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        words++;
      }
      in = !ws;
    }
    return words;
  }
}
