package org.copydesk.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON Lines ({@code .jsonl}): one article per line, an object with {@code id}, {@code title},
 * {@code text} and optional {@code url}, {@code outlet}, {@code published} (ISO-8601 date or
 * date-time) and {@code author}. Unknown fields are ignored.
 *
 * <p>A bad line is skipped with a message naming {@code file:line}: malformed JSON, not an object,
 * no {@code text}. A repairable one is kept with a warning: a missing id (derived from the file
 * and line), a field of the wrong type (converted to text), a {@code published} that is not a date
 * (dropped), an id seen earlier in the same file (the later line replaces it). Blank lines are
 * ignored.
 */
public final class JsonLinesReader implements ArticleReader {

  /** The longest string a record may hold, in chars: far above any real article. */
  static final int MAX_STRING_CHARS = 128 * 1024 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
              .build());

  @Override
  public boolean accepts(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  @Override
  public void read(InputFile file, ArticleSink sink) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Map<String, Integer> seen = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()), decoder), 1 << 16)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        readLine(file, line, number, seen, sink);
      }
    }
  }

  private static void readLine(
      InputFile file, String line, int number, Map<String, Integer> seen, ArticleSink sink) {
    String where = file.display() + ":" + number;
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      sink.skip(where, "malformed JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      sink.skip(where, "expected a JSON object");
      return;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull() || textNode.isContainerNode()) {
      sink.skip(where, "no \"text\" field");
      return;
    }
    StringBuilder repairs = new StringBuilder();
    String text = string(node, "text", repairs);
    TextDecoder.Decoded cleaned = TextDecoder.clean(text, null);
    if (cleaned.repair() != null) {
      note(repairs, cleaned.repair());
    }
    text = cleaned.text();
    if (text.isBlank()) {
      sink.skip(where, "empty \"text\"");
      return;
    }
    String id = string(node, "id", repairs);
    if (id == null || id.isBlank()) {
      id = file.relativeId() + "#" + number;
      note(repairs, "no id, using " + id);
    }
    Integer earlier = seen.put(id, number);
    if (earlier != null) {
      note(repairs, "duplicate id " + id + " (line " + earlier + "), this line replaces it");
    }
    String title = string(node, "title", repairs);
    title = title == null ? "" : TextDecoder.clean(title, null).text().strip();
    String outlet = string(node, "outlet", repairs);
    if (outlet == null || outlet.isBlank()) {
      outlet = file.outlet();
    }
    Instant published = null;
    String date = string(node, "published", repairs);
    if (date != null && !date.isBlank()) {
      published = parseDate(date);
      if (published == null) {
        note(repairs, "\"published\" is not an ISO-8601 date: " + abbreviate(date));
      }
    }
    String author = string(node, "author", repairs);
    String url = string(node, "url", repairs);
    if (repairs.length() > 0) {
      sink.warn(where, repairs.toString());
    }
    sink.accept(new Article(id, title, text, text, outlet, published, author, url, where));
  }

  private static String string(JsonNode node, String field, StringBuilder repairs) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isValueNode()) {
      note(repairs, "\"" + field + "\" is not a string, converted");
      return value.asText();
    }
    note(repairs, "\"" + field + "\" is not a string, ignored");
    return null;
  }

  private static void note(StringBuilder repairs, String message) {
    if (repairs.length() > 0) {
      repairs.append("; ");
    }
    repairs.append(message);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** The common {@code 1987-02-26T15:01:01Z} form without a formatter, or null for any other. */
  private static Instant parseUtcSeconds(String s) {
    if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
      return null;
    }
    int[] at = {0, 5, 8, 11, 14, 17};
    int[] len = {4, 2, 2, 2, 2, 2};
    int[] v = new int[6];
    for (int f = 0; f < 6; f++) {
      for (int i = at[f]; i < at[f] + len[f]; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        v[f] = v[f] * 10 + (c - '0');
      }
    }
    try {
      return LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]).toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * Parses an ISO-8601 date ({@code 2025-08-30}), local date-time (taken as UTC) or date-time with
   * an offset; returns null when it is none of them.
   */
  public static Instant parseDate(String value) {
    String s = value.strip();
    Instant utc = parseUtcSeconds(s);
    if (utc != null) {
      return utc;
    }
    try {
      if (s.length() <= 10) {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
