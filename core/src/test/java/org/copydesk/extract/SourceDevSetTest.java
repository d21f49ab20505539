package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quality regression on the hand-annotated development set in {@code devsets/sources/} (see its
 * README): precision and recall of source spans (any overlap counts, one to one) and the share of
 * matched sources whose canonical name is right, on the tuning part and on the held-out part.
 *
 * <p>Reproduce: {@code mvn -q -o -pl core test -Dtest='SourceDevSetTest'}; the figures print.
 */
class SourceDevSetTest {

  private static final String DIR = "/devsets/sources/";

  /** One annotated source. */
  record Gold(String file, int start, int end, String canonical, String type) {}

  /** Counts for one part of the set. */
  static final class Score {
    int gold;
    int found;
    int matched;
    int canonicalRight;
    int typeRight;

    double precision() {
      return found == 0 ? 1 : (double) matched / found;
    }

    double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    double canonicalAccuracy() {
      return matched == 0 ? 0 : (double) canonicalRight / matched;
    }

    double typeAccuracy() {
      return matched == 0 ? 0 : (double) typeRight / matched;
    }

    String summary(String label) {
      return String.format(
          Locale.ROOT,
          "%s: gold %d, found %d, matched %d, precision %.3f, recall %.3f, canonical %.3f, type %.3f",
          label, gold, found, matched, precision(), recall(), canonicalAccuracy(), typeAccuracy());
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SourceDevSetTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Finds the anchor in the text, white space runs matching any white space; returns the name's span. */
  static int[] locate(String text, String anchor, String where) {
    int open = anchor.indexOf("[[");
    int close = anchor.indexOf("]]");
    String before = anchor.substring(0, open);
    String name = anchor.substring(open + 2, close);
    String after = anchor.substring(close + 2);
    Pattern p = Pattern.compile(flexible(before) + "(" + flexible(name) + ")" + flexible(after));
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(where + ": anchor not found: " + anchor);
    }
    int start = m.start(1);
    int end = m.end(1);
    if (m.find()) {
      throw new IllegalStateException(where + ": anchor occurs more than once: " + anchor);
    }
    return new int[] {start, end};
  }

  private static String flexible(String s) {
    StringBuilder b = new StringBuilder();
    for (String part : s.split(" ", -1)) {
      if (b.length() > 0) {
        b.append("\\s+");
      }
      b.append(Pattern.quote(part));
    }
    return s.isEmpty() ? "" : b.toString();
  }

  static Map<String, List<Gold>> loadGold(Map<String, String> texts) throws IOException {
    return loadGold(texts, "");
  }

  /** The annotations of the part in folder {@code part} ("" or "fresh/"), keyed by part + file. */
  static Map<String, List<Gold>> loadGold(Map<String, String> texts, String part) throws IOException {
    Map<String, List<Gold>> gold = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : resource(part + "annotations.tsv").split("\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      c[0] = part + c[0];
      String text = texts.computeIfAbsent(c[0], f -> read(f));
      int[] span = locate(text, c[1], "annotations.tsv:" + lineNo);
      gold.computeIfAbsent(c[0], f -> new ArrayList<>()).add(new Gold(c[0], span[0], span[1], c[2], c[3]));
    }
    return gold;
  }

  private static String read(String file) {
    try {
      return resource(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> files() throws IOException {
    return files("");
  }

  static List<String> files(String part) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : resource(part + "files.txt").split("\n")) {
      if (!line.isBlank()) {
        out.add(part + line.strip());
      }
    }
    return out;
  }

  static Score score(List<String> files, Map<String, String> texts, Map<String, List<Gold>> gold, boolean show) {
    SourceExtractor extractor = new SourceExtractor();
    Score s = new Score();
    for (String file : files) {
      String text = texts.computeIfAbsent(file, f -> read(f));
      List<Gold> g = gold.getOrDefault(file, List.of());
      List<Source> found = extractor.extract(text);
      s.gold += g.size();
      s.found += found.size();
      boolean[] used = new boolean[found.size()];
      for (Gold want : g) {
        boolean hit = false;
        for (int k = 0; k < found.size(); k++) {
          Source got = found.get(k);
          if (!used[k] && got.start() < want.end() && want.start() < got.end()) {
            used[k] = true;
            hit = true;
            s.matched++;
            boolean canon = norm(got.canonical()).equals(norm(want.canonical()));
            if (canon) {
              s.canonicalRight++;
            }
            if (want.type().equals(got.type())) {
              s.typeRight++;
            }
            if (show && (!canon || !want.type().equals(got.type()))) {
              System.out.println("  " + file + " WRONG " + got.name() + " -> " + got.canonical() + "/" + got.type()
                  + " want " + want.canonical() + "/" + want.type());
            }
            break;
          }
        }
        if (show && !hit) {
          System.out.println("  " + file + " MISSED " + text.substring(want.start(), want.end()));
        }
      }
      for (int k = 0; k < found.size(); k++) {
        if (show && !used[k]) {
          Source x = found.get(k);
          System.out.println("  " + file + " EXTRA " + x.name() + " [" + x.cue() + "] -> " + x.canonical());
        }
      }
    }
    return s;
  }

  private static String norm(String s) {
    return s.replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  @Test
  void qualityOnTheDevelopmentSet() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<Gold>> gold = loadGold(texts);
    Set<String> heldOut = Set.copyOf(List.of(resource("heldout.txt").strip().split("\n")));
    List<String> all = files();
    List<String> tuning = all.stream().filter(f -> !heldOut.contains(f)).toList();
    List<String> held = all.stream().filter(heldOut::contains).toList();
    boolean show = Boolean.getBoolean("copydesk.showErrors");
    Score t = score(tuning, texts, gold, show);
    Score h = score(held, texts, gold, show);
    System.out.println("[sources] " + t.summary("tuning (" + tuning.size() + " articles)"));
    System.out.println("[sources] " + h.summary("held-out (" + held.size() + " articles)"));
    // Pinned at the measured figures minus 0.02.
    assertTrue(t.precision() >= TUNING_P - 0.02, t.summary("tuning precision dropped"));
    assertTrue(t.recall() >= TUNING_R - 0.02, t.summary("tuning recall dropped"));
    assertTrue(t.canonicalAccuracy() >= TUNING_C - 0.02, t.summary("tuning canonicalisation dropped"));
    assertTrue(h.precision() >= HELD_P - 0.02, h.summary("held-out precision dropped"));
    assertTrue(h.recall() >= HELD_R - 0.02, h.summary("held-out recall dropped"));
    assertTrue(h.canonicalAccuracy() >= HELD_C - 0.02, h.summary("held-out canonicalisation dropped"));
  }

  @Test
  void qualityOnTheFreshSet() throws IOException {
    // Measured on first sight (annotated blind to the rules, fresh/README.md): precision 0.842,
    // recall 0.727, canonical 0.750; after the fixes it prompted (so no longer blind):
    // 0.947, 0.818, 0.833; after fresh4's fixes 0.952, 0.909, 0.850
    holdsOnFreshPart("fresh/", 0.952, 0.909, 0.850);
  }

  @Test
  void qualityOnTheSecondFreshSet() throws IOException {
    // Measured on first sight (annotated blind to the rules, fresh2/README.md): precision 0.826,
    // recall 0.760, canonical 0.789; after the fixes it prompted (so no longer blind):
    // 0.875, 0.840, 0.810; after fresh4's fixes 0.880, 0.880, 0.818
    holdsOnFreshPart("fresh2/", 0.880, 0.880, 0.818);
  }

  @Test
  void qualityOnTheThirdFreshSet() throws IOException {
    // Measured on first sight (annotated blind to the rules, fresh3/README.md): precision 0.952,
    // recall 0.800, canonical 0.750; after the fixes it prompted ("Food & Agriculture
    // Organisation", "Republican politician Fred Upton" is a person; so no longer blind):
    holdsOnFreshPart("fresh3/", 1.000, 0.800, 0.750);
  }

  @Test
  void qualityOnTheFourthFreshSet() throws IOException {
    // Measured on first sight (annotated blind to the rules, fresh4/README.md): precision 0.793,
    // recall 0.535, canonical 0.870; after the fixes it prompted (time words and tickers between a
    // subject and its verb, listed subjects, titles without a name, "ruled"/"accused"/"speculated",
    // a unit after its parent's possessive; so no longer blind): precision 0.921, recall 0.814,
    // canonical 0.943
    // precision 0.923, recall 0.837, canonical 0.944 once "X, the Ohio maker of pumps, said" names X
    holdsOnFreshPart("fresh4/", 0.923, 0.837, 0.944);
  }

  @Test
  void qualityOnTheFifthFreshSet() throws IOException {
    // Measured on first sight (annotated blind to the rules, fresh5/README.md) at 16a7ed9:
    // precision 0.895, recall 0.654, canonical 0.765; canonical 0.941 once "Moody's noted" reads as the
    // article's "Moody's Investors Service" and the alias table knows the UK parties' short names;
    // precision 0.905, recall 0.731, canonical 0.947 once "X, a unit of Y, said" names X
    holdsOnFreshPart("fresh5/", 0.905, 0.731, 0.947);
  }

  /** Scores a fresh part of 14 articles; fails when a figure is more than 0.02 below its pin. */
  private static void holdsOnFreshPart(String part, double precision, double recall, double canonical)
      throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<Gold>> gold = loadGold(texts, part);
    List<String> files = files(part);
    assertEquals(14, files.size());
    Score f = score(files, texts, gold, Boolean.getBoolean("copydesk.showErrors"));
    String name = part.substring(0, part.length() - 1);
    System.out.println("[sources] " + f.summary(name + " (" + files.size() + " articles)"));
    assertTrue(f.precision() >= precision - 0.02, f.summary(name + " precision dropped"));
    assertTrue(f.recall() >= recall - 0.02, f.summary(name + " recall dropped"));
    assertTrue(f.canonicalAccuracy() >= canonical - 0.02, f.summary(name + " canonicalisation dropped"));
  }

  // Measured: tuning 19 articles P 1.000 R 0.978 canonical 0.978; held-out 8 articles P 0.933 R 0.933
  // canonical 1.000 (before tuning the tuning part scored P 1.000 R 0.957 canonical 0.864).
  private static final double TUNING_P = 1.000;
  private static final double TUNING_R = 0.978;
  private static final double TUNING_C = 0.978;
  private static final double HELD_P = 0.933;
  private static final double HELD_R = 0.933;
  private static final double HELD_C = 1.000;
}
