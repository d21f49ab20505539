package org.copydesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
          "denies", "accused", "accuses", "accusing", "branded", "brands", "branding", "hailed",
          "hails", "hailing", "concluded", "concludes", "indicated", "indicates", "add", "believes",
          "believed", "criticised", "criticized", "criticises", "attacked", "denounced",
          "condemned", "thanked", "labelled", "labeled", "dismissed");

  /** Cues that are also nouns: "the company claims" is a cue, "legal claims" is not. */
  private static final Set<String> NOUN_CUES =
      Set.of("claims", "comments", "notes", "promises", "brands", "states", "warning");

  /**
   * Cues whose passive names the one spoken to or about, not the speaker: "he was told", "MTV has
   * been criticised", "the rapper was branded".
   */
  private static final Set<String> PASSIVE_PARTICIPLES =
      Set.of(
          "asked", "told", "urged", "warned", "praised", "accused", "branded", "hailed",
          "described", "criticised", "criticized", "attacked", "denounced", "condemned", "thanked",
          "labelled", "labeled", "dismissed", "believed");

  /** How many words an apposition with no closing comma may have. */
  private static final int APPOSITION_WORDS = 10;

  /** How many tokens after a passive cue its agent ("by X") may come. */
  private static final int AGENT_REACH = 16;

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
          "thursday", "friday", "saturday", "sunday", "could", "may", "might", "should", "can",
          "be", "being");

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
          "tory", "conservative", "cardinal", "archbishop", "bishop");

  /**
   * Titles that end a description before the name inside one capitalised run: "Finance Secretary
   * Jaime Ongpin", "Archbishop of Canterbury Dr Rowan Williams". Not the modifiers of {@link
   * #TITLES} ("Health", "Trade") nor "King" or "General", which end company names.
   */
  private static final Set<String> HEAD_TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "president", "minister", "chancellor", "secretary", "senator", "governor", "judge",
          "chairman", "chairwoman", "director", "officer", "ceo", "commissioner", "ambassador",
          "mayor", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "captain",
          "boss", "leader", "premier", "inspector", "cardinal", "archbishop", "bishop", "mp", "mep",
          "msp", "speaker");

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

  /** Demonyms that no suffix rule finds. */
  private static final Set<String> DEMONYMS =
      Set.of(
          "scot", "swede", "dane", "finn", "pole", "briton", "brit", "czech", "serb", "croat",
          "greek", "turk", "kiwi", "aussie", "spaniard", "argentine", "swiss", "thai", "iraqi",
          "israeli", "pakistani", "saudi", "kuwaiti", "bangladeshi", "democrat", "frenchman",
          "welshman", "irishman", "englishman", "scotsman", "dutchman");

  /** Capitalised words ending like demonyms that name a place, body or thing. */
  private static final Set<String> NOT_DEMONYMS =
      Set.of(
          "taliban", "vatican", "koran", "quran", "japan", "iran", "sudan", "oman", "pakistan",
          "afghanistan", "kazakhstan", "uzbekistan", "tajikistan", "kyrgyzstan", "turkmenistan",
          "bhutan", "azerbaijan", "taiwan", "tehran", "milan", "jordan", "batman", "superman",
          "chairman", "chairwoman", "spokesman", "spokeswoman", "ombudsman", "commonwealth",
          "caribbean", "mediterranean", "pentagon");

  /**
   * Heads of descriptions that, after "the", stand for a person named before ("the Oscar winner
   * said", "the Tory leader argued"); roles that usually bring in someone new (spokesman,
   * official) are not here.
   */
  private static final Set<String> PERSON_HEADS =
      Set.of(
          "winner", "champion", "star", "veteran", "singer", "actor", "actress", "player",
          "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "batsman",
          "bowler", "skipper", "rapper", "comedian", "presenter", "novelist", "author", "director",
          "film-maker", "leader", "boss", "coach", "manager", "captain", "frontman", "musician",
          "artist", "designer", "entrepreneur", "tycoon", "billionaire", "founder", "premier",
          "chancellor", "monarch", "pontiff", "sprinter", "swimmer", "cyclist", "golfer", "boxer",
          "jockey", "athlete", "racer", "driver");

  /** Speaking roles that name where they work after them: "a spokesman for the company". */
  private static final Set<String> ROLES_AT_PLACES =
      Set.of(
          "spokesman", "spokeswoman", "spokesperson", "source", "sources", "official", "officials",
          "analyst", "analysts", "economist", "economists", "strategist", "executive", "head",
          "director", "chairman", "member", "representative", "lawyer", "trader", "traders",
          "dealer", "dealers", "banker", "bankers", "adviser", "advisor", "manager", "expert",
          "experts", "diplomat", "diplomats", "researcher", "professor", "employee", "worker");

  /** Other heads of descriptions of one person, for "he" and "she" ({@link #looksLikeGroup}). */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "official", "analyst", "economist", "lawyer", "doctor", "witness", "resident", "man",
          "woman", "boy", "girl", "father", "mother", "son", "daughter", "wife", "husband",
          "friend", "editor", "reporter", "journalist", "worker", "teacher", "student", "expert",
          "agent", "trader", "dealer", "banker", "aide", "adviser", "advisor", "negotiator",
          "diplomat", "delegate", "envoy", "observer", "source", "owner", "fan", "victim",
          "survivor", "employee", "member", "colleague", "partner", "neighbour", "neighbor",
          "policeman", "soldier", "commander", "pilot", "candidate", "campaigner", "activist",
          "scientist", "researcher", "politician", "lawmaker", "consultant", "broadcaster",
          "producer", "writer", "critic", "chef", "nurse", "patient", "parent", "brother", "sister",
          "uncle", "aunt", "grandmother", "grandfather", "child", "teenager", "pupil");

  /** Bound on the name runs examined per lookup, keeping hostile texts linear. */
  private static final int MAX_RUNS_PER_WORD = 64;

  /** Words after a mention that {@link #goesOnWith} reads. */
  private static final int CLAUSE_WORDS = 25;

  /** Most speakers or subjects a pronoun looks back over, keeping hostile texts linear. */
  private static final int MAX_LOOK_BACK = 16;

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

  /** Words after which a name is an object, not an acting subject ("met with Kim"). */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "to", "from", "through", "at", "by", "with", "for", "on", "into", "across",
          "over", "against", "about", "near", "toward", "towards", "under", "between", "among",
          "before", "after", "and", "or");

  /** The tables above, in the order of their class bits below. */
  private static final List<Set<String>> TABLES =
      List.of(CUES, PRONOUNS, BETWEEN, TITLES, STOP, DETERMINERS, OWNED, HONORIFICS, VERBS,
          PREPOSITIONS, HEAD_TITLES);

  /** The tables as word classes: one look-up per token answers them all. */
  private static final WordClasses CLASSES = new WordClasses(TABLES);

  /** Shared lower-case forms of frequent words and of the tables' words. */
  private static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(TABLES);

  // The class bits, in the order of TABLES.
  private static final int CUE = 1;
  private static final int PRONOUN = 1 << 1;
  private static final int BETWEEN_WORD = 1 << 2;
  private static final int TITLE = 1 << 3;
  private static final int STOP_WORD = 1 << 4;
  private static final int DETERMINER = 1 << 5;
  private static final int OWNED_HEAD = 1 << 6;
  private static final int HONORIFIC = 1 << 7;
  private static final int VERB = 1 << 8;
  private static final int PREPOSITION = 1 << 9;
  private static final int HEAD_TITLE = 1 << 10;

  private final String text;
  private final LineWraps wraps;
  private final QuoteTokens tokens;
  private final int[] ts; // token starts
  private final int[] te; // token ends
  private final int count;
  private final List<int[]> names = new ArrayList<>(); // {firstTok, lastTok} outside the headline
  private NamesByWord namesByWord; // built on first use
  private int lineEnd = -1;
  private boolean lineIsTitle;
  private final List<Attribution> speakers = new ArrayList<>(); // in reading order
  private final List<Subject> subjects = new ArrayList<>(); // named sentence subjects
  private boolean protagonistKnown;
  private Attribution protagonist;

  /**
   * A named sentence subject, remembered for later pronouns. Its fullest name is worked out only
   * when a pronoun refers to it: most subjects are never asked for.
   */
  private final class Subject {
    final int first;
    final int last;
    /** Where the subject is mentioned: the name itself, or a description standing for it. */
    private final int mention;
    private final int mentionEnd;
    private Attribution attribution;

    Subject(int first, int last) {
      this(first, last, ts[first], wordEnd(last));
    }

    Subject(int first, int last, int mention, int mentionEnd) {
      this.first = first;
      this.last = last;
      this.mention = mention;
      this.mentionEnd = mentionEnd;
    }

    int mentionStart() {
      return mention;
    }

    Attribution attribution() {
      if (attribution == null) {
        attribution = new Attribution(fullest(first, last, ts[first]), mention, mentionEnd, null);
      }
      return attribution;
    }
  }

  SpeakerResolver(String text, int headlineEnd) {
    this.text = text;
    this.wraps = LineWraps.of(text);
    this.tokens = new QuoteTokens(text, CLASSES, WORDS);
    this.ts = tokens.starts;
    this.te = tokens.ends;
    this.count = tokens.count;
    collectRuns(headlineEnd);
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
    return tokens.at(offset);
  }

  /** The token in lower case, without a possessive ending ("Korea’s" -> "korea"). */
  String lower(int t) {
    return tokens.lower(t);
  }

  private int wordEnd(int t) {
    return tokens.wordEnd(t);
  }

  boolean isWord(int t) {
    return tokens.isWord(t);
  }

  private boolean isPossessive(int t) {
    return tokens.isPossessive(t);
  }

  /** Whether the character at {@code i} is a line end that only wraps a line ({@link LineWraps}). */
  boolean isLineWrap(int i) {
    return wraps.isWrap(i);
  }

  boolean isCue(int t) {
    if (!tokens.isIn(t, CUE)) {
      return false;
    }
    if (is(t, "states") && tokens.isCapitalised(t)) {
      return false; // a name, not a verb: "the United States", "Gulf States"
    }
    if (NOUN_CUES.contains(lower(t)) && readsAsNoun(t)) {
      return false; // "win legal claims", "despite recent comments", "the promises of changes"
    }
    if (is(t, "add") && isWord(t + 1) && !is(t + 1, "that")) {
      return false; // "did add that ..." reports speech, "add value" does not
    }
    if ((is(t, "continued") || is(t, "continues")) && isWord(t + 1)) {
      return false; // "investment continued to be held back": no one speaks
    }
    if ((is(t, "believed") || is(t, "believes")) && is(t + 1, "to")) {
      return false; // "Real Madrid, also believed to be monitoring him": an opinion of others
    }
    // "the donors would be asked to finance", "he was told": the subject is spoken to; "described
    // as “idle speculation” by Downing Street" still names its speaker
    return !(isPassiveParticiple(t) && (is(t - 1, "be") || is(t - 1, "been") || is(t - 1, "being")
        || is(t - 1, "was") || is(t - 1, "were") || is(t - 1, "is") || is(t - 1, "are"))
        && !agentFollows(t));
  }

  /** Whether "by" follows the passive cue at t within a few tokens of its sentence. */
  private boolean agentFollows(int t) {
    for (int k = t + 1; k <= t + AGENT_REACH && k < tokens.count; k++) {
      if (is(k, "by")) {
        return true;
      }
      if (!isWord(k) && text.charAt(ts[k]) == '.') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a cue that is also a noun reads as the noun: capitalised (a sentence's first word),
   * after a determiner or a function word other than a pronoun, a verb or an auxiliary ("the
   * claims", "of claims", but "are warning"), or after a lower-case word that no determiner or
   * possessive leads ("legal claims", but "the company claims").
   */
  private boolean readsAsNoun(int t) {
    if (tokens.isCapitalised(t)) {
      return true;
    }
    int p = t - 1;
    if (p < 0 || !isWord(p) || isNameWord(p) || tokens.isIn(p, PRONOUN | BETWEEN_WORD | VERB)
        || is(p, "who") || is(p, "which") || is(p, "that")) {
      return false; // "“...”, claims Smith", "Smith claims", "he claims", "who claims", "are warning"
    }
    if (tokens.isIn(p, DETERMINER | STOP_WORD) || !Character.isLowerCase(text.charAt(ts[p]))) {
      return true;
    }
    return !(p > 0 && (tokens.isIn(p - 1, DETERMINER) || isPossessive(p - 1)));
  }

  private boolean isPassiveParticiple(int t) {
    return PASSIVE_PARTICIPLES.contains(lower(t));
  }

  /** Whether token {@code t} is a word that reads {@code w} (lower case) in lower case. */
  boolean is(int t, String w) {
    return tokens.is(t, w);
  }

  /** A capitalised word that can be part of a name (not a sentence-initial "But"). */
  private boolean isNameWord(int t) {
    return tokens.isCapitalised(t) && !tokens.isIn(t, STOP_WORD | CUE) && !isContraction(t);
  }

  /**
   * Whether token t is an initial or a dotted abbreviation whose full stop a name word follows:
   * "Yurij V. Ponomarev", "U.S. Shoe Corp".
   */
  private boolean initialGoesOn(int t) {
    return t + 2 < count && isInitials(t) && ts[t + 1] == te[t] && text.charAt(ts[t + 1]) == '.'
        && te[t + 1] - ts[t + 1] == 1 && isNameWord(t + 2);
  }

  /** "V", "U.S", "J.P": capitals, one or a few joined by full stops. */
  private boolean isInitials(int t) {
    int length = te[t] - ts[t];
    if (length > 5 || !Character.isUpperCase(text.charAt(ts[t]))) {
      return false;
    }
    for (int k = ts[t] + 1; k < te[t]; k++) {
      char c = text.charAt(k);
      if (c != '.' && !Character.isUpperCase(c) || c == '.' && text.charAt(k - 1) == '.') {
        return false;
      }
    }
    return true;
  }

  /** A word like "I'm", "We've", "Don't": capitalised, but never a name. */
  private boolean isContraction(int t) {
    int s = ts[t];
    int e = te[t];
    for (int k = e - 2; k > s && k >= e - 3; k--) {
      char c = text.charAt(k);
      if (c == '\'' || c == '’') {
        int len = e - k - 1;
        char a = Character.toLowerCase(text.charAt(k + 1));
        char b = len == 2 ? Character.toLowerCase(text.charAt(k + 2)) : 0;
        return (len == 1 && (a == 'm' || a == 'd' || (a == 't' && Character.toLowerCase(text.charAt(k - 1)) == 'n')))
            || (len == 2 && ((a == 'v' && b == 'e') || (a == 'l' && b == 'l') || (a == 'r' && b == 'e')));
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- names

  /** Collects runs of capitalised words outside the headline and title-case lines. */
  private void collectRuns(int headlineEnd) {
    int t = tokenAt(headlineEnd);
    while (t < count) {
      if (!isNameWord(t) || titleCaseLine(t)) {
        t++;
        continue;
      }
      int u = t;
      while (true) {
        if (u + 1 < count && isNameWord(u + 1) && !isPossessive(u) && sameLine(u, u + 1)) {
          u++;
        } else if (initialGoesOn(u) && sameLine(u, u + 2)) {
          u += 2; // "Yurij V. Ponomarev"
        } else {
          break;
        }
      }
      int first = t;
      while (first < u && !initialGoesOn(first)
          && (tokens.isIn(first, TITLE) || (u - first >= 2 && isDescriptor(first)))) {
        first++; // "Australian Lynton Crosby", "Judges Simon Cowell" -> the name itself
      }
      first = afterHeadTitle(first, u);
      if (!tokens.isIn(first, TITLE)) {
        names.add(new int[] {first, u});
      }
      t = u + 1;
    }
  }

  /**
   * The article's most mentioned name when some word of its names is mentioned three times or
   * more, else null. Worked out on first use: only pronouns with no speaker or subject before them
   * need it.
   */
  private Attribution protagonist() {
    if (protagonistKnown) {
      return protagonist;
    }
    protagonistKnown = true;
    Map<String, Integer> mentions = new HashMap<>();
    int top = -1; // a token spelling the most mentioned word, the first to reach its count
    int topCount = 0;
    for (int[] run : names) {
      for (int k = run[0]; k <= run[1]; k++) {
        int c = mentions.merge(tokens.word(k), 1, Integer::sum);
        if (c > topCount) {
          top = k;
          topCount = c;
        }
      }
    }
    if (topCount >= 3) {
      String full = fullest(top, top, text.length());
      for (int[] run : names) {
        if (runText(run[0], run[1]).equals(full)) {
          protagonist = new Attribution(full, ts[run[0]], wordEnd(run[1]), null);
          break;
        }
      }
    }
    return protagonist;
  }

  /** A capitalised word that describes rather than names: a demonym, "Frankfurt-based", "Judges". */
  private boolean isDescriptor(int t) {
    String w = lower(t);
    boolean sentenceInitial = t == 0 || !isWord(t - 1);
    return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || endsWithHyphenWord(w)
        || (sentenceInitial && w.endsWith("s") && !w.endsWith("ss"));
  }

  /** Whether the word ends with a hyphen and lower-case ASCII letters ("frankfurt-based"). */
  private static boolean endsWithHyphenWord(String w) {
    int hyphen = w.lastIndexOf('-');
    if (hyphen < 0 || hyphen == w.length() - 1) {
      return false;
    }
    for (int k = hyphen + 1; k < w.length(); k++) {
      if (w.charAt(k) < 'a' || w.charAt(k) > 'z') {
        return false;
      }
    }
    return true;
  }

  private boolean sameLine(int a, int b) {
    for (int k = te[a]; k < ts[b]; k++) {
      if (text.charAt(k) == '\n' && !wraps.isWrap(k)) {
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
    if (le - ls > 160 || le < text.length() && wraps.isWrap(le)) {
      return false; // a long line, or one that runs on into the next: "undersecretary Dan\nAmstutz"
    }
    int words = 0;
    int caps = 0;
    boolean inWord = false; // whether the previous character is a letter or digit
    for (int k = ls; k < le; k++) {
      char c = text.charAt(k);
      boolean letterOrDigit = QuoteTokens.isLetterOrDigit(c);
      if (letterOrDigit && !inWord && isLetter(c)) {
        words++;
        if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
          caps++;
        }
      }
      inWord = letterOrDigit;
    }
    lineIsTitle = words >= 3 && caps * 4 >= words * 3;
    return lineIsTitle;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  /**
   * The fullest name in the article holding the words of tokens {@code [a, b]}: "Kim" -> "Kim Jong
   * Un". Titles are stripped; a name seen before the offset wins over one seen after; without a
   * fuller one, the words themselves. One word after an honorific is a surname and ends the name
   * ("Mr Howard" is Michael Howard, not Howard Flight).
   */
  private String fullest(int a, int b, int offset) {
    int wanted = b - a + 1;
    boolean surname = a == b && tokens.isIn(a - 1, HONORIFIC);
    int[] best = null;
    int bestLen = wanted;
    boolean bestBefore = false;
    NamesByWord index = namesByWord();
    int entry = index.entry(a);
    for (int i = 0; i < index.count(entry); i++) {
      int[] run = names.get(index.run(entry, i));
      int len = run[1] - run[0] + 1;
      if (len > 4 || len < wanted) {
        continue;
      }
      if (surname ? !tokens.sameWord(run[1], a) : !containsWords(run, a, wanted)) {
        continue;
      }
      boolean before = ts[run[0]] < offset;
      if (best == null
          || (before && !bestBefore)
          || (before == bestBefore && len > bestLen)) {
        best = run;
        bestLen = len;
        bestBefore = before;
      }
    }
    return best == null ? runText(a, b) : runText(best[0], best[1]);
  }

  /** The name runs holding each word (at most {@link #MAX_RUNS_PER_WORD}, in text order). */
  private NamesByWord namesByWord() {
    if (namesByWord == null) {
      namesByWord = new NamesByWord(tokens, names, MAX_RUNS_PER_WORD);
    }
    return namesByWord;
  }

  /** Whether the run holds the words of the {@code wanted} tokens from {@code a}, in a row. */
  private boolean containsWords(int[] run, int a, int wanted) {
    for (int s = run[0]; s + wanted - 1 <= run[1]; s++) {
      boolean all = true;
      for (int k = 0; k < wanted && all; k++) {
        all = tokens.sameWord(s + k, a + k);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private String runText(int a, int b) {
    if (a == b) {
      return tokens.word(a);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = a; k <= b; k++) {
      if (k > a && ts[k] > te[k - 1]) { // words one space apart; an initial's full stop joined
        sb.append(' ');
      }
      sb.append(text, ts[k], isWord(k) ? wordEnd(k) : te[k]);
    }
    return sb.toString();
  }

  /**
   * A name for a description ("the French coach"): the latest name run before the offset written
   * right after the description's head ("France coach Bernard Laporte") or with it in apposition
   * ("Justin Green, spokesman for ..."); null when none.
   */
  private int[] nameForDescription(String head, int offset) {
    int[] found = null;
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
        for (int k = run[1] + 2; k < Math.min(count, run[1] + 8) && isWord(k) && ts[k] < offset; k++) {
          if (is(k, head)) {
            // not the subject of the next clause: "Echoing Condoleezza Rice, the prime minister said"
            match = !(isCue(k + 1) || tokens.isIn(k + 1, VERB | BETWEEN_WORD));
            break;
          }
        }
      }
      if (match) {
        found = run;
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
    return recent(offset, false);
  }

  /**
   * {@link #recent(int)} for a pronoun; for "he" or "she" ({@code person}) a speaker or subject
   * named by one capitalised word and no title ("Labour says", "Renault said") is passed over:
   * news names a person in full at least once, so such a name is nearly always an organisation.
   */
  Attribution recent(int offset, boolean person) {
    return recent(offset, person ? "" : null);
  }

  /**
   * {@link #recent(int, boolean)} for a person, {@code pronoun} ("he", "she", or "" for any) naming
   * them: a plural description ("analysts") is passed over too, and a subject after the speaker
   * wins when its own sentence goes on with the pronoun ("Jones ... vowed she would be cleared")
   * and the speaker's does not.
   */
  private Attribution recent(int offset, String pronoun) {
    boolean person = pronoun != null;
    Attribution speaker = null;
    int floor = Math.max(0, speakers.size() - MAX_LOOK_BACK);
    for (int k = speakers.size() - 1; k >= floor && speaker == null; k--) {
      Attribution a = speakers.get(k);
      if (a.mentionStart() < offset && !(person && (looksLikeOrganisation(a) || looksLikeGroup(a)))) {
        speaker = a;
      }
    }
    Subject subject = null;
    floor = Math.max(0, subjects.size() - MAX_LOOK_BACK);
    for (int k = subjects.size() - 1; k >= floor && subject == null; k--) {
      Subject c = subjects.get(k);
      if (c.mentionStart() < offset && !(person && looksLikeOrganisation(c.attribution()))) {
        subject = c;
      }
    }
    if (person && speaker == null && subject == null) {
      return recent(offset, false); // nobody but organisations: better one of them than no one
    }
    if (speaker != null && subject != null && subject.mentionStart() > speaker.mentionStart()
        && pronoun != null && !pronoun.isEmpty()
        && goesOnWith(subject.attribution(), pronoun) && !goesOnWith(speaker, pronoun)) {
      return subject.attribution();
    }
    if (speaker != null
        && (subject == null
            || subject.mentionStart() < speaker.mentionStart()
            || offset - speaker.mentionStart() <= PRONOUN_REACH)) {
      return speaker;
    }
    return subject != null ? subject.attribution() : protagonist();
  }

  /**
   * The latest speaker mentioned before the offset and at most {@link #PRONOUN_REACH} chars before
   * it, for a quoted statement that names no one: the paragraph that goes on after "Andy Richards
   * said ..."; null when none.
   */
  Attribution recentSpeaker(int offset) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      Attribution a = speakers.get(k);
      if (a.mentionStart() < offset) {
        return offset - a.mentionStart() <= PRONOUN_REACH ? a : null;
      }
    }
    return null;
  }

  /**
   * A description that "he" or "she" never means: a plural ("analysts", "officials") or one whose
   * head is no word for a person ("the utility argued", "private sector investment").
   */
  private static boolean looksLikeGroup(Attribution a) {
    String name = a.speaker();
    if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
      return false;
    }
    String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return !(PERSON_HEADS.contains(head) || TITLES.contains(head) || PERSON_NOUNS.contains(head)
        || head.endsWith("-year-old"));
  }

  /**
   * Whether the sentence of a mention goes on with the pronoun or its forms ("his", "her") within a
   * few words: "Jones repeated her innocence and vowed she would be cleared".
   */
  private boolean goesOnWith(Attribution a, String pronoun) {
    boolean she = pronoun.equals("she");
    int from = tokenAt(a.mentionEnd());
    for (int k = from; k < Math.min(count, from + CLAUSE_WORDS); k++) {
      if (!isWord(k)) {
        char c = text.charAt(ts[k]);
        if (c == '.' || c == '!' || c == '?' || c == '"' || c == '“') {
          return false;
        }
        continue;
      }
      if (she ? is(k, "she") || is(k, "her") || is(k, "herself")
          : is(k, "he") || is(k, "his") || is(k, "him") || is(k, "himself")) {
        return true;
      }
    }
    return false;
  }

  /** A speaker named by one capitalised word, written without a title: "Labour", "Renault". */
  private boolean looksLikeOrganisation(Attribution a) {
    String name = a.speaker();
    return name.indexOf(' ') < 0
        && !name.isEmpty()
        && Character.isUpperCase(name.charAt(0))
        && !tokens.isIn(tokenAt(a.mentionStart()), HONORIFIC);
  }

  /**
   * Remembers the subject of the sentence starting at token {@code t} when it is a name
   * ("North Korean leader Kim Jong Un has ...", "Federer was not ..."), so that a later "he" can
   * find it.
   */
  void rememberSentenceSubject(int t, int sentenceEnd) {
    int[] np = leadingName(t, sentenceEnd);
    if (np != null) {
      subjects.add(new Subject(np[0], np[1]));
      return;
    }
    // "On Friday, the Cardinal will ask ...": a title standing for the person it was written before
    int d = afterOpener(t, sentenceEnd);
    if (is(d, "the") && isWord(d + 1) && !isNameWord(d + 2)
        && (tokens.isIn(d + 1, HEAD_TITLE) || PERSON_HEADS.contains(lower(d + 1)))) {
      int[] run = nameForDescription(lower(d + 1), ts[d]);
      if (run != null) {
        subjects.add(new Subject(run[0], run[1], ts[d], te[d + 1]));
      }
    }
  }

  /** The name that leads the sentence (after an opening "According to ...," phrase), or null. */
  private int[] leadingName(int t, int sentenceEnd) {
    t = afterOpener(t, sentenceEnd);
    int[] last = null;
    int k = t;
    int limit = Math.min(count, t + 10);
    while (k < limit && ts[k] < sentenceEnd && isWord(k)) {
      if (isNameWord(k)) {
        int a = k;
        while (true) {
          if (k + 1 < limit && isNameWord(k + 1) && !isPossessive(k)) {
            k++;
          } else if (k + 2 < limit && initialGoesOn(k)) {
            k += 2;
          } else {
            break;
          }
        }
        last = stripTitles(a, k);
        if (isPossessive(k)) {
          // "Labour's Paul Flynn said": the name after the owner's, when a cue follows it (not
          // "Westlife's Flying Without Wings was", a title); "Kim's sister ..." is someone else
          int b = k + 1;
          if (b >= limit || !isNameWord(b)) {
            return null;
          }
          while (b + 1 < limit && isNameWord(b + 1) && !isPossessive(b)) {
            b++;
          }
          return !isPossessive(b) && isCue(b + 1) ? stripTitles(k + 1, b) : null;
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

  /**
   * The first token of a sentence's subject: after a bullet or dash, and after an opening phrase up
   * to its comma ("According to KCNA, Kim ...", "On Friday, the Cardinal ...").
   */
  private int afterOpener(int t, int sentenceEnd) {
    while (t < count && ts[t] < sentenceEnd && !isWord(t) && t < count - 1) {
      t++; // a bullet or dash before the sentence
    }
    if (tokens.isIn(t, STOP_WORD | BETWEEN_WORD)) { // "However, ...", "Earlier, ..."
      for (int k = t; k < Math.min(count, t + 12) && ts[k] < sentenceEnd; k++) { // bounded
        if (text.charAt(ts[k]) == ',') {
          return k + 1;
        }
      }
    }
    return t;
  }

  /** A lower-case word that can describe the name after it: "leader", "coach", "economist". */
  private boolean isRoleWord(int k) {
    if (tokens.isIn(k, STOP_WORD | CUE | VERB) || !Character.isLowerCase(text.charAt(ts[k]))) {
      return false;
    }
    String w = lower(k);
    return !w.endsWith("ed") && (!w.endsWith("s") || w.endsWith("ss"));
  }

  private int[] stripTitles(int a, int b) {
    while (a < b && tokens.isIn(a, TITLE)) {
      a++;
    }
    if (tokens.isIn(a, TITLE)) {
      return null;
    }
    return new int[] {afterHeadTitle(a, b), b};
  }

  /** Where the name starts after a description that ends with a head title inside a run. */
  private int afterHeadTitle(int first, int last) {
    for (int k = last - 1; k > first; k--) {
      if (tokens.isIn(k, HEAD_TITLE) && !tokens.isIn(k + 1, TITLE)) {
        return k + 1; // "Economic Planning Secretary Solita Monsod" -> "Solita Monsod"
      }
    }
    return first;
  }

  // ---------------------------------------------------------------- noun phrases

  /**
   * The speaker whose mention ends just before token {@code t} (the word before a cue), reading
   * backwards over "also", "has", an apposition ("Grant Dean, chairman of ..., said"); null when
   * none. Token {@code floor} bounds the search.
   */
  Attribution subjectBefore(int t, int floor, String cue) {
    int p = t - 1;
    while (p >= floor && tokens.isIn(p, BETWEEN_WORD)) {
      p--;
    }
    if (p > floor && isAdverbAfterName(p)) {
      p--; // "Reagan angrily denounced", "Arnold firmly believes"
    }
    if (p >= floor && text.charAt(ts[p]) == ',') {
      int[] leading = nameBeforeApposition(floor, p);
      if (leading != null) {
        return nounPhraseEndingAt(leading[1], leading[0], cue); // "Mr Johnson, MP for X, said"
      }
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
    int[] leading = nameBeforeOpenApposition(floor, p);
    if (leading != null) {
      return nounPhraseEndingAt(leading[1], leading[0], cue); // "Ann Simpson, manager at X believes"
    }
    return nounPhraseEndingAt(p, floor, cue);
  }

  /**
   * The name that opens the clause when an apposition after it runs up to the cue with no closing
   * comma ("Adam Thomas, an analyst at research firm Informa Media believes"), or null. The
   * apposition follows the name's comma, starts in lower case, names a place of work ("at", "of",
   * "for", "from") and holds no other mark and no verb ("Lucy, 36, tracked down ... after her
   * birth mother told" is no apposition).
   */
  private int[] nameBeforeOpenApposition(int floor, int p) {
    int c = p - 1;
    boolean workplace = false;
    while (c > floor && c >= p - APPOSITION_WORDS && isWord(c)) {
      if (tokens.isIn(c, VERB | CUE) || Character.isLowerCase(text.charAt(ts[c])) && lower(c).endsWith("ed")) {
        return null;
      }
      workplace |= is(c, "at") || is(c, "of") || is(c, "for") || is(c, "from");
      c--;
    }
    if (!workplace || c <= floor || isWord(c) || text.charAt(ts[c]) != ','
        || !Character.isLowerCase(text.charAt(ts[c + 1]))) {
      return null;
    }
    int a = c - 1;
    while (a > floor && a > c - 4 && isNameWord(a - 1)) {
      a--;
    }
    if (a != floor || a == c - 1 || !isNameWord(a) || isPossessive(c - 1)) {
      return null; // a name of two words or more opens the clause: "Indeed, ..." is none
    }
    return new int[] {a, c - 1};
  }

  /**
   * Whether token p reads as an adverb after a name: a lower-case word in "-ly" after a capitalised
   * word that is not a possessive ("Reagan angrily", not "Smith's family").
   */
  private boolean isAdverbAfterName(int p) {
    int start = ts[p];
    int end = te[p];
    return isWord(p) && end - start > 4 && Character.isLowerCase(text.charAt(start))
        && text.startsWith("ly", end - 2) && isNameWord(p - 1) && !isPossessive(p - 1);
  }

  /**
   * The last word of a person's name written before "of" or "from" and the place or body the run at
   * {@code a} names ("Robert Dole of Kansas", "Matthew Herren from EduVision"), or -1: the name
   * before "of" must be two words or more and end with no word of an institution ("Bank of England").
   */
  private int personBeforePlace(int a, int floor) {
    int b = a - 2;
    if (b >= floor && !isWord(b) && text.charAt(ts[b]) == ')') { // "Bill Bradley (Democrat) of New Jersey"
      int open = b - 1;
      while (open > b - 4 && open >= floor && isWord(open)) {
        open--;
      }
      b = open >= floor && !isWord(open) && text.charAt(ts[open]) == '(' ? open - 1 : -1;
    }
    if (b < floor || !(is(a - 1, "of") || is(a - 1, "from")) || !isNameWord(b) || isPossessive(b)) {
      return -1; // "of" or "from": "Matthew Herren from EduVision told"
    }
    if (INSTITUTIONS.contains(lower(b)) || tokens.isIn(b, TITLE)) {
      return -1; // "the Bank of England", "Archbishop of Canterbury"
    }
    return b - 1 >= floor && isNameWord(b - 1) && !isPossessive(b - 1) ? b : -1;
  }

  /** Last words of the names of institutions, which "of" and a place follow. */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "bank", "university", "department", "ministry", "commission", "council", "association",
          "institute", "society", "federation", "union", "board", "office", "party", "committee",
          "church", "college", "school", "chamber", "court", "agency", "bureau", "corporation",
          "company", "house", "museum", "academy", "league", "foundation", "government", "republic",
          "state", "states", "city", "port", "province", "kingdom", "duke", "duchess", "earl");

  /**
   * The name that opens the sentence at {@code floor} (after an opening "However,") when a comma
   * follows it, and so an apposition or relative clause that runs to the comma at {@code comma}
   * before the cue: "Mr Johnson, who was forced to apologise last year ..., said"; null when the
   * sentence opens otherwise, or the name is the whole stretch before the comma.
   */
  private int[] nameBeforeApposition(int floor, int comma) {
    int a = floor;
    if (a + 1 < comma && tokens.isIn(a, STOP_WORD) && text.charAt(ts[a + 1]) == ',') {
      a += 2; // "However, Mr Johnson, ..."
    }
    if (a >= comma || !isNameWord(a) || (a > floor && isPossessive(a - 1))) {
      return null;
    }
    int b = a;
    while (b + 1 < comma && b < a + 4 && isNameWord(b + 1) && !isPossessive(b)) {
      b++;
    }
    if (isPossessive(b) || b + 1 >= comma || text.charAt(ts[b + 1]) != ',') {
      return null;
    }
    return new int[] {tokens.isIn(a - 1, HONORIFIC) ? a - 1 : a, b};
  }

  /** A speaker mention ending at word p: a pronoun, a name run or a short description. */
  private Attribution nounPhraseEndingAt(int p, int floor, String cue) {
    if (tokens.isIn(p, PRONOUN)) {
      Attribution who = is(p, "he") || is(p, "she") ? recent(ts[p], lower(p)) : recent(ts[p], false);
      return who == null ? null : new Attribution(who.speaker(), ts[p], te[p], cue);
    }
    if (isNameWord(p) && !isPossessive(p)) {
      int a = p;
      while (a - 1 >= floor && isNameWord(a - 1) && !isPossessive(a - 1)) {
        a--;
      }
      int person = personBeforePlace(a, floor);
      if (person >= 0) {
        return nounPhraseEndingAt(person, floor, cue); // "Robert Dole of Kansas said"
      }
      if (a - 2 >= floor && is(a - 1, "of") && isNameWord(a - 2) && INSTITUTIONS.contains(lower(a - 2))) {
        int b = a - 2;
        while (b - 1 >= floor && isNameWord(b - 1) && !isPossessive(b - 1)) {
          b--;
        }
        return new Attribution(runText(b, p), ts[b], te[p], cue); // "the Bank of England said"
      }
      if (isDemonym(a, p)) {
        Attribution who = anaphor(a, p, cue); // the American said
        if (who != null) {
          return who;
        }
      }
      int mentionStart = a;
      if (mentionStart - 1 >= floor && tokens.isIn(mentionStart - 1, HONORIFIC)) {
        mentionStart--; // keep "Mr" in the mention as found
      }
      int[] run = stripTitles(a, p);
      String name = run == null ? runText(a, p) : fullest(run[0], run[1], ts[run[0]]); // "Labour says"
      return new Attribution(name, ts[mentionStart], te[p], cue);
    }
    if (lower(p).endsWith("-year-old") && is(p - 1, "the")) {
      return anaphor(p, p, cue); // the 52-year-old said
    }
    if (tokens.isIn(p, STOP_WORD) || !Character.isLetter(text.charAt(ts[p]))) {
      return null;
    }
    // a description: "a spokeswoman", "the Google team", "Mr Crosby's statement"
    int a = p;
    while (a - 1 >= floor && a > p - 4 && isWord(a - 1)
        && !tokens.isIn(a - 1, DETERMINER | STOP_WORD | CUE) && !isPossessive(a)) {
      a--;
    }
    if (tokens.isIn(p, OWNED_HEAD) && isPossessive(a) && a < p) {
      return nounPhraseEndingAt(a, floor, cue) == null
          ? null
          : new Attribution(fullest(a, a, ts[a]), ts[a], wordEnd(a), cue);
    }
    int role = roleBeforePlace(a, floor);
    if (role >= 0) { // "a senior source at the club told": the source speaks, not the club
      int start = role;
      while (start - 1 >= floor && start > role - 3 && isWord(start - 1)
          && !tokens.isIn(start - 1, DETERMINER | STOP_WORD | CUE) && !isPossessive(start - 1)) {
        start--;
      }
      int[] name = nameForDescription(lower(role), ts[start]);
      return new Attribution(
          name != null ? fullest(name[0], name[1], ts[start]) : text.substring(ts[start], te[p]),
          ts[start], te[p], cue);
    }
    return description(a, p, cue);
  }

  /**
   * The word of a speaking role written before the place it works in, which the description at
   * {@code a} names ("spokesman for the company", "economist at the bank"), or -1.
   */
  private int roleBeforePlace(int a, int floor) {
    int k = a - 1;
    if (k >= floor && tokens.isIn(k, DETERMINER)) {
      k--;
    }
    boolean place = is(k, "at") || is(k, "for") || is(k, "with") || is(k, "from") || is(k, "of");
    int role = k - 1;
    return place && role >= floor && isWord(role) && Character.isLowerCase(text.charAt(ts[role]))
        && ROLES_AT_PLACES.contains(lower(role)) ? role : -1;
  }

  private Attribution description(int a, int p, String cue) {
    int[] name = nameForDescription(lower(p), ts[a]);
    if (name == null && isAnaphoricHead(a, p)) {
      Attribution who = anaphor(a, p, cue);
      if (who != null) {
        return who;
      }
    }
    return new Attribution(
        name != null ? fullest(name[0], name[1], ts[a]) : text.substring(ts[a], te[p]),
        ts[a], te[p], cue);
  }

  /**
   * The speaker named right after a cue: "said Mr Smith", "said the French coach", "admitted the
   * 28-year-old Morientes", "according to KCNA". Null when none.
   */
  Attribution subjectAfter(int t, int ceiling, String cue) {
    return subjectAfter(t, ceiling, cue, true);
  }

  /** {@link #subjectAfter(int, int, String)}, looking past one owner's possessive if {@code owned}. */
  private Attribution subjectAfter(int t, int ceiling, String cue, boolean owned) {
    int a = t + 1;
    if (is(a, "to")) {
      a++;
    }
    while (a < ceiling && tokens.isIn(a, DETERMINER)) {
      a++;
    }
    if (a >= ceiling || !isWord(a)) {
      return null;
    }
    if (tokens.isIn(a, PRONOUN)) {
      return nounPhraseEndingAt(a, a, cue);
    }
    int b = a;
    int limit = a + 6; // six words; an abbreviation's full stop does not count
    while (true) {
      if (b + 1 < ceiling && b + 1 < limit && isWord(b + 1)
          && !tokens.isIn(b + 1, STOP_WORD | CUE) && !isPossessive(b)) {
        b++;
      } else if (b + 2 < ceiling && b + 2 < limit + 1 && isInitials(b) && ts[b + 1] == te[b]
          && text.charAt(ts[b + 1]) == '.' && isWord(b + 2) && !tokens.isIn(b + 2, STOP_WORD | CUE)) {
        b += 2; // "said the U.S. official"
        limit++;
      } else {
        break;
      }
    }
    if (tokens.isIn(b, STOP_WORD)) {
      return null;
    }
    if (owned && isPossessive(b) && isNameWord(b) && b + 1 < ceiling && isNameWord(b + 1)) {
      // "said Flight International's Mr Learmount" (one owner only: hostile text stays linear)
      Attribution person = subjectAfter(b, ceiling, cue, false);
      if (person != null) {
        return new Attribution(person.speaker(), ts[a], person.mentionEnd(), cue);
      }
    }
    if (isPossessive(b) && b + 1 < ceiling && isWord(b + 1) && !tokens.isIn(b + 1, STOP_WORD | CUE)) {
      int owner = b; // "said the party's leader": the owned noun is the head
      b++;
      while (b + 1 < ceiling && b < owner + 3 && isWord(b + 1) && !isPossessive(b)
          && !tokens.isIn(b + 1, STOP_WORD | CUE | VERB | PREPOSITION)) {
        b++;
      }
    }
    if (isNameWord(b)) {
      int r = b;
      while (r - 1 >= a && isNameWord(r - 1)) {
        r--;
      }
      if (isDemonym(r, b)) {
        Attribution who = anaphor(r, b, cue); // said the New Zealander
        if (who != null) {
          return who;
        }
      }
      int[] run = stripTitles(r, b);
      if (run == null) {
        return null;
      }
      return new Attribution(fullest(run[0], run[1], ts[run[0]]), ts[r], wordEnd(b), cue);
    }
    int[] named = nameAfterDescription(b, ceiling); // by his friend and fellow broadcaster Michael Pointon
    if (named != null) {
      int[] run = stripTitles(named[0], named[1]);
      if (run != null) {
        return new Attribution(fullest(run[0], run[1], ts[run[0]]), ts[a], wordEnd(named[1]), cue);
      }
    }
    return description(a, b, cue);
  }

  /**
   * A name run right after a description and "and" with more description words ("friend and
   * fellow broadcaster Michael Pointon"), as {@code {first, last}}; null when none.
   */
  private int[] nameAfterDescription(int b, int ceiling) {
    if (!is(b + 1, "and")) {
      return null;
    }
    for (int k = b + 2; k < ceiling && k < b + 6 && isWord(k); k++) {
      if (isNameWord(k)) {
        int last = k;
        while (last + 1 < ceiling && isNameWord(last + 1) && !isPossessive(last)) {
          last++;
        }
        return new int[] {k, last};
      }
      if (tokens.isIn(k, STOP_WORD | CUE | VERB | PREPOSITION)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the name words {@code [r, b]} after "the" are a demonym standing for a person named
   * before: "the New Zealander", "the American", "the Frenchman" (not "the American Red Cross").
   */
  private boolean isDemonym(int r, int b) {
    if (b - r > 1 || !is(r - 1, "the") || isPossessive(b)) {
      return false;
    }
    String w = lower(b);
    if (NOT_DEMONYMS.contains(w)) {
      return false;
    }
    return DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("ean") || w.endsWith("an")
        || w.endsWith("ese") || (w.endsWith("man") && w.length() > 5)
        || (b > r && w.endsWith("er")); // "the New Zealander"
  }

  /**
   * A description that stands for a person named before ("the 52-year-old", "the Oscar winner",
   * "the Tory leader"): the person the description's pronoun-like use refers to, with the mention
   * {@code [a, p]}; null when the head is not such a word or nobody was named before.
   */
  private Attribution anaphor(int a, int p, String cue) {
    Attribution who = recent(ts[a], true);
    return who == null ? null : new Attribution(who.speaker(), ts[a], te[p], cue);
  }

  /** Whether a description's head, after "the", refers back to a named person. */
  private boolean isAnaphoricHead(int a, int p) {
    String head = lower(p);
    return is(a - 1, "the") && (head.endsWith("-year-old") || PERSON_HEADS.contains(head));
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
    while (a < end && tokens.isIn(a, DETERMINER)) {
      a++;
    }
    if (a >= end) {
      return null;
    }
    int p = end - 1;
    while (p > a && tokens.isIn(p, BETWEEN_WORD)) {
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

  /**
   * Whether the words from token {@code a} go on with the writer's sentence rather than open a
   * subject: a verb, a preposition or an adverb in lower case first ("“unusual activity” was
   * detected, bank officials said", "“...” with its product range, said X"). Not "and", "or" or
   * "to", after which the cue is the sentence subject's own ("“major risks” and warned that").
   */
  boolean goesOnWithClause(int a, int b) {
    while (a < b && !isWord(a)) {
      a++;
    }
    return a < b && Character.isLowerCase(text.charAt(ts[a]))
        && tokens.isIn(a, VERB | PREPOSITION | BETWEEN_WORD) && !tokens.isIn(a, PRONOUN)
        && !is(a, "and") && !is(a, "or") && !is(a, "to");
  }

  /** Whether token t is "he", "she", "it" or "they". */
  boolean isPronoun(int t) {
    return tokens.isIn(t, PRONOUN);
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
      return new Attribution(fullest(np[0], np[1], ts[np[0]]), ts[np[0]], wordEnd(np[1]), cue);
    }
    if (tokens.isIn(sentenceFirstTok, PRONOUN)) {
      return nounPhraseEndingAt(sentenceFirstTok, sentenceFirstTok, cue);
    }
    return null;
  }

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
      boolean afterPreposition = k > 0 && tokens.isIn(k - 1, PREPOSITION);
      if (!afterPreposition && !isPossessive(b) && isWord(b + 1)
          && Character.isLowerCase(text.charAt(ts[b + 1]))) {
        int[] run = stripTitles(k, b);
        if (run != null) {
          return new Attribution(
              fullest(run[0], run[1], ts[run[0]]), ts[run[0]], wordEnd(run[1]), cue);
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
