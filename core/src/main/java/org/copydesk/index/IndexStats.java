package org.copydesk.index;

import java.time.Instant;
import java.util.Map;

/**
 * What an index holds.
 *
 * @param documents how many articles
 * @param outlets articles per outlet, most first ({@value Schema#UNKNOWN_OUTLET} for unknown)
 * @param earliest the earliest publication instant, or null when no article has one
 * @param latest the latest publication instant, or null
 * @param sizeBytes the size of the index files on disk
 * @param schemaVersion the schema version the index was written with
 */
public record IndexStats(
    int documents, Map<String, Long> outlets, Instant earliest, Instant latest, long sizeBytes, int schemaVersion) {

  public IndexStats {
    outlets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outlets));
  }
}
