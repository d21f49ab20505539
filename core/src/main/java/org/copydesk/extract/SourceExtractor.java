package org.copydesk.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the sources an article attributes claims to: news agencies, media, intelligence services,
 * governments, officials and analysts, named or not ("according to the KCNA state news agency",
 * "Western officials previously estimated", "Reuters could not independently verify", "..., said
 * a former official of Sedren Mine").
 *
 * <p>A source is a noun phrase joined to a cue: before it ({@code according to X}, {@code citing X},
 * {@code reports from X}, {@code reported by X}, {@code estimates by X}, or {@code according to a
 * study by X}), after it ({@code X said / says / told / reported / estimated / suggested / warned /
 * expect / denied / could not independently verify ...}, with "has", "also" or an adverb between),
 * or inverted after a quotation or comma ({@code ", said X."}). {@link Source#name()} is the phrase
 * as written, article and a following "(ACR)" included; {@link Source#cue()} is the cue as written,
 * with an auxiliary that touches it ("has suggested").
 *
 * <p>Canonical names fold, in order: the {@link SourceAliases} table; the acronym the article
 * defines ("Korean Central News Agency (KCNA)") or an all-caps word of the article that spells a
 * phrase's initials; for a role of a named body ("an IAAF spokesman", "Agriculture Ministry
 * officials") the body's name; the fullest form of a name in the article ("Cadbury" after "Cadbury
 * Schweppes"), a corporate suffix dropped; otherwise the phrase without its article, first word in
 * lower case when it is a common noun ("Analysts" reads "analysts").
 *
 * <p>NOTE: named people are not reported ("Kim said", "said chief executive Todd Stitzer", "Company
 * spokesman Dale Coffin said"): they are speakers, which {@link Quote#speaker()} covers, and the
 * focus here is who stands behind a claim institutionally. A person reads as a person when a title
 * or role word comes before the name, or when the article writes the name after another capitalised
 * first name. Add a row of type {@code person} to the alias table to report a particular person.
 * Pronouns and bare documents ("The statement said", "The film revealed") are not sources either;
 * a document with a named owner ("the Petrobras statement said") is its owner.
 *
 * <p>Thread-safe and immutable; one pass over the tokens with bounded look-around, so linear in
 * the length of the text on any input.
 */
public final class SourceExtractor {

  private static final int MAX_PHRASE = 12;
  private static final int MAX_MODIFIERS = 5;

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "most", "some", "many", "several", "other", "two", "three", "its", "their", "one");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");

  /** Lower-case function words and verbs that end a noun phrase. */
  private static final Set<String> STOP =
      Set.of(
          "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "that", "which", "who",
          "whom", "whose", "but", "or", "nor", "in", "on", "at", "to", "from", "with", "by", "as", "after",
          "before", "while", "when", "if", "it", "he", "she", "they", "we", "i", "you", "this", "these",
          "those", "there", "not", "also", "than", "then", "so", "said", "says", "say", "told", "would",
          "will", "could", "can", "may", "might", "should", "must", "did", "do", "does", "however", "where",
          "why", "how", "what", "because", "although", "though", "since", "until", "about", "over", "into",
          "out", "up", "down", "under", "here", "now", "yesterday", "today", "tomorrow", "last", "next",
          "all", "no", "any", "each", "every", "both", "either", "neither", "more", "less", "such", "only",
          "even", "just", "very", "per", "via", "against", "between", "among", "during", "without", "within",
          "him", "her", "them", "us", "me", "our", "your", "his", "my", "according", "citing", "reported",
          "estimated", "suggested", "added", "noted", "warned", "expected", "believed");

  private static final Set<String> PRONOUNS =
      Set.of("it", "he", "she", "they", "we", "i", "you", "this", "that", "who", "which", "one", "others", "some");

  /** Lower-case heads of unnamed sources and their types. */
  private static final Map<String, String> HEADS = new HashMap<>();

  static {
    for (String w : List.of("official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen",
        "spokespeople", "representative", "representatives", "diplomats", "diplomat", "source", "sources",
        "executives", "aide", "aides", "negotiators", "investigators", "prosecutors", "lawyer", "lawyers",
        "attorney", "attorneys")) {
      HEADS.put(w, "official");
    }
    // A title without its name stands for the person the article has named: "the prime minister".
    for (String w : List.of("minister", "president", "chairman", "chairwoman", "archbishop", "bishop", "judge",
        "mayor", "governor", "senator", "ambassador", "chancellor", "commissioner", "premier", "leader", "boss",
        "coach", "manager", "captain", "secretary", "defender", "striker", "player", "campaigner", "campaigners",
        "professor")) {
      HEADS.put(w, "official");
    }
    for (String w : List.of("analyst", "analysts", "trader", "traders", "dealer", "dealers", "broker", "brokers",
        "economist", "economists", "expert", "experts", "observers", "strategists", "bankers", "researchers",
        "historians", "scientists", "academics")) {
      HEADS.put(w, "analyst");
    }
    for (String w : List.of("media", "television", "tv", "press", "newspaper", "newspapers", "daily", "radio",
        "broadcaster", "outlets", "channel", "network")) {
      HEADS.put(w, "media");
    }
    for (String w : List.of("government", "ministry", "authorities", "authority", "police", "military", "army",
        "cabinet", "regime", "administration", "embassy", "department", "office", "bureau", "court",
        "regulator", "regulators", "watchdog", "watchdogs")) {
      HEADS.put(w, "government");
    }
    for (String w : List.of("company", "firm", "group", "union", "staff", "bank", "institute", "association",
        "committee", "council", "commission", "board", "corporation", "organisation", "organization",
        "federation", "exchange", "agency", "service", "services", "intelligence", "agencies", "unit",
        "alliance", "coalition", "charity", "organisations", "organizations", "groups", "club")) {
      HEADS.put(w, "organisation");
    }
  }

  /** Documents speak for their author, never for themselves. */
  private static final Set<String> DOCUMENTS =
      Set.of("statement", "statements", "film", "report", "reports", "study", "survey", "figures", "data",
          "documentary", "footage", "estimates", "release", "document", "documents", "poll");

  /** Words after which a capitalised name is a person: titles and roles. */
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "minister", "chancellor",
          "secretary", "senator", "governor", "general", "chairman", "chairwoman", "director", "executive",
          "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "coach", "consultant", "mp", "manager",
          "officer", "founder", "king", "queen", "prince", "analyst", "economist", "premier", "ambassador",
          "commissioner", "mayor", "judge", "captain", "colonel", "adviser", "advisor", "head", "vice", "deputy",
          "politician", "lawmaker", "legislator", "congressman", "congresswoman", "archbishop", "bishop",
          "cardinal", "pope", "rabbi", "imam", "reverend", "correspondent", "reporter", "editor", "professor",
          "lawyer", "attorney", "solicitor", "barrister", "boss", "striker", "defender", "midfielder",
          "goalkeeper", "campaigner", "actor", "actress", "singer");

  /** Role heads whose named body is the source ("an IAAF spokesman" is the IAAF). */
  private static final Set<String> ROLES =
      Set.of("official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative",
          "representatives", "chairman", "executive", "executives", "director", "directors", "aide", "aides",
          "statement", "editor", "correspondent");

  /** Words that make an apposition describe a person: "Geoff Brooks, a senior member of the hunt". */
  private static final Set<String> PEOPLE_IN_APPOSITION =
      Set.of("member", "head", "chief", "president", "founder", "owner", "leader", "minister", "secretary",
          "manager", "partner", "professor", "lawyer", "analyst", "economist", "father", "mother", "son",
          "daughter", "wife", "husband", "mr", "mrs", "ms", "dr");

  /** Capitalised words that make a name an organisation, and the type they give. */
  private static final Map<String, String> ORG_WORDS = new HashMap<>();

  static {
    for (String w : List.of("inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "bancorp", "bank",
        "agency", "service", "institute", "association", "committee", "council", "commission", "group",
        "party", "union", "federation", "fund", "board", "organisation", "organization", "exchange",
        "university", "company", "corporation", "resources", "industries", "holdings", "oil", "gas", "mining",
        "energy", "petroleum", "international", "systems", "institution", "foundation", "centre", "center",
        "airlines", "motors", "trust", "securities", "capital", "partners", "church", "mine", "technologies",
        "alliance", "hospital", "league")) {
      ORG_WORDS.put(w, "organisation");
    }
    for (String w : List.of("ministry", "department", "government", "parliament", "congress", "senate", "bureau", "court",
        "police", "army", "navy", "treasury", "office", "reserve", "cabinet", "embassy", "military")) {
      ORG_WORDS.put(w, "government");
    }
    for (String w : List.of("news", "times", "post", "journal", "television", "radio", "herald", "telegraph",
        "guardian", "gazette", "tribune")) {
      ORG_WORDS.put(w, "media");
    }
  }

  private static final Set<String> CORPORATE_SUFFIXES =
      Set.of("inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv");
  private static final int LONGEST_CORPORATE_SUFFIX =
      CORPORATE_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

  /** Verbs that follow a source; the value says whether "that" must follow them (they double as nouns). */
  private static final Map<String, Boolean> POST_VERBS = new HashMap<>();

  static {
    for (String w : List.of("said", "says", "say", "told", "tells", "reported", "estimated", "suggested",
        "suggests", "suggest", "warned", "warns", "warn", "stated", "announced", "announces", "added", "adds",
        "noted", "confirmed", "confirms", "claimed", "believe", "believes", "predicted", "predicts", "predict",
        "expect", "expects", "expected", "denied", "denies", "insisted", "insists", "argued", "argues",
        "explained", "acknowledged", "indicated", "forecast", "placing", "reckon", "reckons",
        "cautioned", "maintained", "asserted", "alleged", "alleges", "admitted", "speculated", "speculates",
        "accused", "accuses", "ruled")) {
      POST_VERBS.put(w, Boolean.FALSE);
    }
    for (String w : List.of("state", "states", "estimate", "estimates", "report", "reports", "notes", "claims",
        "forecasts", "found", "finds", "concluded", "concludes")) {
      POST_VERBS.put(w, Boolean.TRUE);
    }
  }

  private static final Set<String> HAVE = Set.of("has", "have", "had");
  private static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "be", "been", "being", "to");

  private static final Set<String> PREPOSITIONS =
      Set.of("by", "of", "for", "with", "from", "to", "in", "on", "at", "into", "than", "about");

  /** Words that may stand between a source and its verb. */
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "also", "previously", "earlier", "later", "recently", "now", "again", "will",
          "would", "often", "repeatedly", "separately", "too", "still", "already");

  private static final Comparator<Source> TEXT_ORDER =
      Comparator.comparingInt(Source::start).thenComparingInt(Source::end);

  private final SourceAliases aliases;

  /** An extractor with the built-in alias table. */
  public SourceExtractor() {
    this(SourceAliases.defaults());
  }

  /**
   * An extractor with the given alias table.
   *
   * @param aliases the table that folds names and gives types; see {@link SourceAliases#defaults()}
   */
  public SourceExtractor(SourceAliases aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /**
   * The sources of an article, in text order, one per mention.
   *
   * @param text the article's text; null reads as empty
   * @return the sources; never null, never throws on any text
   */
  public List<Source> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    SourceTokens t = new SourceTokens(text, WORDS, CUES);
    ArticleNames a = null; // many articles have no phrase to classify: built on the first one
    Map<Integer, Source> byStart = new HashMap<>();
    for (int c = 0; c < t.watchedCount; c++) { // the words that may be cues: the others cannot
      int i = t.watched[c];
      if (!t.is(i, CUE)) {
        continue;
      }
      String w = t.lower(i);
      int[] phrase = null;
      int cueStart = -1;
      int cueEnd = -1;
      if (w.equals("according") && t.lower(i + 1).equals("to")) {
        phrase = viaDocument(t, i + 2);
        cueStart = i;
        cueEnd = i + 1;
      } else if (w.equals("citing")) {
        phrase = viaDocument(t, i + 1);
        cueStart = cueEnd = i;
      } else if ((w.equals("reports") || w.equals("report")) && t.lower(i + 1).equals("from")
          || (w.equals("reported") || w.equals("estimates") || w.equals("quoted") || w.equals("cited"))
              && t.lower(i + 1).equals("by")) {
        phrase = forward(t, i + 2);
        cueStart = i;
        cueEnd = i + 1;
      } else if (w.equals("could") && t.lower(i + 1).equals("not")) {
        int v = i + 2;
        if (t.isWord(v) && t.lower(v).endsWith("ly")) {
          v++;
        }
        String verb = t.lower(v);
        if (verb.equals("verify") || verb.equals("confirm")) {
          phrase = backward(t, i - 1);
          cueStart = i;
          cueEnd = v;
        }
      } else if ((w.equals("said") || w.equals("says"))
          && (t.isPunct(i - 1, ',') || t.isPunct(i - 1, '”') || t.isPunct(i - 1, '"'))) {
        int[] p = forward(t, i + 1);
        if (p != null && endsClause(t, p[1] + 1)) {
          phrase = p;
          cueStart = cueEnd = i;
        }
      }
      if (phrase == null && POST_VERBS.containsKey(w)) {
        if (POST_VERBS.get(w) && !t.lower(i + 1).equals("that")
            || w.equals("ruled") && !(rulingFollows(t, i + 1) || t.isWord(i + 1) && rulesOn(t, i - 1))
            || w.startsWith("accuse") && t.lowerEquals(i + 1, "of")) { // "Yukos accused of lying"
          continue;
        }
        int j = i - 1;
        int skipped = 0;
        cueStart = i;
        while (skipped < 3 && t.isWord(j)) {
          int time = timeBefore(t, j);
          if (time > 0) {
            j -= time; // "Tenneco today said", "Fannie Mae last month warned"
          } else if (t.is(j, AUXILIARY) || isAdverb(t, j)) {
            if (j == cueStart - 1 && t.is(j, HAVE_VERB)) {
              cueStart = j;
            }
            j--;
          } else {
            break;
          }
          skipped++;
        }
        if (t.is(j, PASSIVE_WORD)) {
          continue; // passive or infinitive: "is expected to", "to say"
        }
        if (t.isPunct(j, ',')) {
          j = beforeInsertion(t, j);
          if (j < 0) {
            continue;
          }
        }
        if (t.isPunct(j, '>') && t.isAllCaps(j - 1) && t.isPunct(j - 2, '<') && t.isCapitalised(j - 3)) {
          j -= 3; // a ticker after the name: "Pepsico Inc <PEP> said"
        } else if (t.isPunct(j, '>')) {
          j--; // wire copy marks company names: "<Cambior Inc> said"
        }
        phrase = backward(t, j);
        if (phrase != null && t.is(phrase[0] - 1, PREPOSITION)
            && !(w.endsWith("ing") && t.lower(phrase[0] - 1).equals("with"))) {
          phrase = null; // "led by Banque Paribas announced yesterday": an object, not a subject
        }
        cueEnd = i;
      }
      if (phrase != null) {
        if (a == null) {
          a = new ArticleNames(t);
        }
        String cue = t.text.substring(t.starts[cueStart], t.ends[cueEnd]);
        Source s = classify(a, phrase[0], phrase[1], cue);
        if (s != null) {
          byStart.putIfAbsent(s.start(), s);
        }
        if (cueStart > phrase[1]) { // a subject before its verb may be one of several
          for (int[] q : conjuncts(t, phrase[0])) {
            Source other = classify(a, q[0], q[1], cue);
            if (other != null) {
              byStart.putIfAbsent(other.start(), other);
            }
          }
        }
      }
    }
    List<Source> out = new ArrayList<>(byStart.values());
    out.sort(TEXT_ORDER);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Phrases

  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> TIME_WORDS = withWeekdays("today", "yesterday", "tonight");
  private static final Set<String> TIME_OPENERS = Set.of("last", "this", "earlier", "on");
  private static final Set<String> TIME_NOUNS =
      withWeekdays("week", "month", "year", "night", "weekend", "morning", "afternoon", "evening");

  private static Set<String> withWeekdays(String... words) {
    Set<String> out = new HashSet<>(WEEKDAYS);
    out.addAll(List.of(words));
    return Set.copyOf(out);
  }

  /**
   * Whether what follows "ruled" opens a ruling ("ruled that", "ruled in favour", "ruled on"), not
   * a passive's complement ("to have the act ruled invalid") or "ruled out".
   */
  private static boolean rulingFollows(SourceTokens t, int k) {
    if (!t.isWord(k)) {
      return t.isPunct(k, ',');
    }
    String w = t.lower(k);
    return w.equals("that") || w.equals("in") || w.equals("on") || w.equals("against") || w.equals("for");
  }

  private static final Set<String> RULING_BODIES =
      Set.of("court", "judge", "judges", "tribunal", "panel", "commission", "committee", "regulator");

  /**
   * Whether one of the few words before {@code end} names a body that rules: "the Appeal Court ruled
   * the act was lawful" is a ruling, "England ruled the roost" is not.
   */
  private static boolean rulesOn(SourceTokens t, int end) {
    for (int k = end; k > end - 4 && t.isWord(k); k--) {
      if (RULING_BODIES.contains(t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many tokens of a time phrase end at {@code j} ("today", "last month", "on Monday", wire
   * copy's bare "Saturday"): 0 if none.
   */
  private static int timeBefore(SourceTokens t, int j) {
    if (!t.isWord(j)) {
      return 0;
    }
    String w = t.lower(j);
    if (TIME_WORDS.contains(w)) {
      return 1;
    }
    return TIME_NOUNS.contains(w) && t.isWord(j - 1) && TIME_OPENERS.contains(t.lower(j - 1)) ? 2 : 0;
  }

  /**
   * The subjects listed before the one that starts at {@code first}, nearest first: "the
   * Countryside Alliance and the RSPCA say", "Baxter Travenol Laboratories Inc, GE Information
   * Services and Premier Hospital Alliance said". A list without "and" right before its last
   * subject, or one that does not open its clause, is no list.
   */
  private static List<int[]> conjuncts(SourceTokens t, int first) {
    int k = t.isPunct(first - 1, '<') ? first - 2 : first - 1;
    if (!t.lowerEquals(k, "and")) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    int end = k - 1;
    while (out.size() < 4) {
      if (t.isPunct(end, '>')) {
        end--;
      }
      int[] q = backward(t, end);
      if (q == null || Character.isDigit(t.lowerFirst(q[0]))) {
        break; // "until midnight on 16 December and an IAAF spokesman said"
      }
      out.add(q);
      int before = t.isPunct(q[0] - 1, '<') ? q[0] - 2 : q[0] - 1;
      if (!t.isPunct(before, ',')) {
        // the list must open its clause: in "sold it to Acme and the company said" it does not
        boolean opens = !t.isWord(before) || t.opensSentence(q[0]) || t.lowerEquals(before, "but")
            || t.lowerEquals(before, "and") || t.lowerEquals(before, "while");
        return opens ? out : List.of();
      }
      end = before - 1;
    }
    return List.of();
  }

  /** After "according to" or "citing": the phrase, or the author of a document ("a study by X"). */
  private static int[] viaDocument(SourceTokens t, int from) {
    int[] p = forward(t, from);
    if (p == null || !t.is(lastWord(t, p), DOCUMENT)) {
      return p;
    }
    for (int k = p[1] + 1; k < t.size && k <= p[1] + 10; k++) {
      if (!t.isWord(k)) {
        break;
      }
      if (t.lower(k).equals("by") || t.lower(k).equals("from")) {
        int[] q = forward(t, k + 1);
        return q != null ? q : p;
      }
    }
    return p;
  }

  /** A noun phrase starting at token {@code from}: [first, last] token indices, or null. */
  private static int[] forward(SourceTokens t, int from) {
    int i = from;
    if (t.isWord(i) && t.is(i, DETERMINER)) {
      i++;
    }
    int last = -1;
    int modifiers = 0;
    int limit = Math.min(t.size, from + MAX_PHRASE);
    for (; i < limit; i++) {
      if (t.isPunct(i, '(') && t.isAllCaps(i + 1) && t.isPunct(i + 2, ')') && last >= 0) {
        last = i + 2;
        break;
      }
      if (!t.isWord(i)) {
        break;
      }
      if (t.isCapitalised(i) && !t.is(i, STOP_WORD)) {
        last = i;
      } else if (t.is(i, CONNECTOR) && last >= 0) {
        int next = t.lowerEquals(i + 1, "the") ? i + 2 : i + 1;
        if (!t.isCapitalised(next)) {
          break;
        }
        i = next - 1;
      } else if (!t.is(i, STOP_WORD | DETERMINER) && !t.endsWithLy(i)
          && Character.isLetter(t.lowerFirst(i)) && modifiers < MAX_MODIFIERS) {
        modifiers++;
        last = i;
      } else {
        break;
      }
    }
    // Trim trailing words that cannot head a phrase ("Seoul noted" -> "Seoul").
    while (last >= from && t.isWord(last) && !t.isCapitalised(last) && !t.is(last, HEAD)
        && !t.is(last, DOCUMENT)) {
      last--;
    }
    if (last < from || !t.isWord(last) && !t.isPunct(last, ')')) {
      return null;
    }
    return new int[] {from, last};
  }

  /** A noun phrase ending at token {@code end}: [first, last] token indices, or null. */
  private static int[] backward(SourceTokens t, int end) {
    if (!t.isWord(end)) {
      return null;
    }
    if (t.is(end, PRONOUN) || t.is(end, STOP_WORD) && (!t.isCapitalised(end) || t.opensSentence(end))) {
      return null;
    }
    if (!t.isCapitalised(end) && !t.is(end, HEAD | DOCUMENT)) {
      return null;
    }
    int first = end;
    int modifiers = 0;
    int limit = Math.max(0, end - MAX_PHRASE);
    for (int i = end - 1; i >= limit; i--) {
      if (t.isPunct(i, ')') && t.isAllCaps(i - 1) && t.isPunct(i - 2, '(')) {
        first = i - 2;
        i -= 2;
        continue;
      }
      if (t.isPunct(i, '&') && t.isCapitalised(i - 1) && t.isCapitalised(i + 1)) {
        continue; // "Food & Agriculture Organisation", "Marks & Spencer"
      }
      if (!t.isWord(i)) {
        break;
      }
      if (t.is(i, DETERMINER)) {
        if (t.isCapitalised(i) && !t.opensSentence(i) && !t.lowerEquals(i, "the")) {
          break;
        }
        first = i;
        if ((t.lowerEquals(i - 1, "of") || t.lowerEquals(i - 1, "for")) && t.is(i - 2, ROLE | TITLE)) {
          continue; // "a spokesman for the company": the role heads the phrase
        }
        break;
      }
      boolean in = t.lowerEquals(i, "in");
      if (t.isCapitalised(i)) {
        if (t.is(i, STOP_WORD) || t.opensSentence(i) && !t.is(i, HEAD) && t.is(i, OPENER)) {
          break;
        }
        first = i;
      } else if (t.is(i, CONNECTOR) || t.lowerEquals(i, "the") || in) {
        // kept only if something capitalised or a head stands before it; checked below
        if (!t.isWord(i - 1) || t.is(i - 1, STOP_WORD) || t.is(i - 1, DETERMINER)) {
          break;
        }
        if (in && !t.isCapitalised(first)) {
          break;
        }
      } else if (!t.is(i, STOP_WORD) && !t.endsWithLy(i) && modifiers < MAX_MODIFIERS
          && Character.isLetterOrDigit(t.lowerFirst(i))) {
        modifiers++;
        first = i;
      } else {
        break;
      }
    }
    // Leading connectors never open a phrase.
    while (first < end && t.isWord(first) && (t.is(first, CONNECTOR) || t.lowerEquals(first, "in"))) {
      first++;
    }
    return new int[] {first, end};
  }

  /**
   * Given the comma before a verb, the token that ends the subject: before a relative clause ("the
   * official, who asked not to be named, told") or the name in an apposition ("the firm, Cadbury
   * Schweppes, has reported"); -1 when neither.
   */
  private static int beforeInsertion(SourceTokens t, int comma) {
    for (int k = comma - 1; k >= 0 && k >= comma - MAX_PHRASE; k--) {
      if (t.isPunct(k, ',')) {
        String w = t.lower(k + 1);
        if (w.equals("who") || w.equals("which") || w.equals("whose") || opensParticiplePhrase(t, k + 1)) {
          return k - 1; // "Towle Manufacturing Co, operating under Chapter 11, said"
        }
        if ((w.equals("a") || w.equals("an") || w.equals("the") || w.equals("at"))
            && (t.isCapitalised(k - 1) || t.is(k - 1, HEAD)) && describesABody(t, k + 2, comma)
            && (!CORPORATE_SUFFIXES.contains(t.lower(k - 1)) || t.isWord(k - 2))) { // not "(Pacific) Ltd"
          return k - 1; // "Acme Corp, the Ohio maker of pumps, said"; "Officials, at a news conference, said"
        }
        for (int m = k + 1; m < comma; m++) {
          if (!t.isCapitalised(m) && !t.is(m, CONNECTOR)) {
            return -1;
          }
        }
        if (t.isCapitalised(k - 1) && !t.is(k - 1, HEAD)) {
          return -1; // the end of a list or an address: "Mr Johnson, MP for Henley, Oxfordshire, said"
        }
        return comma - 1;
      }
      if (!t.isWord(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [from, to)} reads as a description of a body: a word in lower case and no role
   * or title ("the Ohio maker of pumps", not "a senior member of the Quorn hunt", a person).
   */
  private static boolean describesABody(SourceTokens t, int from, int to) {
    boolean lower = false;
    for (int m = from; m < to; m++) {
      if (t.is(m, ROLE | TITLE) || t.isWord(m) && PEOPLE_IN_APPOSITION.contains(t.lower(m))) {
        return false;
      }
      lower |= t.isWord(m) && !t.isCapitalised(m);
    }
    return lower;
  }

  /**
   * Whether the lower-case word at {@code k} opens a participle phrase, itself or after one adverb:
   * "operating under Chapter 11", "earlier reporting a loss".
   */
  private static boolean opensParticiplePhrase(SourceTokens t, int k) {
    if (!t.isWord(k) || t.isCapitalised(k)) {
      return false;
    }
    if (t.lower(k).endsWith("ing")) {
      return true;
    }
    boolean adverb = t.endsWithLy(k) || t.lowerEquals(k, "earlier") || t.lowerEquals(k, "later");
    return adverb && t.isWord(k + 1) && !t.isCapitalised(k + 1) && t.lower(k + 1).endsWith("ing");
  }

  private static final Set<String> OPENERS =
      Set.of("but", "and", "while", "however", "meanwhile", "yesterday", "today", "last", "in", "on", "at",
          "after", "before", "since", "when", "if", "as", "so", "then", "also", "still", "for", "with", "by");

  /**
   * Every word that can be the cue token {@link #extract(String)} looks at: the verbs of {@link
   * #POST_VERBS} and the words that open the other cues. A token not in it is no cue.
   */
  private static final Set<String> CUE_WORDS = cueWords();

  /** The shapes of the cue words: the tokeniser notes the words that may be one. */
  private static final LowerCaseWords CUES = new LowerCaseWords(CUE_WORDS);

  private static Set<String> cueWords() {
    Set<String> cues = new HashSet<>(POST_VERBS.keySet());
    cues.addAll(List.of("according", "citing", "reports", "report", "reported", "estimates", "quoted", "cited",
        "could", "said", "says"));
    return Set.copyOf(cues);
  }

  /**
   * The tables above in the order of their tags: a token's {@link SourceTokens#tags(int)} has bit k
   * set when {@code TABLES.get(k)} holds it in lower case, so that "is it a determiner or a stop
   * word?" is a bit test, not two set look-ups of a fresh String.
   */
  static final List<Set<String>> TABLES = List.of(DETERMINERS, CONNECTORS, STOP, PRONOUNS,
      HEADS.keySet(), DOCUMENTS, TITLES, ROLES, ORG_WORDS.keySet(), CORPORATE_SUFFIXES, POST_VERBS.keySet(),
      HAVE, PASSIVE, PREPOSITIONS, AUXILIARIES, OPENERS, CUE_WORDS);

  // The tags of the tables, for SourceTokens#is.
  private static final int DETERMINER = tagOf(DETERMINERS);
  private static final int CONNECTOR = tagOf(CONNECTORS);
  private static final int STOP_WORD = tagOf(STOP);
  private static final int PRONOUN = tagOf(PRONOUNS);
  private static final int HEAD = tagOf(HEADS.keySet());
  private static final int DOCUMENT = tagOf(DOCUMENTS);
  private static final int TITLE = tagOf(TITLES);
  private static final int ROLE = tagOf(ROLES);
  private static final int ORG_WORD = tagOf(ORG_WORDS.keySet());
  private static final int HAVE_VERB = tagOf(HAVE);
  private static final int PASSIVE_WORD = tagOf(PASSIVE);
  private static final int PREPOSITION = tagOf(PREPOSITIONS);
  private static final int AUXILIARY = tagOf(AUXILIARIES);
  private static final int OPENER = tagOf(OPENERS);
  private static final int CUE = tagOf(CUE_WORDS);

  private static int tagOf(Set<String> table) {
    for (int k = 0; k < TABLES.size(); k++) {
      if (TABLES.get(k) == table) {
        return 1 << k;
      }
    }
    throw new IllegalStateException("not in TABLES: " + table);
  }

  /** Every word of the tables above, tagged with its tables: tokens spelling one get a shared String. */
  static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(TABLES);

  private static boolean endsClause(SourceTokens t, int i) {
    return i >= t.size || t.isBreak(i) || t.isPunct(i, '.') || t.isPunct(i, ',')
        || t.isPunct(i, ';') || t.isPunct(i, '”') || t.isPunct(i, '"');
  }

  private static int lastWord(SourceTokens t, int[] p) {
    int k = p[1];
    while (k > p[0] && !t.isWord(k)) {
      k--;
    }
    return k;
  }

  // ---------------------------------------------------------------------------------------------
  // Classification and folding

  private Source classify(ArticleNames a, int first, int last, String cue) {
    SourceTokens t = a.t;
    int headTok = lastWord(t, new int[] {first, last});
    String acronym = t.isPunct(last, ')') ? t.word(last - 1) : null;
    int nameEnd = acronym != null ? last - 3 : last; // last token of the name before "(ACR)"
    int body = first;
    while (body < nameEnd && t.is(body, DETERMINER)) {
      body++;
    }
    String head = t.lower(headTok);
    if (t.is(headTok, PRONOUN) && !t.isAllCaps(headTok) || isPronounContraction(head)) {
      return null;
    }
    // Nothing but a determiner ("The estimated loss", "An estimated 50,000", "Many believe"); a word
    // of two or more capitals is a name ("ITS said").
    boolean acronymWord = t.isAllCaps(body) && t.ends[body] - t.starts[body] > 1;
    if (body == nameEnd && t.is(body, DETERMINER) && !acronymWord) {
      return null;
    }
    // A title or role right before a capitalised name: a person ("Company spokesman Dale Coffin").
    for (int k = body; k < nameEnd; k++) {
      if (t.is(k, TITLE) && t.isCapitalised(k + 1) && !isOrgWord(t, k + 1)
          && !(k == body && t.isCapitalised(k) && isOrgWord(t, k))
          && !(t.isCapitalised(k) && namesBody(t, k + 1, nameEnd))) {
        return null;
      }
    }
    String name = t.text.substring(t.starts[first], t.ends[last]);
    String bodyName = t.text.substring(t.starts[body], t.ends[nameEnd]);
    SourceAliases.Entry entry = aliases.lookup(bodyName);
    if (entry == null && acronym != null) {
      entry = aliases.lookup(acronym);
      if (entry == null) {
        entry = new SourceAliases.Entry(acronym, typeOfNamed(t, body, nameEnd));
      }
    }
    boolean lexicalHead = (HEADS.containsKey(head) || DOCUMENTS.contains(head))
        && !(t.isAllCaps(headTok) && acronym == null);
    boolean intelligence = false;
    for (int k = body; k <= nameEnd; k++) {
      intelligence |= t.lowerEquals(k, "intelligence") || t.lowerEquals(k, "spy");
    }
    // The named part of the phrase: capitalised words other than a sentence-opening common noun.
    int chunkStart = -1;
    int chunkEnd = -1;
    for (int k = body; k <= nameEnd; k++) {
      boolean named = (a.isName(k) || t.isCapitalised(k) && aliases.lookup(t.word(k)) != null) && !(t.is(k, HEAD) && (k == body || k == headTok)
          && !t.isAllCaps(k));
      if (named || chunkStart >= 0 && t.is(k, CONNECTOR) && t.isCapitalised(k + 1)) {
        if (chunkStart < 0) {
          chunkStart = k;
        }
        chunkEnd = k;
      } else if (chunkStart >= 0) {
        break;
      }
    }
    // "a spokesman for the company", "chairman of the ISM's survey committee": the role decides.
    for (int k = body + 1; k < nameEnd && entry == null; k++) {
      if ((t.lowerEquals(k, "of") || t.lowerEquals(k, "for")) && t.is(k - 1, ROLE | TITLE)) {
        return roleOf(a, name, first, last, body, nameEnd, k + 1, cue);
      }
      if (t.lowerEquals(k, "in") && t.is(k - 1, HEAD) && t.isCapitalised(k + 1)) {
        // "Traders in Paris", "officials in Seoul": the people, placed
        return new Source(name, unnamedCanonical(t, body, nameEnd), t.starts[first], t.ends[last], cue,
            typeOfHead(t, body, k - 1, t.lower(k - 1)));
      }
    }
    String canonical;
    String type;
    if (entry != null) {
      canonical = entry.canonical();
      type = entry.type();
    } else if (lexicalHead) {
      boolean document = DOCUMENTS.contains(head);
      boolean role = ROLES.contains(head) || document;
      String chunk = chunkStart < 0 ? null
          : possessiveStripped(t.text.substring(t.starts[chunkStart], t.ends[chunkEnd]));
      SourceAliases.Entry owner = chunk == null ? null : aliases.lookup(chunk);
      // A role names its body only when the capitalised words are a body ("Western officials" are not).
      boolean isBody = chunk != null && (document || owner != null || isBody(t, chunkStart, chunkEnd));
      if (isBody && (role || head.equals("agency") || HEADS.get(head).equals("media"))) {
        canonical = owner != null ? owner.canonical() : a.namedCanonical(chunk);
        type = document ? (owner != null ? owner.type() : typeOfNamed(t, chunkStart, chunkEnd))
            : role ? "official" : owner != null ? owner.type() : "agency";
      } else if (document) {
        return null; // "The statement said", "Reports estimate": nobody named
      } else {
        int unit = t.isCapitalised(nameEnd) ? unitStart(t, body, nameEnd) : body;
        boolean named = unit > body && isBody(t, body, unit - 1) && isBody(t, unit, nameEnd);
        canonical = unnamedCanonical(t, named ? unit : body, nameEnd); // "GE Information Services"
        type = typeOfHead(t, body, nameEnd, head);
      }
      if (intelligence) {
        type = "intelligence";
      }
    } else {
      // A capitalised head: a named body, a place, or a person.
      if (a.isPerson(first, body, nameEnd)) {
        return null;
      }
      if (chunkStart > body && chunkEnd > chunkStart && !t.isCapitalised(chunkStart - 1)
          && !t.is(chunkStart - 1, HEAD) && !isBody(t, chunkStart, chunkEnd)
          && aliases.lookup(bodyName) == null) {
        return null; // an occupation before a full name: "accountant Jose Lopez"
      }
      int unit = unitStart(t, body, nameEnd);
      if (unit > body && !CORPORATE_SUFFIXES.contains(t.lower(unit))) { // "Standard and Poor's Corp"
        if (!isBody(t, unit, nameEnd)) {
          return null; // a person of a body: "Labour's Paul Flynn", "ABN Amro's Paul Mackel"
        }
        if (!isBody(t, body, unit - 1) && !a.standsAlone(unit)) {
          unit = body; // one name with a possessive inside: "Moody's Investors Service"
        }
      } else {
        unit = body;
      }
      String written = t.text.substring(t.starts[unit], t.ends[nameEnd]);
      String named = possessiveStripped(written);
      canonical = a.namedCanonical(named);
      if (named.length() < written.length()) {
        String whole = a.namedCanonical(written); // "Moody's noted" after "Moody's Investors Service"
        if (whole.length() > written.length() && !whole.contains(" and ")) { // not "Foster's and Southcorp"
          canonical = whole;
        }
      }
      SourceAliases.Entry folded = aliases.lookup(canonical);
      if (folded != null) {
        canonical = folded.canonical();
        type = folded.type();
      } else {
        type = intelligence ? "intelligence" : typeOfNamed(t, body, nameEnd);
      }
    }
    return new Source(name, canonical, t.starts[first], t.ends[last], cue, type);
  }

  /** Frequent English words: a capitalised "-ly" word among them is still an adverb ("Currently"). */
  private static final LowerCaseWords FREQUENT = LowerCaseWords.frequentAnd(List.of());

  /**
   * Whether the word is an adverb in "-ly" ("reportedly said"): one in lower case, or a frequent one.
   * Other capitalised "-ly" words are names: "Italy said", "Ms Kelly told", "the China Daily said".
   */
  private static boolean isAdverb(SourceTokens t, int k) {
    return t.endsWithLy(k) && (!t.isCapitalised(k) || t.lookup(FREQUENT, k) != null);
  }

  /** Whether a lower-case word is a pronoun with a verb joined on: "i've", "we're", "it’s". */
  private static boolean isPronounContraction(String w) {
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    return apostrophe > 0 && PRONOUNS.contains(w.substring(0, apostrophe));
  }

  /** A role of a body: the named body's canonical name, or the whole phrase when the body is unnamed. */
  private Source roleOf(ArticleNames a, String name, int first, int last, int body, int nameEnd, int bodyStart,
      String cue) {
    SourceTokens t = a.t;
    int k = bodyStart;
    while (k <= nameEnd && t.is(k, DETERMINER)) {
      k++;
    }
    if (k < nameEnd && t.isWord(k) && !t.isCapitalised(k) && !t.is(k, CONNECTOR) && t.isCapitalised(k + 1)) {
      k++; // a lower-case modifier: "a spokesman for the state Chilean Copper Commission"
    }
    int end = k;
    while (end + 1 <= nameEnd && (t.isCapitalised(end + 1) || t.is(end + 1, CONNECTOR))) {
      end++;
    }
    String canonical;
    if (k <= nameEnd && t.isCapitalised(k)) {
      String owner = possessiveStripped(t.text.substring(t.starts[k], t.ends[end]));
      SourceAliases.Entry e = aliases.lookup(owner);
      canonical = e != null ? e.canonical() : a.namedCanonical(owner);
    } else {
      canonical = unnamedCanonical(t, body, nameEnd);
    }
    return new Source(name, canonical, t.starts[first], t.ends[last], cue, "official");
  }

  /**
   * Every run of white space as one space: what {@code s.replaceAll("\\s+", " ")} gives (regex
   * {@code \s} is the six ASCII spaces), without a regex per name.
   */
  private static String collapseSpaces(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        int j = i + 1;
        while (j < n && isRegexSpace(s.charAt(j))) {
          j++;
        }
        if (b == null && (c != ' ' || j - i > 1)) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        if (b != null) {
          b.append(' ');
        }
        i = j - 1;
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static String possessiveStripped(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) {
      return s.substring(0, s.length() - 2);
    }
    return s;
  }

  /**
   * Where the name of the body that speaks starts: after a parent's possessive or "unit" ("Atlantic
   * Richfield's Arco Oil and Gas Co" is Arco Oil and Gas, "General Electric Co unit GE Information
   * Services" is GE Information Services), else at {@code body}.
   */
  private static int unitStart(SourceTokens t, int body, int nameEnd) {
    for (int k = nameEnd - 1; k >= body; k--) {
      boolean parent = t.endsWithApostropheS(k) && t.isCapitalised(k)
          || t.lowerEquals(k, "unit") || t.lowerEquals(k, "subsidiary") || t.lowerEquals(k, "division");
      if (parent && t.isCapitalised(k + 1)) {
        return k + 1;
      }
    }
    return body;
  }

  /**
   * Whether the capitalised run from {@code from} has an organisation word: then a capitalised title
   * before it opens a body's name ("General Electric Co", "Premier Hospital Alliance"), not a person's.
   */
  private static boolean namesBody(SourceTokens t, int from, int to) {
    for (int k = from; k <= to && t.isCapitalised(k); k++) {
      if (t.is(k, ORG_WORD)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBody(SourceTokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (isOrgWord(t, k) || orgType(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrgWord(SourceTokens t, int k) {
    return t.is(k, ORG_WORD) || t.isAllCaps(k);
  }

  /**
   * The type that an organisation word gives, possessive dropped ("Ministry's"):
   * {@code ORG_WORDS.get(possessiveStripped(t.lower(k)))}, a String made only for a possessive.
   */
  private static String orgType(SourceTokens t, int k) {
    if (t.endsWithApostropheS(k)) {
      return ORG_WORDS.get(possessiveStripped(t.lower(k)));
    }
    return t.is(k, ORG_WORD) ? ORG_WORDS.get(t.lower(k)) : null;
  }

  private static String typeOfNamed(SourceTokens t, int from, int to) {
    String type = null;
    for (int k = from; k <= to; k++) {
      String ty = orgType(t, k);
      if (ty != null && (type == null || !ty.equals("organisation"))) {
        type = ty;
      }
    }
    return type == null ? "organisation" : type;
  }

  private static String typeOfHead(SourceTokens t, int from, int to, String head) {
    String type = HEADS.get(head);
    if (head.equals("agency") || head.equals("agencies")) {
      for (int k = from; k < to; k++) {
        if (t.lowerEquals(k, "news")) {
          return "agency";
        }
      }
      return "government";
    }
    if (head.equals("source") || head.equals("sources")) {
      for (int k = from; k < to; k++) {
        if (t.lowerEquals(k, "union")) {
          return "official"; // "trade union sources" speak for a union, not a market
        }
      }
      for (int k = from; k < to; k++) {
        if (t.lowerEquals(k, "market") || t.lowerEquals(k, "trade") || t.lowerEquals(k, "industry")
            || t.lowerEquals(k, "trading")) {
          return "analyst";
        }
      }
    }
    return type;
  }

  /** "the Analysts" reads "analysts"; "Western officials" stays. */
  private static String unnamedCanonical(SourceTokens t, int body, int nameEnd) {
    String s = collapseSpaces(t.text.substring(t.starts[body], t.ends[nameEnd])).replace('’', '\'');
    // Only a word known to be common is lower-cased: "Western" at a sentence start may be a name.
    if (t.isCapitalised(body) && !t.isAllCaps(body) && (body == nameEnd || !t.isCapitalised(nameEnd))
        && (t.is(body, HEAD) || t.is(body, STOP_WORD))) { // "Premier Hospital Alliance" stays
      s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /**
   * What the whole article says about names: acronyms, fullest forms, people.
   *
   * <p>NOTE: made only when a phrase is to be classified, and then each part only when first asked:
   * a question about a word ("is it ever capitalised mid-sentence?", "is it a person's name?") is
   * answered from the places where that word occurs ({@link NameIndex}) and kept, so that the work
   * stays linear in the article however many phrases ask.
   */
  private static final class ArticleNames {
    // What NameIndex's bits of a spelling say.
    private static final int MID_SENTENCE_KNOWN = 1;
    /** Capitalised somewhere not at a sentence's start: a name, not just a sentence's first word. */
    private static final int MID_SENTENCE = 2;
    private static final int PERSON_KNOWN = 4;
    /** Part of a person's name: after a title, or a surname also used alone. */
    private static final int PERSON = 8;

    final SourceTokens t;
    private NameIndex index;
    /** Lower-cased full names to the acronym they define ("Korean ... Agency (KCNA)"); made on first use. */
    private Map<String, String> acronyms;
    /** Lower-case first words asked about to {@link #fullest(String)}'s answer. */
    private Map<String, String> fullest;

    ArticleNames(SourceTokens t) {
      this.t = t;
    }

    private NameIndex index() {
      if (index == null) {
        index = new NameIndex(t);
      }
      return index;
    }

    /** Whether a capitalised word is a name, not just a sentence's first word ("Updated figures"). */
    boolean isName(int k) {
      return t.isCapitalised(k) && (!t.opensSentence(k) || t.isAllCaps(k) || t.is(k, ORG_WORD)
          || isMidSentenceWord(k));
    }

    /** Whether the article capitalises the word of token {@code k} somewhere not at a sentence's start. */
    private boolean isMidSentenceWord(int k) {
      NameIndex x = index();
      int slot = x.slotOf(k);
      int bits = x.bits(slot);
      if ((bits & MID_SENTENCE_KNOWN) == 0) {
        bits |= MID_SENTENCE_KNOWN;
        for (int p = x.first(slot); p >= 0; p = x.next(p)) {
          if (!t.opensSentence(p)) {
            bits |= MID_SENTENCE;
            break;
          }
        }
        x.setBits(slot, bits);
      }
      return (bits & MID_SENTENCE) != 0;
    }

    /**
     * Whether the capitalised word of token {@code k} is part of a person's name somewhere in the
     * article: a name-like word after a title and the (up to two) capitalised words after it, or a
     * word that follows a first name in one place and stands alone in another ("Dale Dellutri ...
     * Dellutri said").
     */
    private boolean isPersonWord(int k) {
      NameIndex x = index();
      int slot = x.slotOf(k);
      int bits = x.bits(slot);
      if ((bits & PERSON_KNOWN) == 0) {
        bits |= PERSON_KNOWN | (readsAsPerson(x, slot) ? PERSON : 0);
        x.setBits(slot, bits);
      }
      return (bits & PERSON) != 0;
    }

    private boolean readsAsPerson(NameIndex x, int slot) {
      boolean nameLike = isNameLike(x.first(slot)); // the same for every token of the spelling
      boolean surname = false;
      boolean alone = false;
      for (int p = x.first(slot); p >= 0; p = x.next(p)) {
        if (nameLike && afterTitle(p)
            || isNameLike(p - 1) && afterTitle(p - 1)
            || t.isCapitalised(p - 1) && isNameLike(p - 2) && afterTitle(p - 2)) {
          return true;
        }
        if (nameLike) {
          surname |= !afterTitle(p) && afterFirstName(p);
          alone |= (!t.isCapitalised(p - 1) || t.opensSentence(p)) && !t.isCapitalised(p + 1);
        }
      }
      return surname && alone;
    }

    /** A capitalised word that could be part of a person's name: not in capitals, no organisation word. */
    private boolean isNameLike(int i) {
      return t.isCapitalised(i) && !t.isAllCaps(i) && !t.is(i, ORG_WORD);
    }

    private boolean afterTitle(int i) {
      return t.is(i - 1, TITLE);
    }

    /** After what reads as a first name: a name-like word, not at a sentence's start, no possessive. */
    private boolean afterFirstName(int i) {
      return t.isCapitalised(i - 1) && !t.isAllCaps(i - 1) && !t.opensSentence(i - 1)
          && !t.is(i - 1, ORG_WORD) && !t.endsWithApostropheS(i - 1);
    }

    /** Whether the article has {@code word} as a word in capitals ("KCNA"). */
    private boolean hasCapsWord(String word) {
      NameIndex x = index();
      int slot = x.slotOf(word); // a word of capital letters is capitalised, so indexed
      return slot >= 0 && t.isAllCaps(x.first(slot));
    }

    /** {@link #acronyms}, made by a pass over the words in brackets the first time it is asked. */
    private Map<String, String> acronyms() {
      if (acronyms == null) {
        acronyms = new HashMap<>();
        for (int i = 0; i < t.size; i++) {
          if (t.isPunct(i - 1, '(') && t.isPunct(i + 1, ')') && t.isAllCaps(i)) {
            defineAcronym(i);
          }
        }
      }
      return acronyms;
    }

    /** Records the acronym {@code (ACR)} at token {@code i} when the capitalised words before it spell it. */
    private void defineAcronym(int i) {
      // The initials of the words from the last one back, against the acronym's letters (dots left
      // out) from its last one back: most brackets ("Texaco Inc (TX)") fail at once, before any String.
      int letter = t.ends[i];
      for (int k = i - 2; k >= 0 && k >= i - 2 - MAX_PHRASE; k--) {
        if (!t.isWord(k)) {
          return;
        }
        if (t.isCapitalised(k)) {
          do {
            letter--;
          } while (t.text.charAt(letter) == '.'); // an all-caps word has letters, and starts with one
          if (Character.toUpperCase(t.text.charAt(t.starts[k])) != t.text.charAt(letter)) {
            return;
          }
          if (!hasLetterBefore(letter, t.starts[i])) {
            String full = t.text.substring(t.starts[k], t.ends[i - 2]);
            acronyms.put(SourceAliases.key(full), t.word(i));
            return;
          }
        } else if (!t.is(k, CONNECTOR) && !t.lowerEquals(k, "the") && !t.lowerEquals(k, "on")
            && !t.lowerEquals(k, "de")) {
          return;
        }
      }
    }

    /** Whether the text has a character other than '.' in {@code [from, before)}. */
    private boolean hasLetterBefore(int before, int from) {
      for (int k = before - 1; k >= from; k--) {
        if (t.text.charAt(k) != '.') {
          return true;
        }
      }
      return false;
    }

    /**
     * The longest capitalised run that a word opens, the first of them in the article when several
     * are as long, or null when the word opens none of two words or more; {@code firstWord} is in
     * lower case. Kept in {@link #fullest}.
     */
    private String fullest(String firstWord) {
      if (fullest == null) {
        fullest = new HashMap<>();
      } else if (fullest.containsKey(firstWord)) {
        return fullest.get(firstWord);
      }
      NameIndex x = index();
      String longest = null;
      int longestStart = -1;
      for (int slot = x.firstOfLower(firstWord); slot >= 0; slot = x.nextOfLower(slot, firstWord)) {
        for (int p = x.first(slot); p >= 0; p = x.next(p)) {
          if (t.isCapitalised(p - 1) && !t.opensSentence(p) && !t.endsWithApostropheS(p - 1)) {
            continue; // inside a run, not its start (a parent's possessive is not: "Richfield's Arco")
          }
          String run = runFrom(p);
          if (run != null && (longest == null || run.length() > longest.length()
              || run.length() == longest.length() && p < longestStart)) {
            longest = run;
            longestStart = p;
          }
        }
      }
      fullest.put(firstWord, longest);
      return longest;
    }

    /** The capitalised run that capitalised token {@code i} opens, or null when it is one word. */
    private String runFrom(int i) {
      int last = i;
      for (int k = i + 1; k < t.size && k < i + 8; k++) {
        if (t.isCapitalised(k) && !t.opensSentence(k)) {
          last = k;
        } else if (!(t.isCapitalised(k + 1) && t.is(k, CONNECTOR))) {
          break;
        }
      }
      return last > i ? collapseSpaces(t.text.substring(t.starts[i], t.ends[last])) : null;
    }

    /** A capitalised name in this article: acronym, fullest form, corporate suffix dropped. */
    String namedCanonical(String name) {
      String clean = collapseSpaces(name).replace('’', '\'');
      Map<String, String> defined = acronyms();
      String acr = defined.isEmpty() ? null : defined.get(SourceAliases.key(clean));
      if (acr != null) {
        return acr;
      }
      if (clean.indexOf(' ') < 0 && clean.length() >= 2 && isUpperCase(clean)) {
        return clean; // an acronym names itself
      }
      String initials = initialsOf(clean);
      if (initials.length() >= 2 && hasCapsWord(initials)) {
        return initials;
      }
      int space = clean.indexOf(' ');
      String firstWord = (space < 0 ? clean : clean.substring(0, space)).toLowerCase(Locale.ROOT);
      String longest = fullest(firstWord);
      if (longest != null && longest.length() > clean.length() && longest.replace('’', '\'').startsWith(clean)) {
        clean = longest.replace('’', '\'');
      }
      return withoutCorporateSuffixes(clean);
    }

    /** {@code s.equals(s.toUpperCase(Locale.ROOT))}, without the copy for an ASCII string. */
    private static boolean isUpperCase(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          return s.equals(s.toUpperCase(Locale.ROOT)); // "ß" upper-cases to two letters
        }
        if (c >= 'a' && c <= 'z') {
          return false;
        }
      }
      return true;
    }

    /**
     * The name without trailing corporate suffixes ("Cadbury Schweppes Plc" reads "Cadbury
     * Schweppes"), the first word kept: what {@code String.join(" ", words)} of {@code
     * name.split(" ")} gives with those words left off, without the array.
     */
    private static String withoutCorporateSuffixes(String name) {
      int end = name.length();
      while (end > 0 && name.charAt(end - 1) == ' ') {
        end--; // split drops trailing empty words
      }
      int lastSpace;
      while ((lastSpace = name.lastIndexOf(' ', end - 1)) >= 0 && mayBeCorporateSuffix(name, lastSpace + 1, end)) {
        String last = name.substring(lastSpace + 1, end).toLowerCase(Locale.ROOT).replace(".", "");
        if (!CORPORATE_SUFFIXES.contains(last)) {
          break;
        }
        end = lastSpace;
      }
      return end == name.length() ? name : name.substring(0, end);
    }

    /**
     * False when a word cannot be a corporate suffix in lower case without its dots: it has more
     * characters than the longest suffix (a lower-case form in ASCII has one character per character).
     */
    private static boolean mayBeCorporateSuffix(String name, int from, int to) {
      int chars = 0;
      for (int k = from; k < to; k++) {
        chars += name.charAt(k) == '.' ? 0 : 1;
      }
      return chars <= LONGEST_CORPORATE_SUFFIX;
    }

    /** The first letters of two or more words that start upper case ("Korean Central News Agency": KCNA), or "". */
    private static String initialsOf(String name) {
      StringBuilder b = null;
      int words = 0;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if ((i == 0 || name.charAt(i - 1) == ' ') && c != ' ' && Character.isUpperCase(c)) {
          if (b == null) {
            b = new StringBuilder();
          }
          b.append(c);
          words++;
        }
      }
      return words >= 2 ? b.toString() : "";
    }

    /** Whether a capitalised phrase names a person rather than a body or a place. */
    /** Whether the word of token {@code k} occurs somewhere else, not right after a possessive. */
    boolean standsAlone(int k) {
      NameIndex x = index();
      for (int p = x.first(x.slotOf(k)); p >= 0; p = x.next(p)) {
        if (p != k && !t.endsWithApostropheS(p - 1)) {
          return true;
        }
      }
      return false;
    }

    boolean isPerson(int first, int body, int nameEnd) {
      for (int k = body; k <= nameEnd; k++) {
        if (isOrgWord(t, k)) {
          return false;
        }
      }
      if (t.is(first - 1, TITLE) || titleAfter(nameEnd)) {
        return true;
      }
      for (int k = body; k <= nameEnd; k++) {
        if (t.isCapitalised(k) && isPersonWord(k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a title follows the name in apposition: "Michael Luckey, automotive analyst for ...",
     * "Jo Smith, a spokeswoman for ..." (a determiner and up to two modifiers before it).
     */
    private boolean titleAfter(int nameEnd) {
      if (!t.isPunct(nameEnd + 1, ',')) {
        return false;
      }
      int k = nameEnd + 2;
      if (t.is(k, DETERMINER)) {
        k++;
      }
      for (int end = k + 3; k < end && t.isWord(k) && !t.isCapitalised(k); k++) {
        if (t.is(k, TITLE)) {
          return true;
        }
      }
      return false;
    }
  }
}
