package org.copydesk.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.extract.Sentences;

/**
 * A deterministic development set of labelled pairs: real article excerpts (BBC and Reuters, in
 * {@code devsets/rewrites/}) and variants made from them with a known level.
 *
 * <ul>
 *   <li>duplicate: the article with a byline, share/advertisement furniture and the other quotation-mark style;
 *   <li>near-duplicate: two words changed, and one sentence deleted or two swapped;
 *   <li>reuse: one to three prose sentences kept verbatim, the rest paraphrased and half of it cut;
 *   <li>same-story: every sentence paraphrased (quotations kept verbatim), a third of them cut;
 *   <li>none: the article against another article of the same section (a hard negative).
 * </ul>
 *
 * <p>The paraphrase changes every fourth word outside quotations (a synonym, else the word is dropped)
 * and moves the sentence's last clause first, so no run of five words survives: crude, but it keeps
 * names, figures and quotes as real rewrites do.
 */
final class RewriteDevSet {

  /** A labelled pair. */
  record Pair(String name, String a, String b, Level expected) {}

  /** One excerpt: section ("bbc_sport", "reuters") and text (headline line, then body). */
  record Excerpt(String file, String section, String headline, String body) {}

  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("the", "this"),
      Map.entry("a", "one"), Map.entry("and", "plus"), Map.entry("of", "from"),
      Map.entry("to", "towards"), Map.entry("in", "within"), Map.entry("for", "regarding"),
      Map.entry("is", "remains"), Map.entry("was", "had been"), Map.entry("has", "had"),
      Map.entry("will", "is set to"), Map.entry("but", "however"), Map.entry("new", "fresh"),
      Map.entry("year", "twelve months"), Map.entry("also", "additionally"),
      Map.entry("on", "upon"), Map.entry("with", "alongside"), Map.entry("by", "via"));

  private RewriteDevSet() {}

  static List<Excerpt> excerpts() {
    Path dir = Path.of("src", "test", "resources", "devsets", "rewrites");
    try (Stream<Path> files = Files.list(dir)) {
      List<Excerpt> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String name = p.getFileName().toString();
        String section = name.startsWith("reuters", 3) ? "reuters" : name.substring(3, name.indexOf('_', 7));
        out.add(new Excerpt(name, section, text.substring(0, nl), text.substring(nl + 1).strip()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev set " + dir.toAbsolutePath(), e);
    }
  }

  static List<Pair> pairs() {
    List<Excerpt> excerpts = excerpts();
    Random random = new Random(20250830L);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < excerpts.size(); i++) {
      Excerpt e = excerpts.get(i);
      String o = e.body();
      List<String> sentences = sentences(o);
      pairs.add(new Pair(e.file() + " duplicate", o, duplicate(o, random), Level.DUPLICATE));
      pairs.add(new Pair(e.file() + " light-edit", o, lightEdit(sentences, random), Level.NEAR_DUPLICATE));
      String rewrite = rewriteKeeping(o, random);
      if (rewrite != null) {
        pairs.add(new Pair(e.file() + " rewrite", o, rewrite, Level.REUSE));
      }
      pairs.add(new Pair(e.file() + " paraphrase", o, paraphraseAll(sentences, random), Level.SAME_STORY));
      Excerpt other = excerpts.get(sameSectionNeighbour(excerpts, i));
      pairs.add(new Pair(e.file() + " vs " + other.file(), o, other.body(), Level.NONE));
    }
    return pairs;
  }

  private static int sameSectionNeighbour(List<Excerpt> excerpts, int i) {
    for (int step = 1; step < excerpts.size(); step++) {
      int j = (i + step) % excerpts.size();
      if (excerpts.get(j).section().equals(excerpts.get(i).section())) {
        return j;
      }
    }
    return (i + 1) % excerpts.size();
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Sentences.Span s : Sentences.split(text)) {
      out.add(s.of(text));
    }
    return out;
  }

  private static String duplicate(String o, Random random) {
    String swapped = o.indexOf('"') >= 0 ? curly(o) : o.replace('\u201c', '"').replace('\u201d', '"');
    return "By Staff Reporter\n" + swapped + "\nShare this article\nAdvertisement";
  }

  private static String curly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean open = false;
    for (char c : s.toCharArray()) {
      if (c == '"') {
        out.append(open ? '\u201d' : '\u201c');
        open = !open;
      } else {
        out.append(c == '\'' ? '\u2019' : c);
      }
    }
    return out.toString();
  }

  private static String lightEdit(List<String> sentences, Random random) {
    List<String> s = new ArrayList<>(sentences);
    for (int edit = 0; edit < 2; edit++) {
      int k = random.nextInt(s.size());
      s.set(k, changeOneWord(s.get(k), random));
    }
    if (s.size() > 3 && random.nextBoolean()) {
      s.remove(1 + random.nextInt(s.size() - 1));
    } else if (s.size() > 2) {
      int k = 1 + random.nextInt(s.size() - 2);
      String t = s.get(k);
      s.set(k, s.get(k + 1));
      s.set(k + 1, t);
    }
    return String.join("\n", s);
  }

  private static String changeOneWord(String sentence, Random random) {
    String[] words = sentence.split(" ");
    for (int tries = 0; tries < words.length; tries++) {
      int k = random.nextInt(words.length);
      String w = SYNONYMS.get(words[k]);
      if (w != null) {
        words[k] = w;
        return String.join(" ", words);
      }
    }
    return sentence;
  }

  /** The rewrite, or null when the article has no unquoted sentence of ten words to keep. */
  private static String rewriteKeeping(String text, Random random) {
    List<Sentences.Span> spans = Sentences.split(text);
    List<String> sentences = sentences(text);
    List<TextRange> quotes = TestTexts.quoteRanges(text);
    List<Integer> prose = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Sentences.Span span = spans.get(k);
      boolean quoted = quotes.stream().anyMatch(q -> q.start() < span.end() && span.start() < q.end());
      if (!quoted && WordTokens.of(span.of(text)).size() >= 10) {
        prose.add(k);
      }
    }
    // At most a quarter of the sentences survive verbatim: more would be a light edit, not a rewrite.
    int keep = Math.min(Math.min(prose.size(), Math.max(1, sentences.size() / 4)), 1 + random.nextInt(3));
    if (keep == 0) {
      return null; // no prose sentence to keep: every sentence quotes someone
    }
    List<Integer> kept = new ArrayList<>();
    while (kept.size() < keep) {
      Integer k = prose.get(random.nextInt(prose.size()));
      if (!kept.contains(k)) {
        kept.add(k);
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      if (kept.contains(k)) {
        out.add(sentences.get(k));
      } else if (random.nextBoolean()) {
        out.add(paraphrase(sentences.get(k)));
      }
    }
    return String.join("\n", out);
  }

  private static String paraphraseAll(List<String> sentences, Random random) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (random.nextInt(3) > 0) {
        out.add(paraphrase(s));
      }
    }
    return String.join("\n", out.isEmpty() ? List.of(paraphrase(sentences.get(0))) : out);
  }

  /** Every fourth word outside quotation marks changes; the last clause moves first. */
  static String paraphrase(String sentence) {
    String[] words = sentence.split(" ");
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int counter = 0;
    for (String w : words) {
      boolean startsQuote = w.startsWith("\"") || w.startsWith("\u201c");
      boolean wasQuoted = quoted || startsQuote;
      if (startsQuote) {
        quoted = true;
      }
      if (w.endsWith("\"") || w.endsWith("\u201d") || w.endsWith("\",") || w.endsWith("\u201d,")
          || w.endsWith("\".") || w.endsWith("\u201d.")) {
        quoted = false;
      }
      if (!wasQuoted && ++counter % 4 == 0) {
        String synonym = SYNONYMS.get(w.toLowerCase(java.util.Locale.ROOT));
        if (synonym != null) {
          out.add(synonym);
        }
        continue;
      }
      out.add(w);
    }
    String joined = String.join(" ", out);
    int comma = joined.lastIndexOf(", ");
    if (comma > 0 && joined.indexOf('"') < 0 && joined.indexOf('\u201c') < 0) {
      String tail = joined.substring(comma + 2).replaceAll("[.]$", "");
      joined = Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + ", " + joined.substring(0, comma) + ".";
    }
    return joined;
  }
}
