package org.copydesk.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.ingest.Article;

/**
 * Groups articles into clusters by union-find over their related pairs.
 *
 * <p>NOTE: clustering is transitive: A reusing B and B the same story as C puts all three together
 * even when A and C share nothing; choose {@code weakest} accordingly ({@link Level#REUSE} keeps
 * clusters to copied text).
 */
public final class Clusters {

  private static final int LABEL_WORDS = 5;

  /** Clusters by size, largest first, then by their first article's id. */
  static final Comparator<Cluster> BIGGEST_FIRST =
      Comparator.<Cluster>comparingInt(c -> -c.articleIds().size()).thenComparing(c -> c.articleIds().get(0));

  private Clusters() {}

  /**
   * The clusters of two or more articles, largest first (then by their first article's id).
   *
   * @param articles the articles the pairs refer to, by id; pairs naming other ids are ignored
   * @param pairs decided pairs
   * @param weakest the weakest level that links two articles ({@link Level#NONE} is read as
   *     {@link Level#SAME_STORY}: unrelated pairs never link)
   */
  public static List<Cluster> build(List<Article> articles, List<PairVerdict> pairs, Level weakest) {
    Level floor = weakest == Level.NONE ? Level.SAME_STORY : weakest;
    Map<String, Integer> index = new HashMap<>();
    for (Article a : articles) {
      index.putIfAbsent(a.id(), index.size());
    }
    List<Article> byIndex = new ArrayList<>(index.size());
    for (Article a : articles) {
      if (index.get(a.id()) == byIndex.size()) {
        byIndex.add(a);
      }
    }
    int[] parent = new int[byIndex.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (PairVerdict p : pairs) {
      Integer x = index.get(p.aId());
      Integer y = index.get(p.bId());
      if (x != null && y != null && p.level().atLeast(floor)) {
        parent[find(parent, x)] = find(parent, y);
      }
    }
    Map<Integer, List<Article>> groups = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(byIndex.get(i));
    }
    Map<Integer, Level> strongest = new HashMap<>();
    for (PairVerdict p : pairs) {
      Integer x = index.get(p.aId());
      if (x != null && index.containsKey(p.bId()) && p.level().atLeast(floor)) {
        strongest.merge(find(parent, x), p.level(), (u, v) -> u.atLeast(v) ? u : v);
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<Integer, List<Article>> g : groups.entrySet()) {
      if (g.getValue().size() >= 2) {
        clusters.add(of(g.getValue(), strongest.get(g.getKey())));
      }
    }
    clusters.sort(BIGGEST_FIRST);
    return clusters;
  }

  /**
   * The cluster of these articles: ordered by publication date (unknown last, then by id) and
   * labelled by the earliest title. NOTE: the bodies are read only when no article has a title.
   */
  static Cluster of(List<Article> members, Level strongest) {
    List<Article> byDate = new ArrayList<>(members);
    byDate.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(Article::id));
    return new Cluster(label(byDate), byDate.stream().map(Article::id).collect(Collectors.toList()), strongest);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]]; // path halving keeps trees flat
      x = parent[x];
    }
    return x;
  }

  /** The earliest titled member's title, else the content words found in most members. */
  private static String label(List<Article> membersByDate) {
    for (Article a : membersByDate) {
      if (!a.title().isBlank()) {
        return a.title().strip();
      }
    }
    Map<String, Integer> documentCount = new HashMap<>();
    for (Article a : membersByDate) {
      TextFeatures.of(WordTokens.of(a.body())).weights.keySet()
          .forEach(w -> documentCount.merge(w, 1, Integer::sum));
    }
    return documentCount.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(LABEL_WORDS)
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(" "));
  }
}
