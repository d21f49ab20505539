package org.copydesk.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Source;

/** Counts, across many articles, which outlets cite which canonical sources and how often. */
public final class SourceTally {

  /**
   * One canonical source.
   *
   * @param canonical the folded name
   * @param type the source's type (agency, intelligence, ...), or null
   * @param citations how many times articles cite it
   * @param byOutlet citations per outlet, outlet names in order
   * @param names the names as written, in first-seen order
   */
  public record Entry(String canonical, String type, int citations, Map<String, Integer> byOutlet, List<String> names) {
    public Entry {
      byOutlet = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byOutlet));
      names = List.copyOf(names);
    }
  }

  private SourceTally() {}

  /** The sources of the articles, most-cited first. */
  public static List<Entry> tally(List<ExtractedArticle> articles) {
    Map<String, Map<String, Integer>> byOutlet = new LinkedHashMap<>();
    Map<String, Set<String>> names = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (ExtractedArticle a : articles) {
      for (Source s : a.extraction().sources()) {
        byOutlet.computeIfAbsent(s.canonical(), k -> new TreeMap<>()).merge(a.article().outletKey(), 1, Integer::sum);
        names.computeIfAbsent(s.canonical(), k -> new LinkedHashSet<>()).add(s.name());
        types.putIfAbsent(s.canonical(), s.type());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : byOutlet.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.add(new Entry(e.getKey(), types.get(e.getKey()), total, e.getValue(), List.copyOf(names.get(e.getKey()))));
    }
    out.sort(
        Comparator.comparingInt((Entry en) -> -en.byOutlet().size())
            .thenComparingInt(en -> -en.citations())
            .thenComparing(Entry::canonical));
    return out;
  }
}
