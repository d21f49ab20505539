package org.copydesk.dedup;

import java.util.List;
import java.util.Objects;

/**
 * A group of related articles: connected by pairs of at least some level.
 *
 * @param label the earliest article's title, or the words most of its articles share when it has none
 * @param articleIds the members, by publication date (unknown dates last), then id
 * @param strongest the strongest level of any pair inside
 */
public record Cluster(String label, List<String> articleIds, Level strongest) {

  public Cluster {
    Objects.requireNonNull(label, "label");
    articleIds = List.copyOf(articleIds);
    Objects.requireNonNull(strongest, "strongest");
  }
}
