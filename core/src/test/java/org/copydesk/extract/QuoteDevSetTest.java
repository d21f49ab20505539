package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quality regression on hand-annotated BBC articles (core/src/test/resources/devsets/quotes).
 *
 * <p>{@code dev/} was used while writing the rules; {@code heldout/} only to measure at the end.
 * Each {@code gold.tsv} line is: file, kind, speaker (alternatives split by {@code |}, {@code -}
 * for none), and the beginning of the quoted words. A gold quote matches the first unused
 * extracted quote whose span holds the gold words' first character. Reproduce with {@code mvn -q
 * -o -pl core test -Dtest=QuoteDevSetTest -Dsurefire.failIfNoSpecifiedTests=false}; set {@code
 * -Dquotes.details=true} to print each miss.
 */
class QuoteDevSetTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  /** Figures for one part of the development set. */
  record Figures(int gold, int found, int matched, int attributable, int speakerRight, int kindRight) {
    double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return attributable == 0 ? 0 : (double) speakerRight / attributable;
    }

    double kindAccuracy() {
      return matched == 0 ? 0 : (double) kindRight / matched;
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%s: gold=%d found=%d matched=%d P=%.3f R=%.3f F1=%.3f speaker=%.3f (%d/%d) kind=%.3f",
          name, gold, found, matched, precision(), recall(), f1(), speakerAccuracy(), speakerRight,
          attributable, kindAccuracy());
    }
  }

  @Test
  void devPartHoldsItsMeasuredQuality() throws IOException {
    // measured while writing the rules: F1 1.000, speaker 0.925 (49/53), kind 0.918
    holds("dev", 1.000, 0.925, 0.918);
  }

  @Test
  void heldOutPartHoldsItsMeasuredQuality() throws IOException {
    // measured once after the rules were written: F1 1.000, speaker 0.921 (35/38), kind 0.975;
    // after the fixes the fresh part prompted (this part not looked at): speaker 0.974 (37/38),
    // kind 1.000
    holds("heldout", 1.000, 0.974, 1.000);
  }

  @Test
  void freshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh/README.md): F1 0.988, speaker
    // 0.584 (45/77), kind 0.867; after the fixes it prompted (so no longer blind): F1 0.988,
    // speaker 0.909 (70/77), kind 0.952; F1 0.994 once straight single marks quote in the body;
    // speaker 0.922 (71/77) once "he"/"she" agree with the subject's own pronouns
    holds("fresh", 0.994, 0.922, 0.952);
  }

  @Test
  void secondFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh2/README.md): F1 0.981, speaker
    // 0.547 (41/75), kind 0.872; after the fixes it prompted (hard-wrapped lines, titles inside a
    // name, appositions, initials, passive cues, "accusing users of", straight single marks in the
    // body; "the U.S. Official"; "the Cardinal will ask" as a subject; so no longer blind): F1
    // 0.988, speaker 0.855 (65/76), kind 0.899; kind 0.886 once a closing ", X said." makes the
    // sentence's quotes partial (its "Nazi" comment, a phrase in gold, became partial); speaker
    // 0.895 (68/76), kind 0.911 with verbs of judgement ("criticised", "dismissed", "believes") as
    // cues whose passive names no speaker
    holds("fresh2", 0.988, 0.895, 0.911);
  }

  @Test
  void thirdFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh3/README.md): F1 1.000, speaker
    // 0.778 (49/63), kind 0.939; after the fixes it prompted ("he"/"she" mean neither a plural nor
    // a thing; the subject whose sentence goes on with "she" wins; "The comments, said X, were";
    // "U.S. Shoe"; "Echoing X, the prime minister said" is no apposition; so no longer blind):
    // speaker 0.889 (56/63); kind 0.955 with fresh4's kind fix
    holds("fresh3", 1.000, 0.889, 0.955);
  }

  @Test
  void fourthFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh4/README.md): F1 0.993, speaker
    // 0.710 (49/69), kind 0.932; after the fixes it prompted (a wrapped line of capitals is no
    // title, "United States" no cue, "Robert Dole of Kansas said", "Matthew Herren from EduVision
    // told" and "Bill Bradley (Democrat) of New Jersey", "indicated", "Mr Howard" a surname; so no
    // longer blind): speaker 0.913 (63/69); kind 0.945 once 'said "I am ..."' and 'said, "Nothing."'
    // are direct; speaker 0.928 (64/69), kind 0.959 once a closing ", X said." makes the sentence's
    // quotes partial; speaker 0.942 (65/69), kind 0.973 with verbs of judgement as cues
    holds("fresh4", 0.993, 0.942, 0.973);
  }

  @Test
  void fifthFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh5/README.md): F1 0.989, speaker
    // 0.921 (35/38), kind 0.909; speaker 0.947 (36/38) once "according to" always names who follows
    // it (so no longer blind)
    holds("fresh5", 0.989, 0.947, 0.909);
  }

  @Test
  void sixthFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh6/README.md) at 50ec8a0: F1 1.000,
    // speaker 0.835 (81/97), kind 0.900; after the fixes it prompted (a closing ", he said." makes
    // the sentence's quotes partial; so no longer blind): speaker 0.856 (83/97), kind 0.920; 0.887
    // (86/97), kind 0.930 with "Earlier, X ...", "Labour's Paul Flynn said" and "did add that";
    // 0.897 (87/97), kind 0.940 with verbs of judgement as cues; 0.907 (88/97) once "a senior
    // source at the club told" names the source
    holds("fresh6", 1.000, 0.907, 0.940);
  }

  @Test
  void seventhFreshPartHoldsItsMeasuredQuality() throws IOException {
    // measured on first sight, annotated blind to the rules (fresh7/README.md) at 6d1508e: F1
    // 1.000, speaker 0.797 (51/64), kind 0.989 (the same at 1927ea5, before this sitting's speaker
    // rules); after the fix it prompted ("House Speaker Jim Wright" is Jim Wright; so no longer
    // blind): speaker 0.844 (54/64)
    holds("fresh7", 1.000, 0.844, 0.989);
  }

  /** Prints the part's figures and fails when one is more than 0.02 below its pinned value. */
  private static void holds(String part, double f1, double speaker, double kind) throws IOException {
    Figures f = evaluate(part);
    System.out.println(f.line("quotes " + part));
    assertTrue(f.f1() >= f1 - 0.02, f.line(part));
    assertTrue(f.speakerAccuracy() >= speaker - 0.02, f.line(part));
    assertTrue(f.kindAccuracy() >= kind - 0.02, f.line(part));
  }

  static Figures evaluate(String part) throws IOException {
    boolean details = Boolean.getBoolean("quotes.details");
    Map<String, List<String[]>> goldByFile = new LinkedHashMap<>();
    for (String line : read("devsets/quotes/" + part + "/gold.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      goldByFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    int gold = 0, found = 0, matched = 0, attributable = 0, speakerRight = 0, kindRight = 0;
    for (Map.Entry<String, List<String[]>> e : goldByFile.entrySet()) {
      String text = read("devsets/quotes/" + part + "/" + e.getKey());
      List<Quote> quotes = EXTRACTOR.extract(text);
      found += quotes.size();
      boolean[] used = new boolean[quotes.size()];
      int from = 0;
      for (String[] g : e.getValue()) {
        gold++;
        int at = text.indexOf(g[3], from);
        assertTrue(at >= 0, "gold words not in " + e.getKey() + ": " + g[3]);
        from = at + 1;
        int hit = -1;
        for (int i = 0; i < quotes.size() && hit < 0; i++) {
          if (!used[i] && quotes.get(i).start() <= at && at < quotes.get(i).end()) {
            hit = i;
          }
        }
        if (hit < 0) {
          if (details) {
            System.out.println("MISS " + e.getKey() + " " + g[1] + " " + g[3]);
          }
          continue;
        }
        used[hit] = true;
        matched++;
        Quote q = quotes.get(hit);
        boolean kindOk = q.kind().name().equals(g[1]);
        kindRight += kindOk ? 1 : 0;
        boolean speakerOk = true;
        if (!g[1].equals("PHRASE")) {
          attributable++;
          speakerOk = speakerMatches(q.speaker(), g[2]);
          speakerRight += speakerOk ? 1 : 0;
        }
        if (details && (!kindOk || !speakerOk)) {
          System.out.println(
              "WRONG " + e.getKey() + " " + g[3] + " | gold " + g[1] + "/" + g[2] + " | got "
                  + q.kind() + "/" + q.speaker() + " cue=" + q.cue());
        }
      }
      for (int i = 0; i < quotes.size(); i++) {
        if (!used[i] && details) {
          System.out.println("EXTRA " + e.getKey() + " " + quotes.get(i));
        }
      }
    }
    return new Figures(gold, found, matched, attributable, speakerRight, kindRight);
  }

  private static boolean speakerMatches(String speaker, String gold) {
    if (speaker == null) {
      return false;
    }
    for (String alt : gold.split("\\|")) {
      if (normal(alt).equals(normal(speaker))) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceFirst("^(a|an|the) ", "").trim();
  }

  static String read(String resource) throws IOException {
    try (InputStream in = QuoteDevSetTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing test resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
