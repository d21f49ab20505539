package org.copydesk.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The event synonym table {@code figure-events.tsv}: wording such as "died", "lost their lives" or
 * "deaths" folded to one event ("killed"), with the role the wording plays (noun or verb).
 */
final class FigureEvents {

  private static final String EVENTS_RESOURCE = "figure-events.tsv";

  /** Event wording (words joined by a space) to {event, role}. */
  private static final Map<String, String[]> EVENTS = loadEvents();

  /** The first word of every wording: most tokens open none, and need no look-up of longer wordings. */
  private static final java.util.Set<String> FIRST_WORDS = firstWords(EVENTS.keySet());

  /** The longest wording in the table, in words. */
  static final int MAX_WORDS = 3;

  private FigureEvents() {}

  /** The {event, role} of the wording (lower-case words joined by one space), or null. */
  static String[] get(String wording) {
    return EVENTS.get(wording);
  }

  /** The first word of every wording. */
  static java.util.Set<String> firstWords() {
    return FIRST_WORDS;
  }

  private static java.util.Set<String> firstWords(java.util.Set<String> wordings) {
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String w : wordings) {
      int space = w.indexOf(' ');
      first.add(space < 0 ? w : w.substring(0, space));
    }
    return java.util.Set.copyOf(first);
  }

  private static Map<String, String[]> loadEvents() {
    Map<String, String[]> map = new HashMap<>();
    try (InputStream in = FigureEvents.class.getResourceAsStream(EVENTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + EVENTS_RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3 || !(cols[2].equals("noun") || cols[2].equals("verb"))) {
          throw new IllegalStateException(
              EVENTS_RESOURCE + " line " + no + ": expected wording<TAB>event<TAB>noun|verb, got: " + line);
        }
        map.put(cols[0].trim().toLowerCase(Locale.ROOT), new String[] {cols[1].trim(), cols[2]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + EVENTS_RESOURCE, e);
    }
    return Map.copyOf(map);
  }
}
