package org.copydesk.dedup;

import java.time.Instant;

/**
 * An article as a near-duplicate report lists it.
 *
 * @param id the article's id
 * @param title the headline, possibly empty
 * @param outlet the outlet, or null when unknown
 * @param published the publication instant, or null
 * @param url the URL, or null
 * @param sha256 hex SHA-256 of the indexed text (UTF-8), so that a reader can check the offsets
 * @param text the indexed text (the body) that passage offsets point into
 */
public record ArticleSummary(
    String id, String title, String outlet, Instant published, String url, String sha256, String text) {}
