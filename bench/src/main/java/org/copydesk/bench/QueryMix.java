package org.copydesk.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The fixed query mix of the search benchmark, drawn from the corpus itself so that queries match:
 * the same corpus and seed give the same queries.
 *
 * <p>Kinds, the same number of each: {@code term} (one word), {@code phrase} (2-3 consecutive
 * words), {@code boolean} ({@code +a +b -c} or {@code (a OR b) AND c}), {@code field} ({@code
 * title:} or {@code outlet:} with a word), {@code figure} (ranges over extracted figures, alone or
 * with a word; they match nothing until extraction fills the figure fields) and {@code date} (a
 * word within one month).
 */
final class QueryMix {

  /** One query of the mix. */
  record Query(String kind, String text) {}

  static final List<String> KINDS = List.of("term", "phrase", "boolean", "field", "figure", "date");

  /** Words too common or too syntax-like to make useful queries. */
  private static final Set<String> SKIP =
      Set.of("said", "says", "will", "would", "also", "which", "there", "their", "been", "have",
          "were", "from", "with", "that", "this", "they", "than", "more", "into", "about", "after");

  private QueryMix() {}

  /** Builds {@code perKind} queries of each kind from up to 500 articles of the first 20,000. */
  static List<Query> build(Path corpus, long seed, int perKind) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
    List<PlainLucene.Raw> sample = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    try (MappingIterator<java.util.Map<String, Object>> it =
        new ObjectMapper().readerFor(java.util.Map.class).readValues(corpus.toFile())) {
      for (int seen = 0; it.hasNext() && seen < 20_000; seen++) {
        java.util.Map<String, Object> m = it.next();
        PlainLucene.Raw raw =
            new PlainLucene.Raw((String) m.get("id"), String.valueOf(m.get("title")), (String) m.get("text"));
        Object outlet = m.get("outlet");
        if (sample.size() < 500) { // reservoir sampling keeps it uniform over what was read
          sample.add(raw);
          outlets.add(outlet == null ? null : outlet.toString());
        } else {
          int slot = random.nextInt(seen + 1);
          if (slot < 500) {
            sample.set(slot, raw);
            outlets.set(slot, outlet == null ? null : outlet.toString());
          }
        }
      }
    }
    if (sample.isEmpty()) {
      throw new IOException("the corpus " + corpus + " has no articles");
    }
    List<Query> out = new ArrayList<>();
    for (String kind : KINDS) {
      for (int i = 0; i < perKind; i++) {
        int pick = random.nextInt(sample.size());
        PlainLucene.Raw a = sample.get(pick);
        PlainLucene.Raw other = sample.get(random.nextInt(sample.size()));
        List<String> words = words(a.text());
        List<String> others = words(other.text());
        if (words.size() < 3 || others.isEmpty()) {
          i--;
          continue;
        }
        String w1 = any(words, random);
        String w2 = any(words, random);
        String text =
            switch (kind) {
              case "term" -> w1;
              case "phrase" -> phrase(a.text(), random, w1);
              case "boolean" -> i % 2 == 0
                  ? "+" + w1 + " +" + w2 + " -" + any(others, random)
                  : "(" + w1 + " OR " + any(others, random) + ") AND " + w2;
              case "field" -> {
                List<String> titleWords = words(a.title());
                String outlet = outlets.get(pick);
                if (i % 2 == 0 && !titleWords.isEmpty()) {
                  yield "title:" + any(titleWords, random);
                }
                yield outlet == null ? "body:" + w1 : "outlet:\"" + outlet.replace("\"", "") + "\" AND " + w1;
              }
              case "figure" -> {
                int low = (int) Math.pow(10, random.nextInt(5));
                String range = "[" + low + " TO " + (low * (2 + random.nextInt(20))) + "]";
                yield switch (i % 3) {
                  case 0 -> "figure:" + range;
                  case 1 -> w1 + " AND figure:" + range;
                  default -> "figure.killed:[" + low + " TO *]";
                };
              }
              case "date" -> {
                int month = 1 + random.nextInt(12);
                String from = String.format(Locale.ROOT, "2024-%02d-01", month);
                String to = String.format(Locale.ROOT, "2024-%02d-28", month);
                yield w1 + " AND published:[" + from + " TO " + to + "]";
              }
              default -> throw new IllegalStateException(kind);
            };
        out.add(new Query(kind, text));
      }
    }
    return out;
  }

  private static String any(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  /** Lower-case words of four letters or more, stop words and syntax-like words left out. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("[^\\p{L}]+")) {
      String w = raw.toLowerCase(Locale.ROOT);
      if (w.length() >= 4 && w.chars().allMatch(c -> c < 128)
          && !SKIP.contains(w) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A quoted run of 2-3 consecutive plain words of the text, or the fallback word. */
  private static String phrase(String text, SplittableRandom random, String fallback) {
    String[] tokens = text.split("\\s+");
    for (int tries = 0; tries < 30 && tokens.length > 3; tries++) {
      int len = 2 + random.nextInt(2);
      int start = random.nextInt(tokens.length - len);
      StringBuilder b = new StringBuilder("\"");
      boolean ok = true;
      for (int k = 0; k < len && ok; k++) {
        String t = tokens[start + k];
        ok = t.matches("[A-Za-z]{2,}");
        b.append(k > 0 ? " " : "").append(t.toLowerCase(Locale.ROOT));
      }
      if (ok && !words(b.toString()).isEmpty()) {
        return b.append('"').toString();
      }
    }
    return "\"" + fallback + "\"";
  }
}
