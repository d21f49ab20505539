package org.copydesk.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word tables the figure scanner reads: number words, scales, units, currencies, months. */
final class NumberWords {

  private NumberWords() {}

  /** Cardinal words below one hundred. "one" is here but never a figure on its own (see extractor). */
  static final Map<String, Integer> CARDINALS = new HashMap<>();

  /** Ordinal words and their rank. */
  static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    String[] units = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
    };
    String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < units.length; i++) {
      CARDINALS.put(units[i], i);
    }
    for (int i = 2; i < tens.length; i++) {
      CARDINALS.put(tens[i], i * 10);
    }
    String[] ords = {
      "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth"
    };
    for (int i = 1; i < ords.length; i++) {
      ORDINALS.put(ords[i], i);
    }
    String[] tenOrds = {"", "", "", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
      "ninetieth"};
    for (int i = 3; i < tenOrds.length; i++) {
      ORDINALS.put(tenOrds[i], i * 10);
    }
    ORDINALS.put("hundredth", 100);
    ORDINALS.put("thousandth", 1000);
  }

  /** Tens words, which may take a unit after a hyphen ("twenty-five", "twenty-first"). */
  static boolean isTens(String w) {
    Integer v = CARDINALS.get(w);
    return v != null && v >= 20 && v % 10 == 0;
  }

  /** Multipliers written as words or abbreviations after a number: "1.28 million", "$1.13bn", "5.93 mln". */
  static final Map<String, Double> SCALES =
      Map.ofEntries(
          Map.entry("hundred", 1e2),
          Map.entry("thousand", 1e3),
          Map.entry("million", 1e6),
          Map.entry("mln", 1e6),
          Map.entry("mn", 1e6),
          Map.entry("billion", 1e9),
          Map.entry("bn", 1e9),
          Map.entry("bln", 1e9),
          Map.entry("trillion", 1e12),
          Map.entry("tn", 1e12),
          Map.entry("trn", 1e12));

  /** Vague plurals: "thousands" means 2,000 to 9,999 (see {@link FigureExtractor}). */
  static final Map<String, Double> VAGUE_PLURALS =
      Map.of("dozens", 12.0, "hundreds", 1e2, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

  /** Currency symbols, the code they stand for. "$" alone is taken as US dollars. */
  static final Map<String, String> SYMBOLS = Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY");

  /** Letters written before "$" ("US$", "A$", "HK$"). Compared in lower case. */
  static final Map<String, String> DOLLAR_PREFIXES =
      Map.of("us", "USD", "a", "AUD", "c", "CAD", "hk", "HKD", "nz", "NZD", "s", "SGD");

  /** Currency codes written before a number ("USD 5m"), in lower case. */
  static final Set<String> CODES = Set.of("usd", "gbp", "eur", "jpy", "chf", "cny", "inr", "rub", "aud", "cad");

  /** Currency words after a number ("5 dollars", Reuters "5.93 mln dlrs", "40 mln stg"). */
  static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("dollars", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("dlrs", "USD"),
          Map.entry("dlr", "USD"),
          Map.entry("pounds", "GBP"),
          Map.entry("stg", "GBP"),
          Map.entry("sterling", "GBP"),
          Map.entry("euros", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("yen", "JPY"),
          Map.entry("yuan", "CNY"),
          Map.entry("francs", "franc"),
          Map.entry("marks", "DEM"),
          Map.entry("roubles", "RUB"),
          Map.entry("rupees", "INR"),
          Map.entry("guilders", "NLG"),
          Map.entry("lire", "ITL"),
          Map.entry("pesetas", "ESP"),
          Map.entry("rand", "ZAR"),
          Map.entry("schillings", "ATS"),
          Map.entry("crowns", "crown"),
          Map.entry("crown", "crown"),
          Map.entry("kronor", "SEK"),
          Map.entry("naira", "NGN"),
          Map.entry("baht", "THB"),
          Map.entry("ringgit", "MYR"),
          Map.entry("shekels", "ILS"),
          Map.entry("zlotys", "PLN"),
          Map.entry("pesos", "peso"));

  /**
   * Adjectives that name whose currency it is ("600 mln Danish crowns", "5 mln Canadian dlrs"); the
   * code they give replaces the currency word's own. A crown, franc or peso without one keeps the word as unit.
   */
  static final Map<String, String> CURRENCY_NATIONS =
      Map.ofEntries(
          Map.entry("danish crown", "DKK"),
          Map.entry("swedish crown", "SEK"),
          Map.entry("norwegian crown", "NOK"),
          Map.entry("canadian dollar", "CAD"),
          Map.entry("australian dollar", "AUD"),
          Map.entry("new zealand dollar", "NZD"),
          Map.entry("hong kong dollar", "HKD"),
          Map.entry("singapore dollar", "SGD"),
          Map.entry("taiwan dollar", "TWD"),
          Map.entry("u s dollar", "USD"),
          Map.entry("us dollar", "USD"),
          Map.entry("mexican peso", "MXN"),
          Map.entry("argentine peso", "ARS"),
          Map.entry("philippine peso", "PHP"),
          Map.entry("swiss franc", "CHF"),
          Map.entry("french franc", "FRF"),
          Map.entry("belgian franc", "BEF"),
          Map.entry("west german mark", "DEM"),
          Map.entry("german mark", "DEM"),
          Map.entry("dutch guilder", "NLG"));

  /** The singular of a currency word, for {@link #CURRENCY_NATIONS}: "dlrs" is a dollar. */
  static String currencyNoun(String word) {
    return switch (word) {
      case "dollars", "dollar", "dlrs", "dlr" -> "dollar";
      case "crowns", "crown", "kronor" -> "crown";
      case "francs" -> "franc";
      case "marks" -> "mark";
      case "guilders" -> "guilder";
      case "pesos" -> "peso";
      default -> word;
    };
  }

  /** Fractional currency words: "25 cents", Reuters "22 cts", "50p". */
  static final Map<String, String> CENT_WORDS = Map.of("cents", "USD", "cts", "USD", "ct", "USD", "pence", "GBP", "p", "GBP");

  /** Duration units, singular and plural, to the singular. */
  static final Map<String, String> DURATIONS = new HashMap<>();

  static {
    for (String u : new String[] {"second", "minute", "hour", "day", "week", "month", "year", "decade"}) {
      DURATIONS.put(u, u);
      DURATIONS.put(u + "s", u);
    }
    DURATIONS.put("century", "century");
    DURATIONS.put("centuries", "century");
    DURATIONS.put("mins", "minute");
    DURATIONS.put("mths", "month");
    DURATIONS.put("hrs", "hour");
    DURATIONS.put("yrs", "year");
  }

  /** Month names and abbreviations to the month number. */
  static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[] full = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"
    };
    for (int m = 0; m < 12; m++) {
      MONTHS.put(full[m], m + 1);
      if (m != 4) {
        MONTHS.put(full[m].substring(0, 3), m + 1);
      }
    }
    MONTHS.put("sept", 9);
  }

  /** Words that precede a year and never a count: "in 2024", "since 1987", "the 2024 treaty". */
  static final Set<String> BEFORE_YEAR =
      Set.copyOf(List.of(
          "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "the", "its",
          "their", "his", "her", "our", "this", "last", "next", "early", "late", "mid", "fiscal", "year",
          "s", "between", "and", "through", "for", "around", "circa", "summer", "winter", "spring", "autumn"));

  /**
   * Words that end a counted noun phrase: determiners, pronouns, prepositions, conjunctions and
   * auxiliary verbs ("600 soldiers have died": the phrase is "soldiers").
   */
  static final Set<String> STOP =
      Set.copyOf(List.of(
          "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from",
          "by", "with", "without", "into", "onto", "over", "under", "out", "up", "down", "off", "and",
          "or", "but", "nor", "than", "as", "so", "if", "while", "who", "whom", "whose", "which", "what",
          "where", "when", "why", "how", "have", "has", "had", "having", "be", "been", "being", "is", "are",
          "was", "were", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
          "does", "did", "not", "no", "it", "its", "they", "them", "their", "he", "him", "his", "she",
          "her", "we", "us", "our", "you", "your", "i", "me", "my", "said", "says", "say", "each", "per",
          "a", "vs", "against", "after", "before", "since", "until", "between", "among", "during",
          "according", "including", "last", "next", "ago", "compared", "versus", "about", "around",
          "more", "less", "fewer", "some", "all", "any", "there", "here", "also", "just", "only", "still",
          "against", "via", "year", "years", "today", "yesterday", "tomorrow", "this", "then", "now"));

  // Set.copyOf(List.of(...)) because the lists may repeat a word; Set.of would throw.
  /** Auxiliary and filler words allowed between a counted phrase and its event verb. */
  static final Set<String> AUX =
      Set.copyOf(List.of(
          "have", "has", "had", "been", "be", "being", "were", "was", "are", "is", "will", "would", "may",
          "might", "could", "reportedly", "also", "already", "now", "more", "allegedly", "were", "all",
          "since", "had", "then", "being", "believed", "thought", "said", "estimated", "confirmed",
          "feared", "reported", "to", "who", "that", "which", "either", "been"));

  /**
   * Verbs of change before "from X to Y": there the two numbers are an old and a new value, not a
   * range ("rose from 5% to 7%").
   */
  static final Set<String> CHANGE_VERBS =
      Set.copyOf(List.of(
          "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
          "increased", "increase", "increases", "decreased", "decrease", "cut", "cuts", "raised", "raise",
          "raises", "grew", "grow", "grown", "climbed", "climb", "dropped", "drop", "jumped", "jump",
          "declined", "decline", "reduced", "reduce", "lifted", "lowered", "slipped", "widened",
          "narrowed", "up", "down", "surged", "soared", "slumped", "plunged", "revised", "changed",
          "moved", "boosted", "trimmed", "went", "gone", "shrank", "expanded", "doubled", "tripled"));

  /**
   * Qualifiers before a number, {qualifier, wording}; see {@link FigureExtractor} for their bounds.
   * Where two match at one token, the longer wins, then the earlier row.
   */
  static final String[][] QUALIFIERS = {
    {"more-than", "more than"}, {"more-than", "over"}, {"more-than", "in excess of"},
    {"more-than", "upwards of"}, {"more-than", "above"}, {"more-than", "just over"},
    {"more-than", "well over"}, {"more-than", "just more than"}, {"more-than", "well above"},
    {"at-least", "at least"}, {"at-least", "no fewer than"}, {"at-least", "no less than"},
    {"at-least", "a minimum of"},
    {"approximate", "about"}, {"approximate", "around"}, {"approximate", "approximately"},
    {"approximate", "some"}, {"approximate", "nearly"}, {"approximate", "almost"},
    {"approximate", "roughly"}, {"approximate", "an estimated"}, {"approximate", "estimated"},
    {"approximate", "close to"}, {"approximate", "circa"}, {"approximate", "approx"},
    {"approximate", "an approximate"}, {"approximate", "a nearly"}, {"approximate", "just about"},
    {"at-most", "up to"}, {"at-most", "as much as"}, {"at-most", "at most"}, {"at-most", "as many as"},
    {"at-most", "a maximum of"}, {"at-most", "no more than"},
    {"less-than", "fewer than"}, {"less-than", "less than"}, {"less-than", "under"},
    {"less-than", "below"}, {"less-than", "just under"}, {"less-than", "just below"}
  };

  /** The words of each row of {@link #QUALIFIERS}' wording. */
  static final String[][] QUALIFIER_WORDS = new String[QUALIFIERS.length][];

  static {
    for (int r = 0; r < QUALIFIERS.length; r++) {
      QUALIFIER_WORDS[r] = QUALIFIERS[r][1].split(" ");
    }
  }

  /** Words besides cardinals and vague plurals that an amount can open with: "a dozen", "several hundred". */
  static final Set<String> AMOUNT_OPENERS = Set.of("a", "an", "several", "few", "tens", "hundred", "thousand",
      "million", "billion", "trillion");

  /** Time zones, which make a number before them a clock time when written in capitals ("0730 GMT"). */
  static final Set<String> TIME_ZONES =
      Set.of("gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "et");

  /** Words that make a month a date without a day or year: "last October", "mid-March". */
  static final Set<String> MONTH_RELATIVES = Set.of("last", "next", "this", "early", "late", "mid");

  /**
   * The number tables' words and the frequent words of news: a word that {@link NumberTokens#lower} has
   * to spell out gets a shared String if it is one of these (the figure vocabulary's words get theirs
   * from {@link FigureWords} first).
   */
  static final LowerCaseWords WORDS = LowerCaseWords.frequentAnd(List.of(CARDINALS.keySet(), ORDINALS.keySet(),
      SCALES.keySet(), VAGUE_PLURALS.keySet(), DOLLAR_PREFIXES.keySet(), CODES, CURRENCY_WORDS.keySet(),
      CENT_WORDS.keySet(), DURATIONS.keySet(), MONTHS.keySet(), BEFORE_YEAR, STOP, AUX, CHANGE_VERBS));
}
