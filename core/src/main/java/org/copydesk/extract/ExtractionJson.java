package org.copydesk.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The JSON form of an {@link Extraction}: objects whose fields are the record components, kinds in
 * lower case, absent values as {@code null}. The same form is stored in the index and printed by
 * {@code copydesk extract --json}.
 */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  /** The extraction as a JSON string. */
  public static String write(Extraction extraction) {
    try {
      return MAPPER.writeValueAsString(extraction);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
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
