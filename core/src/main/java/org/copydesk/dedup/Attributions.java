package org.copydesk.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.extract.Sentences;
import org.copydesk.extract.Source;

/**
 * Finds attributions that a copy dropped or changed: a sentence of the origin names a source, the
 * copy shares prose from that sentence, and the copy's sentence around it names no source, or
 * another one.
 *
 * <p>NOTE: only prose passages count (a shared quote is not a copied claim), and a passage that
 * itself contains the source's name carries the attribution with it.
 */
final class Attributions {

  /** One side of a pair: its id, body and the sources found in the body. */
  record Side(String id, String body, List<Source> sources) {}

  private Attributions() {}

  /** The attributions {@code origin} gives and {@code copy} loses, through the pair's passages. */
  static List<DroppedAttribution> dropped(Side origin, Side copy, List<SharedPassage> passages, boolean originIsA) {
    List<DroppedAttribution> out = new ArrayList<>();
    if (origin.sources().isEmpty()) {
      return out;
    }
    List<Sentences.Span> originSentences = Sentences.split(origin.body());
    List<Sentences.Span> copySentences = Sentences.split(copy.body());
    Set<String> reported = new HashSet<>();
    for (Source source : origin.sources()) {
      int at = Sentences.indexOf(originSentences, source.start());
      if (at < 0) {
        continue;
      }
      Sentences.Span sentence = originSentences.get(at);
      for (SharedPassage p : passages) {
        if (p.quoted()) {
          continue;
        }
        int oStart = originIsA ? p.aStart() : p.bStart();
        int oEnd = originIsA ? p.aEnd() : p.bEnd();
        int cStart = originIsA ? p.bStart() : p.aStart();
        int cEnd = originIsA ? p.bEnd() : p.aEnd();
        boolean inSentence = oStart < sentence.end() && oEnd > sentence.start();
        boolean carriesName = oStart <= source.start() && oEnd >= source.end();
        if (!inSentence || carriesName) {
          continue;
        }
        int copyAt = Sentences.indexOf(copySentences, cStart);
        if (copyAt < 0) {
          continue;
        }
        Sentences.Span copySentence = copySentences.get(copyAt);
        String copySource = null;
        boolean kept = false;
        for (Source s : copy.sources()) {
          if (near(copySentences, copyAt, s)) {
            if (s.canonical().equalsIgnoreCase(source.canonical())) {
              kept = true;
            } else if (copySource == null) {
              copySource = s.canonical();
            }
          }
        }
        if (kept || !reported.add(source.canonical() + "@" + at)) {
          continue;
        }
        out.add(
            new DroppedAttribution(
                origin.id(),
                copy.id(),
                source.canonical(),
                source.cue(),
                sentence.start(),
                sentence.end(),
                sentence.of(origin.body()),
                cStart,
                cEnd,
                copySentence.of(copy.body()),
                copySource));
      }
    }
    return out;
  }

  /** Whether the source lies in the copy's sentence or the one just before or after it. */
  private static boolean near(List<Sentences.Span> sentences, int at, Source s) {
    int i = Sentences.indexOf(sentences, s.start());
    return i >= 0 && Math.abs(i - at) <= 1;
  }
}
