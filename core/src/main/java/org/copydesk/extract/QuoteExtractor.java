package org.copydesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Extracts the quotations of an article's full text, tells direct statements from partial
 * fragments and phrases, and attributes statements and fragments to their speakers.
 *
 * <p>Quotation marks are paired by {@link QuoteScanner} (straight and curly double marks; curly
 * single marks; straight single marks in the headline). A quotation split by its attribution
 * ({@code “A,” Kim told the families, “but B.”}) is one quote. Each quote is then classified:
 *
 * <ul>
 *   <li>{@link QuoteKind#DIRECT}: starts with a capital and opens the sentence, follows a colon
 *       or a cue and comma, or is followed by a cue ({@code “...,” he said});
 *   <li>{@link QuoteKind#PARTIAL}: a fragment of four words or more inside the writer's sentence,
 *       or a shorter one right after or before a cue ({@code pledged a “beautiful life”});
 *   <li>{@link QuoteKind#PHRASE}: anything else, and short quotes after "of" or a naming word
 *       ({@code families of “martyrs”}, {@code the slogan “Britain is Working”}).
 * </ul>
 *
 * <p>Speakers come from the cue nearest the quote (after it, before it in the same sentence, later
 * in the sentence), else from the previous quote when it ends in the previous sentence. Pronouns
 * resolve to the most recent speaker or named sentence subject; short names to the fullest name
 * in the article ("Kim" -> "Kim Jong Un"), titles stripped.
 *
 * <p>Instances are immutable, thread-safe and reusable. Time is linear in the text length.
 *
 * <p>NOTE: offsets are {@code String} indices into the text given; {@code speakerStart/End} mark
 * the mention as written ("he", "Mr Faraj"), {@code speaker} the resolved name.
 */
public final class QuoteExtractor {

  /** Longest first line still read as a headline. */
  private static final int MAX_HEADLINE = 200;

  /** Most words between a cue and a short quote for the quote to be the cue's object. */
  private static final int NEAR = 6;

  /** Words after which a short quote names something rather than quoting anyone. */
  private static final Set<String> NAMING =
      Set.of(
          "of", "slogan", "titled", "entitled", "called", "named", "dubbed", "nicknamed",
          "so-called", "labelled", "labeled", "motto", "term", "word", "words", "phrase",
          "headline", "album", "film",
          "song", "book", "single", "show", "series", "programme", "program", "operation",
          "campaign", "banner", "label", "category", "brand", "hashtag", "codenamed",
          "code-named");

  /** Cues in the plural present: their subjects are groups, never a later "he" or "she". */
  private static final Set<String> PLURAL_CUES = Set.of("say", "insist", "warn");

  /** Most words between a cue and a quote later in its sentence for the quote to be the cue's. */
  private static final int CLAUSE = 25;

  /** Creates an extractor; it holds no state. */
  public QuoteExtractor() {}

  /**
   * The quotations of the text, in order of their opening marks.
   *
   * @param text an article's full text, headline on the first line; null gives an empty list
   * @return the quotes, none overlapping; never null
   */
  public List<Quote> extract(String text) {
    return extract(text, Sentences.lazily(text));
  }

  /** {@link #extract(String)} with the text's sentences, split by the caller or on first use. */
  List<Quote> extract(String text, Supplier<List<Sentences.Span>> sentences) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    int headlineEnd = headlineEnd(text);
    List<QuoteScanner.Raw> raws = QuoteScanner.scan(text);
    if (raws.isEmpty()) {
      return List.of(); // most wire stories quote no one: no tokens, names or sentences needed
    }
    SpeakerResolver resolver = new SpeakerResolver(text, headlineEnd);
    Map<Integer, int[]> gaps = new HashMap<>();
    raws = joinSplitQuotes(text, raws, resolver, gaps);
    return new Pass(text, resolver, raws, gaps, sentences.get()).run();
  }

  /** The end of the headline line, or 0 when the first line is long or ends with a full stop. */
  static int headlineEnd(String text) {
    int end = text.indexOf('\n');
    if (end < 0 || end > MAX_HEADLINE) {
      return 0;
    }
    int last = end - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return last >= 0 && text.charAt(last) != '.' ? end : 0;
  }

  /**
   * Joins {@code “A,” Kim said, “B”}: the first part ends with a comma and the attribution between
   * is short, on one line, holds a cue, has no sentence end and ends with a comma.
   */
  private static List<QuoteScanner.Raw> joinSplitQuotes(
      String text, List<QuoteScanner.Raw> raws, SpeakerResolver resolver, Map<Integer, int[]> gaps) {
    List<QuoteScanner.Raw> out = new ArrayList<>();
    QuoteScanner.Raw prev = null;
    for (QuoteScanner.Raw q : raws) {
      if (prev != null && splitPair(text, prev, q, resolver)) {
        gaps.putIfAbsent(prev.start(), new int[] {prev.end(), q.start()});
        prev = prev.join(q);
        continue;
      }
      if (prev != null) {
        out.add(prev);
      }
      prev = q;
    }
    out.add(prev);
    return out;
  }

  private static boolean splitPair(
      String text, QuoteScanner.Raw a, QuoteScanner.Raw b, SpeakerResolver resolver) {
    if (!a.closed() || a.single() || b.single() || b.start() - a.end() > 100) {
      return false;
    }
    int lastContent = a.parts()[a.parts().length - 1];
    if (text.charAt(lastContent - 1) != ',') {
      return false;
    }
    int k = b.start() - 1;
    while (k > a.end() && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (text.charAt(k) != ',') {
      return false;
    }
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\r'
          || (c == '\n' && !resolver.isLineWrap(i))) {
        return false;
      }
    }
    for (int t = resolver.tokenAt(a.end()); t < resolver.tokenCount(); t++) {
      if (resolver.tokenStart(t) >= b.start()) {
        break;
      }
      if (resolver.isCue(t)) {
        return true;
      }
    }
    return false;
  }

  /** One extraction: walks the sentences in reading order, keeping the speaker history. */
  private static final class Pass {
    private final String text;
    private final SpeakerResolver r;
    private final List<QuoteScanner.Raw> raws;
    private final Map<Integer, int[]> gaps; // first attribution gap of each joined quote, by start
    private final List<Sentences.Span> sentences;
    private final boolean[] inQuote;
    private final List<Quote> out = new ArrayList<>();
    private Quote lastAttributed;
    private int lastAttributedSentence = -10;

    Pass(String text, SpeakerResolver r, List<QuoteScanner.Raw> raws, Map<Integer, int[]> gaps,
        List<Sentences.Span> sentences) {
      this.text = text;
      this.r = r;
      this.raws = raws;
      this.gaps = gaps;
      this.sentences = sentences;
      this.inQuote = new boolean[r.tokenCount()];
      for (QuoteScanner.Raw q : raws) {
        for (int t = r.tokenAt(q.start()); t < r.tokenCount() && r.tokenStart(t) < q.end(); t++) {
          inQuote[t] = true;
        }
      }
      for (int[] g : gaps.values()) {
        for (int t = r.tokenAt(g[0]); t < r.tokenCount() && r.tokenStart(t) < g[1]; t++) {
          inQuote[t] = false;
        }
      }
    }

    List<Quote> run() {
      int qi = 0;
      for (int s = 0; s < sentences.size(); s++) {
        Sentences.Span sentence = sentences.get(s);
        int first = r.tokenAt(sentence.start());
        if (!opensInQuote(first, sentence.end())) {
          r.rememberSentenceSubject(first, sentence.end()); // not "I'm" of a quoted sentence
        }
        for (int t = first; t < r.tokenCount() && r.tokenStart(t) < sentence.end(); t++) {
          while (qi < raws.size() && raws.get(qi).start() <= r.tokenStart(t)) {
            handle(raws.get(qi), qi);
            qi++;
          }
          if (qi == raws.size()) {
            return List.copyOf(out); // the rest of the text only adds history no quote reads
          }
          if (!inQuote[t] && r.isCue(t)) {
            rememberCueSubject(t, first);
          }
        }
      }
      while (qi < raws.size()) {
        handle(raws.get(qi), qi);
        qi++;
      }
      return List.copyOf(out);
    }

    /** Whether the sentence's first word is inside a quotation. */
    private boolean opensInQuote(int first, int sentenceEnd) {
      int t = first;
      while (t < r.tokenCount() && r.tokenStart(t) < sentenceEnd && !r.isWord(t)) {
        t++;
      }
      return t < r.tokenCount() && inQuote[t];
    }

    private void rememberCueSubject(int t, int floor) {
      if (r.isParticiple(t) || r.is(t, "according") || PLURAL_CUES.contains(r.lower(t))) {
        return; // "The Liberal Democrats say ..." is no one a later "he" can mean
      }
      r.remember(r.subjectBefore(t, floor, null));
    }

    private void handle(QuoteScanner.Raw q, int index) {
      int s1 = sentenceOf(q.start());
      int s2 = sentenceOf(q.end() - 1);
      int floor = r.tokenAt(sentences.isEmpty() ? 0 : sentences.get(s1).start());
      int ceiling = r.tokenAt(sentences.isEmpty() ? text.length() : sentences.get(s2).end());
      int qs = r.tokenAt(q.start());
      int qe = r.tokenAt(q.end());
      int[] gap = gapOf(q);
      String quoted = q.text(text);
      int cueBefore = nearestCueBefore(qs, floor);
      int cueAfter = cueRightAfter(qe, ceiling);
      // the quote stands in a clause of reported speech: "X said the outlook was “stable”", or
      // is joined to a quote with a speaker: "said he was “so lovely” and a “delight”"
      boolean inClause = cueBefore >= 0 && wordsBetween(cueBefore, qs) <= CLAUSE;
      boolean reported =
          (inClause && !r.is(cueBefore, "according"))
              || (cueBefore < 0 && lastAttributed != null && lastAttributedSentence == s1
                  && joined(r.tokenAt(lastAttributed.end()), qs));
      int cueClosing = cueAfter >= 0 ? cueAfter : closingCue(qe, ceiling);
      QuoteKind kind = classify(q, quoted, s1, cueBefore, cueClosing, gap != null, qs, reported);
      SpeakerResolver.Attribution a = null;
      if (kind != QuoteKind.PHRASE) {
        if (kind != QuoteKind.DIRECT && inClause) {
          a = byCueBeforeQuote(cueBefore, floor, qe, ceiling); // pledged a “beautiful life”
        }
        if (a == null) {
          a = attribute(gap, cueAfter, qs, qe, floor, ceiling);
        }
        if (a == null && lastAttributed != null && lastAttributedSentence >= s1 - 1) {
          a = new SpeakerResolver.Attribution(
              lastAttributed.speaker(), lastAttributed.speakerStart(), lastAttributed.speakerEnd(),
              lastAttributed.cue());
        }
        if (a == null && kind == QuoteKind.DIRECT) {
          a = r.recentSpeaker(q.start()); // a quoted paragraph after "Andy Richards said ..."
        }
      }
      Quote quote =
          a == null
              ? new Quote(quoted, q.start(), q.end(), kind, null, null, null, null)
              : new Quote(quoted, q.start(), q.end(), kind, a.speaker(), a.mentionStart(),
                  a.mentionEnd(), a.cue());
      out.add(quote);
      if (a != null) {
        r.remember(a);
        lastAttributed = quote;
        lastAttributedSentence = s2;
      }
    }

    private QuoteKind classify(
        QuoteScanner.Raw q, String quoted, int s1, int cueBefore, int cueAfter, boolean split,
        int qs, boolean reported) {
      int words = countWords(quoted);
      boolean upper = startsUpper(quoted);
      char before = charBefore(q.start(), s1);
      boolean cueNearBefore = cueBefore >= 0 && wordsBetween(cueBefore, qs) <= NEAR;
      if (split || q.parts().length > 2) {
        return upper ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      }
      if (upper && !q.single()) {
        boolean endsClause = endsClause(text, q);
        if (before == 0 && (words >= 4 || (endsClause && cueAfter >= 0))) {
          return QuoteKind.DIRECT; // “They did not write ...,” Kim said.
        }
        if ((words >= 3 || endsClause) && (before == ':' || (before == ',' && cueNearBefore))) {
          return QuoteKind.DIRECT; // Smith said: “...”; Weinberger said, "Nothing."
        }
        if (words >= 4 && endsClause && cueBefore >= 0 && wordsBetween(cueBefore, qs) == 0) {
          return QuoteKind.DIRECT; // Reagan said "I am committed to ...", with no comma
        }
        if (words >= 3 && endsClause && cueAfter >= 0) {
          return QuoteKind.DIRECT;
        }
      }
      if (words <= 3) {
        String naming = r.wordBefore(q.start());
        if (NAMING.contains(naming) && !(naming.equals("of") && cueNearBefore)) {
          return QuoteKind.PHRASE; // "the slogan of “X”", not "accusing users of “bad behaviour”"
        }
        return cueNearBefore || cueAfter >= 0 || reported ? QuoteKind.PARTIAL : QuoteKind.PHRASE;
      }
      if (!upper) {
        return QuoteKind.PARTIAL;
      }
      return cueNearBefore || cueAfter >= 0 || reported ? QuoteKind.PARTIAL : QuoteKind.PHRASE;
    }

    /** The speaker by the cues around the quote, in order of reliability; null when none. */
    private SpeakerResolver.Attribution attribute(
        int[] gap, int cueAfter, int qs, int qe, int floor, int ceiling) {
      if (gap != null) {
        int ga = r.tokenAt(gap[0]);
        int gb = r.tokenAt(gap[1]);
        for (int t = ga; t < gb; t++) {
          if (r.isCue(t)) {
            SpeakerResolver.Attribution a = byCueAfterQuote(t, ga, gb);
            if (a != null) {
              return a;
            }
          }
        }
      }
      if (cueAfter >= 0) {
        SpeakerResolver.Attribution a = byCueAfterQuote(cueAfter, qe, ceiling);
        if (a != null) {
          return a;
        }
      }
      for (int t = qs - 1; t >= floor && t >= qs - 60; t--) {
        if (!inQuote[t] && r.isCue(t) && !r.is(t, "according")) {
          SpeakerResolver.Attribution a = byCueBeforeQuote(t, floor, qe, ceiling);
          if (a != null) {
            return a;
          }
        }
      }
      for (int t = qe; t < ceiling && t < qe + 60; t++) {
        if (!inQuote[t] && r.isCue(t) && !r.is(t, "according")) {
          SpeakerResolver.Attribution a = byCueBeforeQuote(t, qe, ceiling, ceiling);
          if (a == null) {
            a = r.subjectAfter(t, ceiling, r.cueText(t));
          }
          if (a != null) {
            return a;
          }
        }
      }
      return null;
    }

    /** “...,” Kim said / said Mr Smith / the paper quoted Mr Chernin as saying. */
    private SpeakerResolver.Attribution byCueAfterQuote(int t, int from, int ceiling) {
      String cue = r.cueText(t);
      int as = r.quotedAsSaying(t, ceiling);
      if (as >= 0) {
        return r.firstSubject(t + 1, as, cue);
      }
      if (r.isParticiple(t)) {
        return participleSubject(t, cue);
      }
      boolean wordsBefore = false;
      for (int k = from; k < t && !r.is(t, "according"); k++) { // "according to" names who follows it
        wordsBefore |= r.isWord(k);
      }
      int comma = lastCommaAfterWords(from, t);
      if (comma >= 0) { // “economy” that could hamper reforms, the TUC said: the TUC speaks
        SpeakerResolver.Attribution a = r.subjectBefore(t, comma + 1, cue);
        if (a != null) {
          return a;
        }
      }
      if (wordsBefore && r.goesOnWithClause(from, t)) {
        // the sentence goes on past the quote: the speaker stands right before the cue, or after
        // it when a comma comes before it ("..., said the U.S. official")
        SpeakerResolver.Attribution a = r.subjectBefore(t, from, cue);
        return a == null && commaBefore(t) ? r.subjectAfter(t, ceiling, cue) : a;
      }
      return wordsBefore ? r.firstSubject(from, t, cue) : r.subjectAfter(t, ceiling, cue);
    }

    /**
     * The last comma in {@code [from, t)} when the stretch goes on with the quote's own clause: its
     * first word is in lower case and no pronoun (“...” that could hamper reforms, the TUC said; not
     * “...”, Anais Faraj, an analyst at Nomura told; not “...” he, too, said). Else -1.
     */
    private int lastCommaAfterWords(int from, int t) {
      int comma = -1;
      boolean word = false;
      for (int k = from; k < t; k++) {
        if (r.isWord(k)) {
          if (!word && (!Character.isLowerCase(text.charAt(r.tokenStart(k))) || r.isPronoun(k))) {
            return -1;
          }
          word = true;
        } else if (word && !inQuote[k] && text.charAt(r.tokenStart(k)) == ',') {
          comma = k;
        }
      }
      return comma;
    }

    /** Smith said: “...” / Kim has pledged a “...” / described as “...” by Downing Street. */
    private SpeakerResolver.Attribution byCueBeforeQuote(int t, int floor, int qe, int ceiling) {
      String cue = r.cueText(t);
      int as = r.quotedAsSaying(t, ceiling);
      if (as >= 0) {
        return r.firstSubject(t + 1, as, cue);
      }
      if (r.isParticiple(t)) {
        return participleSubject(t, cue);
      }
      if (r.isPassive(t) && !cue.contains("quoted")) {
        int by = r.byAfter(qe, ceiling);
        return by < 0 ? null : r.subjectAfter(by, ceiling, cue);
      }
      SpeakerResolver.Attribution a = r.subjectBefore(t, floor, cue);
      if (a == null && t > floor && (r.is(t - 1, "and") || r.is(t - 1, "but"))) {
        a = participleSubject(t, cue); // "Kim met them and expressed ..."
      }
      if (a == null && (t == floor || t > floor && commaBefore(t))) {
        a = r.subjectAfter(t, ceiling, cue); // Said coach Scott Johnson: “...”; "The comments, said X, were “...”"
      }
      return a;
    }

    /** Whether a comma stands right before token t: an inverted cue ("..., said X") may follow. */
    private boolean commaBefore(int t) {
      return t > 0 && !r.isWord(t - 1) && text.charAt(r.tokenStart(t - 1)) == ',';
    }

    /** The subject of the sentence holding token t, or the most recent speaker. */
    private SpeakerResolver.Attribution participleSubject(int t, String cue) {
      int s = sentenceOf(r.tokenStart(t));
      Sentences.Span span = sentences.get(s);
      int first = r.tokenAt(span.start());
      SpeakerResolver.Attribution a = null;
      if (!opensInQuote(first, span.end())) { // “People ...,” he will say before arguing
        a = r.sentenceSubject(first, span.end(), cue);
        if (a == null) {
          a = r.clauseSubject(first, t, cue);
        }
      }
      if (a != null) {
        return a;
      }
      SpeakerResolver.Attribution who = r.recent(r.tokenStart(t));
      return who == null
          ? null
          : new SpeakerResolver.Attribution(who.speaker(), who.mentionStart(), who.mentionEnd(), cue);
    }

    private int nearestCueBefore(int qs, int floor) {
      for (int t = qs - 1; t >= floor && t >= qs - 40; t--) {
        if (!inQuote[t] && r.isCue(t)) {
          return t;
        }
        if (inQuote[t]) {
          return -1; // another quotation stands between: the cue is its, not ours
        }
      }
      return -1;
    }

    /**
     * The cue of a short attribution that closes the quote's sentence after a comma ("A Tory
     * government would sort out the “shambles” of immigration, ..., he said."; "..., said X."):
     * the whole sentence is reported speech. -1 when the sentence ends otherwise.
     */
    private int closingCue(int qe, int ceiling) {
      int end = ceiling - 1;
      for (int n = 0; n < 3 && end > qe && !r.isWord(end) && !inQuote[end]; n++) {
        end--; // the full stop (a few marks at most: hostile text stays linear)
      }
      int words = 0;
      for (int t = end; t >= qe && words <= NEAR; t--) {
        if (inQuote[t]) {
          return -1;
        }
        if (r.isWord(t)) {
          words++;
        } else if (text.charAt(r.tokenStart(t)) == ',') {
          for (int k = t + 1; k <= end; k++) {
            if (r.isCue(k) && !r.is(k, "according")) {
              return k;
            }
          }
          return -1;
        } else {
          return -1;
        }
      }
      return -1;
    }

    /** A cue within a few words after the quote ("...,” he said", "..., Kim told"), or -1. */
    private int cueRightAfter(int qe, int ceiling) {
      int words = 0;
      for (int t = qe; t < ceiling && words <= NEAR; t++) {
        if (inQuote[t]) {
          return -1;
        }
        if (r.isCue(t)) {
          return t;
        }
        if (r.isWord(t)) {
          words++;
        }
      }
      return -1;
    }

    /** Whether tokens {@code [a, b)} are at most three words, one of them "and" or "or". */
    private boolean joined(int a, int b) {
      boolean and = false;
      int words = 0;
      for (int t = a; t < b && words <= 3; t++) { // bounded: the gap may be long
        if (r.isWord(t)) {
          words++;
          and |= r.is(t, "and") || r.is(t, "or");
        }
      }
      return and && words <= 3;
    }

    private int wordsBetween(int a, int b) {
      int n = 0;
      for (int t = a + 1; t < b; t++) {
        if (r.isWord(t)) {
          n++;
        }
      }
      return n;
    }

    private int[] gapOf(QuoteScanner.Raw q) {
      return gaps.get(q.start());
    }

    /** The last non-space character before the offset within its sentence, or 0 at its start. */
    private char charBefore(int offset, int s) {
      int start = sentences.isEmpty() ? 0 : sentences.get(s).start();
      for (int k = offset - 1; k >= start; k--) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c) && c != '-' && c != '•' && c != '*') {
          return c;
        }
      }
      return 0;
    }

    private int sentenceOf(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      int found = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).start() <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }
  }

  private static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = QuoteTokens.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w || (in && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-'));
    }
    return n;
  }

  private static boolean startsUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
      if (Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the quoted words end like a clause: with a comma, full stop, ! or ?, or unclosed. */
  private static boolean endsClause(String text, QuoteScanner.Raw q) {
    if (!q.closed()) {
      return true;
    }
    char c = text.charAt(q.parts()[q.parts().length - 1] - 1);
    return c == ',' || c == '.' || c == '!' || c == '?' || c == '…';
  }
}
