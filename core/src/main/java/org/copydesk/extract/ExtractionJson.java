package org.copydesk.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON form of an {@link Extraction}: objects whose fields are the record components, in
 * order, kinds in lower case, absent values as {@code null}. The same form is stored in the index
 * and printed by {@code copydesk extract --json}.
 *
 * <p>{@link #write} streams the fields by hand rather than through data binding: it runs once per
 * article indexed, and reflection over the records cost more than the extraction of some of them.
 * {@link #read} binds, and reads what {@link #write} writes.
 */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private ExtractionJson() {}

  /** The extraction as a JSON string. */
  public static String write(Extraction extraction) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("quotes");
      for (Quote q : extraction.quotes()) {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeStringField("kind", q.kind().label());
        g.writeStringField("speaker", q.speaker());
        number(g, "speakerStart", q.speakerStart());
        number(g, "speakerEnd", q.speakerEnd());
        g.writeStringField("cue", q.cue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("figures");
      for (Figure f : extraction.figures()) {
        g.writeStartObject();
        g.writeStringField("text", f.text());
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        number(g, "value", f.value());
        number(g, "low", f.low());
        number(g, "high", f.high());
        g.writeStringField("qualifier", f.qualifier());
        g.writeStringField("kind", f.kind().label());
        g.writeStringField("unit", f.unit());
        g.writeStringField("counts", f.counts());
        g.writeStringField("event", f.event());
        g.writeStringField("source", f.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (Source s : extraction.sources()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("canonical", s.canonical());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("cue", s.cue());
        g.writeStringField("type", s.type());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void number(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  /** Reads an extraction written by {@link #write}. */
  public static Extraction read(String json) {
    try {
      return MAPPER.readValue(json, Extraction.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
