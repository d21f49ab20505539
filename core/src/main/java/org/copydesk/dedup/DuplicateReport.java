package org.copydesk.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.copydesk.compare.FigureGroups;
import org.copydesk.compare.QuoteGroups;

/**
 * A whole near-duplicate report in memory: the header and every story. Renderers take it story by
 * story ({@link #replay}); the accessors below flatten the stories for reading.
 *
 * <p>NOTE: a run over a large index makes a report too big to hold: give {@link
 * DuplicateDetector#detect(DuplicateDetector.Options, org.copydesk.Progress, ReportSink)} a sink
 * that writes stories out instead of {@link #collector()}.
 *
 * @param header what the run found: settings, counts, the list of stories
 * @param stories every story, in the header's order
 */
public record DuplicateReport(ReportHeader header, List<Story> stories) {

  public DuplicateReport {
    Objects.requireNonNull(header, "header");
    stories = List.copyOf(stories);
  }

  /**
   * Groups flat lists into stories: each pair, shared quote, figure disagreement and dropped
   * attribution goes to the cluster that holds its (first) article; clusters are numbered in the
   * given order.
   *
   * @throws IllegalArgumentException when an item names an article that no cluster holds
   */
  public static DuplicateReport of(
      Map<String, Object> parameters,
      List<ArticleSummary> articles,
      List<PairVerdict> pairs,
      List<Cluster> clusters,
      List<QuoteGroups.Group> sharedQuotes,
      List<FigureGroups.Group> figureDisagreements,
      List<DroppedAttribution> droppedAttributions) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (String id : clusters.get(c).articleIds()) {
        clusterOf.putIfAbsent(id, c);
      }
    }
    Map<String, ArticleSummary> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<List<PairVerdict>> storyPairs = split(pairs, clusters.size(), clusterOf, PairVerdict::aId);
    List<List<QuoteGroups.Group>> storyQuotes =
        split(sharedQuotes, clusters.size(), clusterOf, g -> g.variants().get(0).articleId());
    List<List<FigureGroups.Group>> storyFigures =
        split(figureDisagreements, clusters.size(), clusterOf, g -> g.reports().get(0).articleId());
    List<List<DroppedAttribution>> storyDropped =
        split(droppedAttributions, clusters.size(), clusterOf, DroppedAttribution::originId);
    List<Story> stories = new ArrayList<>();
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (int c = 0; c < clusters.size(); c++) {
      Cluster cluster = clusters.get(c);
      List<ArticleSummary> members = new ArrayList<>();
      for (String id : cluster.articleIds()) {
        members.add(Objects.requireNonNull(byId.get(id), () -> "cluster " + cluster.label() + " names " + id + ", which is not listed"));
      }
      storyPairs.get(c).forEach(p -> counts.merge(p.level(), 1, Integer::sum));
      stories.add(new Story(c + 1, cluster, members, storyPairs.get(c), storyQuotes.get(c), storyFigures.get(c), storyDropped.get(c)));
    }
    int involved = clusters.stream().mapToInt(c -> c.articleIds().size()).sum();
    return new DuplicateReport(new ReportHeader(parameters, involved, counts, clusters), stories);
  }

  private static <T> List<List<T>> split(List<T> items, int clusters, Map<String, Integer> clusterOf, Function<T, String> article) {
    List<List<T>> out = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      out.add(new ArrayList<>());
    }
    for (T item : items) {
      Integer c = clusterOf.get(article.apply(item));
      if (c == null) {
        throw new IllegalArgumentException(article.apply(item) + " is in no cluster: every reported item belongs to a story");
      }
      out.get(c).add(item);
    }
    return out;
  }

  /** A sink that keeps the whole report; {@link Collector#report()} gives it after the run. */
  public static Collector collector() {
    return new Collector();
  }

  /** Passes the report to a sink as a run would: the header, each story, the end. */
  public void replay(ReportSink sink) throws IOException {
    sink.begin(header);
    for (Story s : stories) {
      sink.story(s);
    }
    sink.end();
  }

  /** Every setting of the run, in order. */
  public Map<String, Object> parameters() {
    return header.parameters();
  }

  /** The articles of every story, story by story. */
  public List<ArticleSummary> articles() {
    return flatten(Story::articles);
  }

  /** The related pairs of every story, story by story, strongest first within each. */
  public List<PairVerdict> pairs() {
    return flatten(Story::pairs);
  }

  /** The clusters, in story order. */
  public List<Cluster> clusters() {
    return header.clusters();
  }

  /** The shared quotes of every story. */
  public List<QuoteGroups.Group> sharedQuotes() {
    return flatten(Story::sharedQuotes);
  }

  /** The figure disagreements of every story. */
  public List<FigureGroups.Group> figureDisagreements() {
    return flatten(Story::figureDisagreements);
  }

  /** The dropped or changed attributions of every story. */
  public List<DroppedAttribution> droppedAttributions() {
    return flatten(Story::droppedAttributions);
  }

  /** The listed article with this id, or null. */
  public ArticleSummary article(String id) {
    for (Story s : stories) {
      for (ArticleSummary a : s.articles()) {
        if (a.id().equals(id)) {
          return a;
        }
      }
    }
    return null;
  }

  private <T> List<T> flatten(Function<Story, List<T>> part) {
    List<T> out = new ArrayList<>();
    for (Story s : stories) {
      out.addAll(part.apply(s));
    }
    return out;
  }

  /** Collects a run's header and stories into a {@link DuplicateReport}. */
  public static final class Collector implements ReportSink {
    private ReportHeader header;
    private final List<Story> stories = new ArrayList<>();
    private DuplicateReport report;

    private Collector() {}

    @Override
    public void begin(ReportHeader h) {
      header = Objects.requireNonNull(h, "header");
    }

    @Override
    public void story(Story story) {
      stories.add(Objects.requireNonNull(story, "story"));
    }

    @Override
    public void end() {
      report = new DuplicateReport(header, stories);
    }

    /**
     * The report collected.
     *
     * @throws IllegalStateException before the run has ended
     */
    public DuplicateReport report() {
      if (report == null) {
        throw new IllegalStateException("the run has not ended: no report yet");
      }
      return report;
    }
  }
}
