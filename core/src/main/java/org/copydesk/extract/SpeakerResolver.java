package org.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who says a quotation: the attribution cue near it, the speaker mention that goes with the
 * cue, and the speaker's fullest name in the article.
 *
 * <p>One instance serves one text. It tokenizes the text once (linear), collects capitalised name
 * runs outside the headline, and keeps a history of speakers in reading order so that pronouns
 * resolve to the most recent speaker or sentence subject before them.
 *
 * <p>NOTE: not thread-safe; {@link QuoteExtractor} makes one per call.
 */
final class SpeakerResolver {

  /** A speaker found for a quotation. */
  record Attribution(String speaker, int mentionStart, int mentionEnd, String cue) {}

  /** Verbs and phrases that attribute words to someone (lower case). */
  static final Set<String> CUES =
      Set.of(
          "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
          "stated", "states", "stating", "pledged", "pledges", "pledging", "vowed", "vows",
          "vowing", "wrote", "writes", "writing", "warned", "warns", "warning", "explained",
          "explains", "explaining", "insisted", "insists", "insisting", "argued", "argues",
          "arguing", "claimed", "claims", "claiming", "promised", "promises", "promising",
          "expressed", "expresses", "expressing", "praised", "praises", "praising", "asked",
          "asks", "asking", "admitted", "admits", "admitting", "announced", "announces",
          "declared", "declares", "continued", "continues", "described", "describes",
          "describing", "calling", "noted", "notes", "commented", "comments", "replied",
          "replies", "responded", "acknowledged", "acknowledges", "urged", "urges", "urging",
          "stressed", "stresses", "recalled", "recalls", "conceded", "concedes", "confirmed",
          "confirms", "predicted", "predicts", "complained", "complains", "joked", "remarked",
          "quoted", "according", "tweeted", "posted", "insist", "warn", "added:", "denied",
          "denies");

  private static final Set<String> PRONOUNS = Set.of(
          "he", "she", "they", "it");

  /** Words that may stand between a subject and its cue: "Kim later said", "he has also said". */
  private static final Set<String> BETWEEN =
      Set.of(
          "also", "later", "then", "has", "have", "had", "was", "is", "will", "would",
          "previously", "recently", "once", "again", "further", "however", "earlier",
          "subsequently", "simply", "just", "been", "not", "did", "does", "do", "reportedly",
          "personally", "publicly", "repeatedly", "himself", "herself", "who", "today",
          "yesterday", "last", "night", "week", "on", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "could", "may", "might", "should", "can");

  /** Titles stripped from a speaker's name. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lady",
          "baroness", "baron", "president", "prime", "minister", "chancellor", "secretary",
          "senator", "sen", "rep", "gov", "governor", "general", "gen", "judge", "justice",
          "king", "queen", "prince", "princess", "pope", "chairman", "chief", "executive",
          "leader", "speaker", "coach", "captain", "rev", "reverend", "boss", "manager", "lord",
          "vice", "deputy", "premier", "chairwoman", "director", "officer", "ceo", "sheikh",
          "ambassador", "mayor", "mp", "mep", "msp", "cllr", "councillor", "commissioner",
          "inspector", "spokesman", "spokeswoman", "spokesperson", "former", "shadow", "home",
          "foreign", "culture", "health", "education", "trade", "defence", "attorney", "labour",
          "tory", "conservative");

  /** Function words: a capitalised one at a sentence start is not a name ("But", "As"). */
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "but", "or", "as", "in", "on", "at", "of", "for", "to", "by",
          "with", "from", "after", "before", "while", "when", "if", "that", "this", "these",
          "those", "it", "its", "his", "her", "their", "our", "my", "your", "he", "she", "they",
          "we", "i", "you", "there", "here", "meanwhile", "yet", "so", "also", "however",
          "since", "because", "although", "though", "than", "about", "into", "over", "under",
          "who", "which", "what", "where", "why", "how", "all", "some", "many", "most", "more",
          "not", "no", "even", "still", "now", "then", "last", "next", "both", "each", "every",
          "according", "visibly", "among", "until", "during", "around", "only", "just", "said",
          "says", "watch", "read", "reports", "state", "other");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "this", "that");

  /** Heads of descriptions whose owner is the speaker: "Mr Crosby's statement said". */
  private static final Set<String> OWNED = Set.of(
          "statement", "letter", "message", "note");

  /** Bound on the name runs examined per lookup, keeping hostile texts linear. */
  private static final int MAX_RUNS_PER_WORD = 64;

  /** How far back (chars) a quoted speaker stays the referent of "he"/"she" over a new subject. */
  private static final int PRONOUN_REACH = 600;

  /** Titles kept in a mention as written ("Mr Faraj"), unlike descriptions ("leader"). */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "baroness");

  /** Common verbs that, lower case between two names, end the subject ("Kim sent Putin"). */
  private static final Set<String> VERBS =
      Set.of(
          "sent", "met", "told", "said", "has", "had", "was", "is", "are", "were", "will", "made",
          "gave", "took", "won", "beat", "lost", "saw", "held", "left", "led", "paid", "came",
          "went", "got", "put", "set", "ran", "hit", "spent", "became", "began", "brought",
          "bought", "sold", "thought", "kept", "wrote", "spoke", "chose", "drew", "fell", "felt",
          "found", "heard", "knew", "meant", "read", "shot", "stood", "struck", "would",
          "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do", "let",
          "joined", "join", "meet", "visit", "urge", "called", "named");

  private final String text;
  private final int[] ts;
  private final int[] te;
  private final int count;
  private final List<int[]> names = new ArrayList<>(); // {firstTok, lastTok} outside the headline
  private final java.util.Map<String, List<int[]>> namesByWord = new java.util.HashMap<>();
  private int lineEnd = -1;
  private boolean lineIsTitle;
  private final List<Attribution> speakers = new ArrayList<>(); // in reading order
  private final List<Attribution> subjects = new ArrayList<>(); // named sentence subjects
  private Attribution protagonist;

  SpeakerResolver(String text, int headlineEnd) {
    this.text = text;
    int n = text.length();
    int[] s = new int[16];
    int[] e = new int[16];
    int c = 0;
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      int j;
      if (Character.isLetterOrDigit(ch)) {
        j = i + 1;
        while (j < n
            && (Character.isLetterOrDigit(text.charAt(j))
                || (isJoiner(text.charAt(j)) && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))))) {
          j++;
        }
      } else if (Character.isWhitespace(ch)) {
        i++;
        continue;
      } else {
        j = i + 1;
      }
      if (c == s.length) {
        s = java.util.Arrays.copyOf(s, c * 2);
        e = java.util.Arrays.copyOf(e, c * 2);
      }
      s[c] = i;
      e[c] = j;
      c++;
      i = j;
    }
    this.ts = s;
    this.te = e;
    this.count = c;
    collectNames(headlineEnd);
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '.' || c == '&';
  }

  // ---------------------------------------------------------------- tokens

  int tokenCount() {
    return count;
  }

  int tokenStart(int t) {
    return ts[t];
  }

  /** The first token starting at or after the offset (binary search). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  String lower(int t) {
    return word(t).toLowerCase(Locale.ROOT);
  }

  /** The token's text without a possessive ending ("Korea’s" -> "Korea"). */
  private String word(int t) {
    int end = te[t];
    if (end - ts[t] > 2
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
      end -= 2;
    }
    return text.substring(ts[t], end);
  }

  private int wordEnd(int t) {
    return ts[t] + word(t).length();
  }

  boolean isWord(int t) {
    return t >= 0 && t < count && Character.isLetterOrDigit(text.charAt(ts[t]));
  }

  private boolean isCap(int t) {
    return isWord(t) && Character.isUpperCase(text.charAt(ts[t]));
  }

  private boolean isPossessive(int t) {
    return isWord(t) && word(t).length() < te[t] - ts[t];
  }

  boolean isCue(int t) {
    return isWord(t) && CUES.contains(lower(t));
  }

  private boolean is(int t, String w) {
    return isWord(t) && lower(t).equals(w);
  }

  /** A capitalised word that can be part of a name (not a sentence-initial "But"). */
  private boolean isNameWord(int t) {
    return isCap(t) && !STOP.contains(lower(t)) && !CUES.contains(lower(t));
  }

  // ---------------------------------------------------------------- names

  /** Collects runs of capitalised words outside the headline and title-case lines. */
  private void collectNames(int headlineEnd) {
    collectRuns(headlineEnd);
    java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
    String top = null;
    int topCount = 0;
    for (int[] run : names) {
      for (int k = run[0]; k <= run[1]; k++) {
        int c = mentions.merge(word(k), 1, Integer::sum);
        if (c > topCount) {
          top = word(k);
          topCount = c;
        }
      }
    }
    if (topCount >= 3) {
      String full = fullest(top, text.length());
      for (int[] run : names) {
        if (runText(run[0], run[1]).equals(full)) {
          protagonist = new Attribution(full, ts[run[0]], wordEnd(run[1]), null);
          break;
        }
      }
    }
  }

  private void collectRuns(int headlineEnd) {
    int t = tokenAt(headlineEnd);
    while (t < count) {
      if (!isNameWord(t) || titleCaseLine(t)) {
        t++;
        continue;
      }
      int u = t;
      while (u + 1 < count && isNameWord(u + 1) && !isPossessive(u) && sameLine(u, u + 1)) {
        u++;
      }
      int first = t;
      while (first < u && (TITLES.contains(lower(first)) || (u - first >= 2 && isDescriptor(first)))) {
        first++; // "Australian Lynton Crosby", "Judges Simon Cowell" -> the name itself
      }
      if (!TITLES.contains(lower(first))) {
        int[] run = {first, u};
        names.add(run);
        for (int k = first; k <= u; k++) {
          List<int[]> list = namesByWord.computeIfAbsent(word(k), w -> new ArrayList<>());
          if (list.size() < MAX_RUNS_PER_WORD) {
            list.add(run);
          }
        }
      }
      t = u + 1;
    }
  }

  /** A capitalised word that describes rather than names: a demonym, "Frankfurt-based", "Judges". */
  private boolean isDescriptor(int t) {
    String w = lower(t);
    boolean sentenceInitial = t == 0 || !isWord(t - 1);
    return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.matches(".*-[a-z]+")
        || (sentenceInitial && w.endsWith("s") && !w.endsWith("ss"));
  }

  private boolean sameLine(int a, int b) {
    for (int k = te[a]; k < ts[b]; k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the token lies in a short line where most words are capitalised (a title). Lines are
   * measured once each, as the tokens move forward.
   */
  private boolean titleCaseLine(int t) {
    if (ts[t] < lineEnd) {
      return lineIsTitle;
    }
    int ls = lineEnd < 0 ? 0 : lineEnd;
    int le = text.indexOf('\n', ts[t]);
    if (le < 0) {
      le = text.length();
    }
    lineEnd = le;
    lineIsTitle = false;
    if (le - ls > 160) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (int k = ls; k < le; k++) {
      if (Character.isLetter(text.charAt(k)) && (k == ls || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
        words++;
        if (Character.isUpperCase(text.charAt(k))) {
          caps++;
        }
      }
    }
    lineIsTitle = words >= 3 && caps * 4 >= words * 3;
    return lineIsTitle;
  }

  /**
   * The fullest name in the article holding the given name's words: "Kim" -> "Kim Jong Un". Titles
   * are stripped; a name seen before the mention wins over one seen after.
   */
  String fullest(String name, int offset) {
    String[] want = name.split(" ");
    String best = null;
    int bestLen = want.length;
    boolean bestBefore = false;
    for (int[] run : namesByWord.getOrDefault(want[0], List.of())) {
      int len = run[1] - run[0] + 1;
      if (len > 4 || len < want.length) {
        continue;
      }
      if (!containsWords(run, want)) {
        continue;
      }
      boolean before = ts[run[0]] < offset;
      if (best == null
          || (before && !bestBefore)
          || (before == bestBefore && len > bestLen)) {
        best = runText(run[0], run[1]);
        bestLen = len;
        bestBefore = before;
      }
    }
    return best == null ? name : best;
  }

  private boolean containsWords(int[] run, String[] want) {
    for (int a = run[0]; a + want.length - 1 <= run[1]; a++) {
      boolean all = true;
      for (int k = 0; k < want.length && all; k++) {
        all = word(a + k).equals(want[k]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private String runText(int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k <= b; k++) {
      if (k > a) {
        sb.append(' ');
      }
      sb.append(word(k));
    }
    return sb.toString();
  }

  /**
   * A name for a description ("the French coach"): the latest name before the offset written
   * right after the description's head ("France coach Bernard Laporte") or with it in apposition
   * ("Justin Green, spokesman for ..."); null when none.
   */
  private String nameForDescription(String head, int offset) {
    String found = null;
    int lo = 0;
    int hi = names.size() - 1;
    int from = -1; // the last name starting before the offset (names are in text order)
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ts[names.get(mid)[0]] < offset) {
        from = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int i = Math.max(0, from - MAX_RUNS_PER_WORD); i <= from && i < names.size(); i++) {
      int[] run = names.get(i);
      if (ts[run[0]] >= offset) {
        break;
      }
      boolean match = run[0] > 0 && is(run[0] - 1, head);
      if (!match && run[1] + 1 < count && text.charAt(ts[run[1] + 1]) == ',') {
        for (int k = run[1] + 2; k < Math.min(count, run[1] + 8) && isWord(k); k++) {
          if (is(k, head)) {
            match = true;
            break;
          }
        }
      }
      if (match) {
        found = runText(run[0], run[1]);
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- history

  /** Records a speaker, for later pronouns. */
  void remember(Attribution a) {
    if (a != null && a.mentionStart() >= 0) {
      speakers.add(a);
    }
  }

  /**
   * What a pronoun at the offset refers to: the most recent speaker when one was quoted shortly
   * before (within {@link #PRONOUN_REACH} chars), else the most recent named speaker or sentence
   * subject, else the article's most mentioned name. Null when the article names no one.
   */
  Attribution recent(int offset) {
    Attribution speaker = latestBefore(speakers, offset);
    Attribution subject = latestBefore(subjects, offset);
    if (speaker != null
        && (subject == null
            || subject.mentionStart() < speaker.mentionStart()
            || offset - speaker.mentionStart() <= PRONOUN_REACH)) {
      return speaker;
    }
    return subject != null ? subject : protagonist;
  }

  private static Attribution latestBefore(List<Attribution> list, int offset) {
    for (int k = list.size() - 1; k >= 0; k--) {
      if (list.get(k).mentionStart() < offset) {
        return list.get(k);
      }
    }
    return null;
  }

  /**
   * Remembers the subject of the sentence starting at token {@code t} when it is a name
   * ("North Korean leader Kim Jong Un has ...", "Federer was not ..."), so that a later "he" can
   * find it.
   */
  void rememberSentenceSubject(int t, int sentenceEnd) {
    int[] np = leadingName(t, sentenceEnd);
    if (np != null) {
      subjects.add(
          new Attribution(fullest(runText(np[0], np[1]), ts[np[0]]), ts[np[0]], wordEnd(np[1]), null));
    }
  }

  /** The name that leads the sentence (after an opening "According to ...," phrase), or null. */
  private int[] leadingName(int t, int sentenceEnd) {
    while (t < count && ts[t] < sentenceEnd && !isWord(t) && t < count - 1) {
      t++; // a bullet or dash before the sentence
    }
    if (t < count && isWord(t) && STOP.contains(lower(t))) {
      // "According to KCNA, Kim ...": skip an opening phrase up to its comma (bounded)
      for (int k = t; k < Math.min(count, t + 12) && ts[k] < sentenceEnd; k++) {
        if (text.charAt(ts[k]) == ',') {
          t = k + 1;
          break;
        }
      }
    }
    int[] last = null;
    int k = t;
    int limit = Math.min(count, t + 10);
    while (k < limit && ts[k] < sentenceEnd && isWord(k)) {
      if (isNameWord(k)) {
        int a = k;
        while (k + 1 < limit && isNameWord(k + 1) && !isPossessive(k)) {
          k++;
        }
        last = stripTitles(a, k);
        if (isPossessive(k)) {
          return null; // "Kim's sister ..." is about someone else
        }
        k++;
      } else if (isNameWord(k + 1) && isRoleWord(k)) {
        k++; // a description before a name: "leader", "coach", "economist"
      } else {
        break;
      }
    }
    return last;
  }

  /** A lower-case word that can describe the name after it: "leader", "coach", "economist". */
  private boolean isRoleWord(int k) {
    String w = lower(k);
    return !STOP.contains(w) && !isCue(k) && !VERBS.contains(w) && !w.endsWith("ed")
        && (!w.endsWith("s") || w.endsWith("ss")) && Character.isLowerCase(text.charAt(ts[k]));
  }

  private int[] stripTitles(int a, int b) {
    while (a < b && TITLES.contains(lower(a))) {
      a++;
    }
    return TITLES.contains(lower(a)) ? null : new int[] {a, b};
  }

  // ---------------------------------------------------------------- noun phrases

  /**
   * The speaker whose mention ends just before token {@code t} (the word before a cue), reading
   * backwards over "also", "has", an apposition ("Grant Dean, chairman of ..., said"); null when
   * none. Token {@code floor} bounds the search.
   */
  Attribution subjectBefore(int t, int floor, String cue) {
    int p = t - 1;
    while (p >= floor && isWord(p) && BETWEEN.contains(lower(p))) {
      p--;
    }
    if (p >= floor && text.charAt(ts[p]) == ',') {
      int q = p - 1;
      int stop = Math.max(floor, p - 15);
      while (q >= stop && text.charAt(ts[q]) != ',' && isWord(q)) {
        q--;
      }
      if (q < stop || text.charAt(ts[q]) != ',') {
        return null;
      }
      if (isNameWord(p - 1) && isNameWord(q + 1)) {
        boolean allName = true;
        for (int k = q + 1; k < p && allName; k++) {
          allName = isNameWord(k);
        }
        if (allName) {
          return nounPhraseEndingAt(p - 1, q + 1, cue); // "controller of X, Claudia Rosencrantz, said"
        }
      }
      p = q - 1;
    }
    if (p < floor || !isWord(p)) {
      return null;
    }
    return nounPhraseEndingAt(p, floor, cue);
  }

  /** A speaker mention ending at token p: a pronoun, a name run or a short description. */
  private Attribution nounPhraseEndingAt(int p, int floor, String cue) {
    String w = lower(p);
    if (PRONOUNS.contains(w)) {
      Attribution who = recent(ts[p]);
      return who == null ? null : new Attribution(who.speaker(), ts[p], te[p], cue);
    }
    if (isNameWord(p) && !isPossessive(p)) {
      int a = p;
      while (a - 1 >= floor && isNameWord(a - 1) && !isPossessive(a - 1)) {
        a--;
      }
      int mentionStart = a;
      if (mentionStart - 1 >= floor && isWord(mentionStart - 1)
          && HONORIFICS.contains(lower(mentionStart - 1))) {
        mentionStart--; // keep "Mr" in the mention as found
      }
      int[] run = stripTitles(a, p);
      if (run == null) {
        return null;
      }
      String name = fullest(runText(run[0], run[1]), ts[run[0]]);
      return new Attribution(name, ts[mentionStart], te[p], cue);
    }
    if (STOP.contains(w) || !Character.isLetter(text.charAt(ts[p]))) {
      return null;
    }
    // a description: "a spokeswoman", "the Google team", "Mr Crosby's statement"
    int a = p;
    while (a - 1 >= floor && a > p - 4 && isWord(a - 1) && !DETERMINERS.contains(lower(a - 1))
        && !STOP.contains(lower(a - 1)) && !CUES.contains(lower(a - 1)) && !isPossessive(a)) {
      a--;
    }
    if (OWNED.contains(w) && isPossessive(a) && a < p) {
      return nounPhraseEndingAt(a, floor, cue) == null
          ? null
          : new Attribution(fullest(word(a), ts[a]), ts[a], wordEnd(a), cue);
    }
    return description(a, p, cue);
  }

  private Attribution description(int a, int p, String cue) {
    String desc = text.substring(ts[a], te[p]);
    String head = lower(p);
    String name = nameForDescription(head, ts[a]);
    return new Attribution(name != null ? fullest(name, ts[a]) : desc, ts[a], te[p], cue);
  }

  /**
   * The speaker named right after a cue: "said Mr Smith", "said the French coach", "admitted the
   * 28-year-old Morientes", "according to KCNA". Null when none.
   */
  Attribution subjectAfter(int t, int ceiling, String cue) {
    int a = t + 1;
    if (is(a, "to")) {
      a++;
    }
    while (a < ceiling && isWord(a) && DETERMINERS.contains(lower(a))) {
      a++;
    }
    if (a >= ceiling || !isWord(a)) {
      return null;
    }
    if (PRONOUNS.contains(lower(a))) {
      return nounPhraseEndingAt(a, a, cue);
    }
    int b = a;
    while (b + 1 < ceiling && b + 1 < a + 6 && isWord(b + 1) && !STOP.contains(lower(b + 1))
        && !CUES.contains(lower(b + 1)) && !isPossessive(b)) {
      b++;
    }
    if (STOP.contains(lower(b))) {
      return null;
    }
    if (isNameWord(b)) {
      int r = b;
      while (r - 1 >= a && isNameWord(r - 1)) {
        r--;
      }
      int[] run = stripTitles(r, b);
      if (run == null) {
        return null;
      }
      return new Attribution(fullest(runText(run[0], run[1]), ts[run[0]]), ts[r], wordEnd(b), cue);
    }
    return description(a, b, cue);
  }

  /**
   * The subject of a stretch of tokens {@code [a, b)} that stands before a cue in an attribution
   * placed between or after quotation parts: ", Anais Faraj, an analyst at Nomura told".
   */
  Attribution firstSubject(int a, int b, String cue) {
    while (a < b && !isWord(a)) {
      a++;
    }
    int end = a;
    while (end < b && isWord(end)) {
      end++;
    }
    while (a < end && DETERMINERS.contains(lower(a))) {
      a++;
    }
    if (a >= end) {
      return null;
    }
    int p = end - 1;
    while (p > a && BETWEEN.contains(lower(p))) {
      p--;
    }
    return nounPhraseEndingAt(p, a, cue);
  }

  /** The cue text as found, widening "quoted" to "was quoted as saying" where written so. */
  String cueText(int t) {
    String w = lower(t);
    if (w.equals("quoted") && is(t - 1, "was") && is(t + 1, "as") && is(t + 2, "saying")) {
      return text.substring(ts[t - 1], te[t + 2]);
    }
    if (w.equals("according") && is(t + 1, "to")) {
      return text.substring(ts[t], te[t + 1]);
    }
    return text.substring(ts[t], te[t]);
  }

  /** For "X quoted Y as saying", the token after "quoted"; -1 when not that pattern. */
  int quotedAsSaying(int t, int ceiling) {
    if (!is(t, "quoted") || is(t - 1, "was")) {
      return -1;
    }
    for (int k = t + 1; k < Math.min(ceiling, t + 8); k++) {
      if (is(k, "as") && is(k + 1, "saying")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the cue is a participle ("saying", "pledging") whose subject is the sentence's. */
  boolean isParticiple(int t) {
    return lower(t).endsWith("ing") && !lower(t).equals("according");
  }

  /** Whether the cue is passive ("was described as"), so the speaker follows "by". */
  boolean isPassive(int t) {
    return is(t - 1, "been") || is(t - 1, "was") || is(t - 1, "were") || is(t - 1, "being");
  }

  /** The sentence subject as a speaker, for a participle cue; null when it is not a name. */
  Attribution sentenceSubject(int sentenceFirstTok, int sentenceEnd, String cue) {
    int[] np = leadingName(sentenceFirstTok, sentenceEnd);
    if (np != null) {
      return new Attribution(
          fullest(runText(np[0], np[1]), ts[np[0]]), ts[np[0]], wordEnd(np[1]), cue);
    }
    if (isWord(sentenceFirstTok) && PRONOUNS.contains(lower(sentenceFirstTok))) {
      return nounPhraseEndingAt(sentenceFirstTok, sentenceFirstTok, cue);
    }
    return null;
  }

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "to", "from", "through", "at", "by", "with", "for", "on", "into", "across",
          "over", "against", "about", "near", "toward", "towards", "under", "between", "among",
          "before", "after", "and", "or");

  /**
   * The first name in {@code [from, to)} that acts: not after a preposition and followed by a
   * lower-case word ("as Kim Jong Un publicly bowing ..., while pledging"); null when none.
   */
  Attribution clauseSubject(int from, int to, String cue) {
    for (int k = from; k < to && k < from + 60; k++) {
      if (!isNameWord(k) || (k > from && isNameWord(k - 1))) {
        continue;
      }
      int b = k;
      while (b + 1 < to && isNameWord(b + 1) && !isPossessive(b)) {
        b++;
      }
      boolean afterPreposition = k > 0 && isWord(k - 1) && PREPOSITIONS.contains(lower(k - 1));
      if (!afterPreposition && !isPossessive(b) && isWord(b + 1)
          && Character.isLowerCase(text.charAt(ts[b + 1]))) {
        int[] run = stripTitles(k, b);
        if (run != null) {
          return new Attribution(
              fullest(runText(run[0], run[1]), ts[run[0]]), ts[run[0]], wordEnd(run[1]), cue);
        }
      }
      k = b;
    }
    return null;
  }

  /** The token index of "by" within a few tokens after {@code t}, or -1. */
  int byAfter(int t, int ceiling) {
    for (int k = t; k < Math.min(ceiling, t + 4); k++) {
      if (is(k, "by")) {
        return k;
      }
    }
    return -1;
  }

  /** The lower-case word before the offset, or "". */
  String wordBefore(int offset) {
    int t = tokenAt(offset) - 1;
    return isWord(t) ? lower(t) : "";
  }
}
