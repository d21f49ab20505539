package org.copydesk.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
    Map<String, Integer> seen = new HashMap<>();
    try (InputStream in = Files.newInputStream(file.path())) {
      ByteLines lines = new ByteLines(in);
      int number = 0;
      while (lines.next()) {
        number++;
        int start = lines.start;
        if (number == 1 && TextDecoder.startsWithUtf8Bom(lines.buffer, start, lines.end)) {
          start += 3;
        }
        if (start < lines.end) {
          readLine(file, lines.buffer, start, lines.end, number, seen, sink);
        }
      }
    }
  }

  /**
   * Reads one line. A well-formed object is parsed straight from its bytes; anything else (a blank
   * line, another JSON value, malformed JSON or UTF-8) is decoded first, invalid UTF-8 replaced with
   * U+FFFD, and parsed again, to be kept or named in a message.
   */
  private static void readLine(
      InputFile file, byte[] bytes, int start, int end, int number, Map<String, Integer> seen,
      ArticleSink sink) {
    Fields fields = null;
    if (bytes[firstNonBlank(bytes, start, end)] == '{') {
      try (JsonParser parser = MAPPER.getFactory().createParser(bytes, start, end - start)) {
        fields = Fields.parse(parser);
      } catch (IOException e) {
        fields = null; // the String path below names what is wrong, or repairs the UTF-8
      }
    }
    String where = file.display() + ":" + number;
    if (fields == null) {
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (line.isBlank()) {
        return;
      }
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
      fields = Fields.of(node);
    }
    accept(file, fields, number, where, seen, sink);
  }

  /** The first byte in {@code [start, end)} that is not a space or tab, or {@code start}. */
  private static int firstNonBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return i;
      }
    }
    return start;
  }

  private static void accept(
      InputFile file, Fields fields, int number, String where, Map<String, Integer> seen,
      ArticleSink sink) {
    if (fields.kinds[TEXT] == Fields.ABSENT || fields.kinds[TEXT] == Fields.IGNORED) {
      sink.skip(where, "no \"text\" field");
      return;
    }
    StringBuilder repairs = new StringBuilder();
    String text = fields.string(TEXT, repairs);
    TextDecoder.Decoded cleaned = TextDecoder.clean(text, null);
    if (cleaned.repair() != null) {
      note(repairs, cleaned.repair());
    }
    text = cleaned.text();
    if (text.isBlank()) {
      sink.skip(where, "empty \"text\"");
      return;
    }
    String id = fields.string(ID, repairs);
    if (id == null || id.isBlank()) {
      id = file.relativeId() + "#" + number;
      note(repairs, "no id, using " + id);
    }
    Integer earlier = seen.put(id, number);
    if (earlier != null) {
      note(repairs, "duplicate id " + id + " (line " + earlier + "), this line replaces it");
    }
    String title = fields.string(TITLE, repairs);
    title = title == null ? "" : TextDecoder.clean(title, null).text().strip();
    String outlet = fields.string(OUTLET, repairs);
    if (outlet == null || outlet.isBlank()) {
      outlet = file.outlet();
    }
    Instant published = null;
    String date = fields.string(PUBLISHED, repairs);
    if (date != null && !date.isBlank()) {
      published = parseDate(date);
      if (published == null) {
        note(repairs, "\"published\" is not an ISO-8601 date: " + abbreviate(date));
      }
    }
    String author = fields.string(AUTHOR, repairs);
    String url = fields.string(URL, repairs);
    if (repairs.length() > 0) {
      sink.warn(where, repairs.toString());
    }
    sink.accept(new Article(id, title, text, text, outlet, published, author, url, where));
  }

  // The fields of a record, as indices into Fields.
  private static final String[] NAMES = {"text", "id", "title", "outlet", "published", "author", "url"};
  private static final int TEXT = 0;
  private static final int ID = 1;
  private static final int TITLE = 2;
  private static final int OUTLET = 3;
  private static final int PUBLISHED = 4;
  private static final int AUTHOR = 5;
  private static final int URL = 6;

  /**
   * The known fields of one record, each absent (or JSON null), a string, another scalar as text,
   * or an object or array (ignored). When a field repeats, the last one counts, as in a parsed tree.
   */
  private static final class Fields {
    static final byte ABSENT = 0;
    static final byte STRING = 1;
    static final byte CONVERTED = 2;
    static final byte IGNORED = 3;

    final String[] values = new String[NAMES.length];
    final byte[] kinds = new byte[NAMES.length];

    /** The fields of the object that opens the parser's input; throws on malformed JSON. */
    static Fields parse(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(p, "expected a JSON object");
      }
      Fields f = new Fields();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        int field = indexOf(p.currentName());
        t = p.nextToken();
        if (field < 0) {
          p.skipChildren();
          continue;
        }
        switch (t) {
          case VALUE_STRING -> f.set(field, STRING, p.getText());
          case VALUE_NULL -> f.set(field, ABSENT, null);
          // as a parsed tree's asText() gives them: 1e3 reads "1000.0"
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> f.set(field, CONVERTED, String.valueOf(p.getNumberValue()));
          case VALUE_TRUE, VALUE_FALSE -> f.set(field, CONVERTED, p.getText());
          default -> { // an object or array
            p.skipChildren();
            f.set(field, IGNORED, null);
          }
        }
      }
      return f;
    }

    /** The fields of a parsed object. */
    static Fields of(JsonNode node) {
      Fields f = new Fields();
      for (int field = 0; field < NAMES.length; field++) {
        JsonNode value = node.get(NAMES[field]);
        if (value == null || value.isNull()) {
          continue;
        }
        if (value.isTextual()) {
          f.set(field, STRING, value.textValue());
        } else if (value.isValueNode()) {
          f.set(field, CONVERTED, value.asText());
        } else {
          f.set(field, IGNORED, null);
        }
      }
      return f;
    }

    private static int indexOf(String name) {
      for (int i = 0; i < NAMES.length; i++) {
        if (NAMES[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private void set(int field, byte kind, String value) {
      kinds[field] = kind;
      values[field] = value;
    }

    /** The field's text, or null; notes a conversion or an ignored value in {@code repairs}. */
    String string(int field, StringBuilder repairs) {
      if (kinds[field] == CONVERTED) {
        note(repairs, "\"" + NAMES[field] + "\" is not a string, converted");
      } else if (kinds[field] == IGNORED) {
        note(repairs, "\"" + NAMES[field] + "\" is not a string, ignored");
      }
      return values[field];
    }
  }

  /**
   * The lines of a stream as ranges of one byte buffer, split as {@link java.io.BufferedReader}
   * splits them: at {@code \n}, {@code \r\n} or a lone {@code \r}, bytes that UTF-8 never uses
   * inside a character. A line's bytes are valid until the next call.
   */
  private static final class ByteLines {
    private final InputStream in;
    byte[] buffer = new byte[1 << 16];
    int start;
    int end;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean afterCr;

    ByteLines(InputStream in) {
      this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
      if (afterCr) {
        afterCr = false;
        if (pos == limit && !eof) {
          fill();
        }
        if (pos < limit && buffer[pos] == '\n') {
          pos++; // the second half of \r\n
        }
      }
      int scan = pos;
      while (true) {
        for (; scan < limit; scan++) {
          byte b = buffer[scan];
          if (b == '\n' || b == '\r') {
            start = pos;
            end = scan;
            pos = scan + 1;
            afterCr = b == '\r';
            return true;
          }
        }
        if (eof) {
          if (pos == limit) {
            return false;
          }
          start = pos;
          end = limit;
          pos = limit;
          return true;
        }
        scan -= fill();
      }
    }

    /** Moves the unread bytes to the front and reads more after them; returns how far they moved. */
    private int fill() throws IOException {
      int moved = pos;
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      if (limit == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
      }
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
      return moved;
    }
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
