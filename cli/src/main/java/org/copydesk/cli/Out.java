package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;

/** Output helpers shared by the commands: JSON, dates, terminals. */
final class Out {

  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Out() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** One line of JSON. */
  static String line(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Pretty JSON. */
  static String pretty(Object node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ISO-8601 instant, or null. */
  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** The date part of an instant (UTC), or "-" when unknown. */
  static String date(Instant instant) {
    return instant == null ? "-" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** Whether standard output is an interactive terminal (colours and progress allowed). */
  static boolean isTerminal() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  /** An outlet key for people: the outlet, or the article id for an article of unknown outlet. */
  static String outlet(String key) {
    return key != null && key.startsWith("unknown:") ? "(" + key.substring("unknown:".length()) + ")" : key;
  }

  /**
   * {@link #outlet(String)} in at most {@code max} characters. An article id is cut to its file name
   * and shortened inside its parentheses, so that the closing one stays.
   */
  static String outlet(String key, int max) {
    if (key == null || !key.startsWith("unknown:")) {
      return shorten(key, max);
    }
    String id = key.substring("unknown:".length());
    String name = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
    return "(" + shorten(name.isEmpty() ? id : name, Math.max(1, max - 2)) + ")";
  }

  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    double v = n;
    String[] units = {"KB", "MB", "GB", "TB"};
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
