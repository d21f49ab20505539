package org.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass of {@link FigureExtractor} over one text's tokens; see there for what it finds and how it
 * normalises. Not thread-safe: make one per text.
 */
final class FigureScanner {

  /** A number found in the tokens: [from, to) and what it means. */
  private static final class Amount {
    int from;
    int to;
    double value;
    Double low;
    Double high;
    boolean vague;
    boolean numeric;
    boolean plain; // digits only: no scale, no decimal point, no separator
    double scale = 1;
    String currency;
  }

  private final NumberTokens t;

  FigureScanner(NumberTokens t) {
    this.t = t;
  }

  /** The figures of the whole text, in text order, never overlapping. */
  List<Figure> scan() {
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      int next = figureAt(i, out);
      i = next > i ? next : i + 1; // every step moves on: the pass is linear
    }
    return List.copyOf(out);
  }

  /** Tries a figure starting at token i; adds it and returns the token after it, or i. */
  private int figureAt(int i, List<Figure> out) {
    int opens = opens(i);
    if ((opens & DATE) != 0) {
      int end = dateAt(i, out);
      if (end > i) {
        return end;
      }
    }
    if ((opens & ORDINAL) != 0) {
      int end = ordinalAt(i, out);
      if (end > i) {
        return end;
      }
    }
    return (opens & (BOUND | AMOUNT)) != 0 ? quantityAt(i, opens, out) : i;
  }

  // ---------------------------------------------------------------- which tokens can open a figure

  /** {@link #opens} bit: {@link #dateAt} may match ("August 2024", "last October", "26 February"). */
  private static final int DATE = 1;
  /** {@link #opens} bit: {@link #ordinalAt} may match ("third", "twenty-first"). */
  private static final int ORDINAL = 2;
  /** {@link #opens} bit: a quantity may start with a bound ("about 600", "between 5 and 10"). */
  private static final int BOUND = 4;
  /** {@link #opens} bit: a quantity may start with its amount ("600", "two", "a dozen", "$5", "US$5"). */
  private static final int AMOUNT = 8;

  /** The words and marks a figure can start with, to the recognisers that can match there. */
  private static final FigureWords.Table<Integer> OPENERS = FigureWords.table(openers());

  private static Map<String, Integer> openers() {
    Map<String, Integer> openers = new HashMap<>();
    // dateAt reads a month, or a relative word before one; ordinalAt an ordinal or a tens word
    // ("twenty-first"); quantityAt a qualifier or "between"/"from", else what amountAt reads first:
    // a currency, a number word or another word of wordsAt.
    open(openers, DATE, NumberWords.MONTHS.keySet());
    open(openers, DATE, NumberWords.MONTH_RELATIVES);
    open(openers, ORDINAL, NumberWords.ORDINALS.keySet());
    open(openers, ORDINAL, NumberWords.CARDINALS.keySet().stream().filter(NumberWords::isTens).toList());
    open(openers, ORDINAL, List.of("number")); // a rank: "world number three"
    open(openers, BOUND, Arrays.stream(NumberWords.QUALIFIER_WORDS).map(words -> words[0]).toList());
    open(openers, BOUND, List.of("between", "from"));
    open(openers, AMOUNT, NumberWords.SYMBOLS.keySet()); // marks: "$5", "£600m"
    open(openers, AMOUNT, NumberWords.DOLLAR_PREFIXES.keySet());
    open(openers, AMOUNT, NumberWords.CODES);
    open(openers, AMOUNT, NumberWords.CARDINALS.keySet());
    open(openers, AMOUNT, NumberWords.VAGUE_PLURALS.keySet());
    open(openers, AMOUNT, NumberWords.AMOUNT_OPENERS);
    return openers;
  }

  private static void open(Map<String, Integer> openers, int bit, Collection<String> words) {
    words.forEach(w -> openers.merge(w, bit, (a, b) -> a | b));
  }

  /**
   * Which recognisers can match at token i, as {@link #DATE}, {@link #ORDINAL}, {@link #BOUND} and
   * {@link #AMOUNT} bits: a number may open a date or an amount; a word or mark only what
   * {@link #OPENERS} says. Most tokens open nothing.
   */
  private int opens(int i) {
    if (t.type[i] == NumberTokens.NUM) {
      return DATE | AMOUNT;
    }
    Integer bits = OPENERS.get(t, i);
    return bits == null ? 0 : bits;
  }

  // ---------------------------------------------------------------- dates

  private int dateAt(int i, List<Figure> out) {
    int m = i;
    boolean relative = false;
    if (t.isWord(i) && FigureWords.MONTH_RELATIVES.has(t, i) && isMonth(i + 1 + (t.is(i + 1, "-") ? 1 : 0))) {
      m = i + 1 + (t.is(i + 1, "-") ? 1 : 0);
      relative = true;
    }
    if (isMonth(m)) {
      int k = m + 1;
      if (t.is(k, ".") && t.touches(m)) {
        k++;
      }
      Integer day = day(k);
      if (day != null) {
        int after = k + 1 + (ordinalSuffix(k) ? 1 : 0);
        int yEnd = after;
        Double year = null;
        int yTok = t.is(after, ",") ? after + 1 : after;
        if (isYear(yTok)) {
          year = NumberTokens.value(t.lower(yTok));
          yEnd = yTok + 1;
        } else if ((t.is(after, "to") || t.is(after, "-") || t.is(after, "–")) && day(after + 1) != null
            && day(after + 1) > day) {
          yEnd = after + 2; // "April 3 to 15"
        }
        return emitDate(i, yEnd, year, out);
      }
      if (isYear(k)) {
        return emitDate(i, k + 1, NumberTokens.value(t.lower(k)), out);
      }
      if (relative) {
        return emitDate(i, m + 1, null, out);
      }
      return i;
    }
    // "26 February", "26th February 2024"
    Integer day = day(i);
    if (day != null && !(t.isWord(i - 1) && t.touches(i - 1))) {
      int k = i + 1 + (ordinalSuffix(i) ? 1 : 0);
      if ((t.is(k, "-") || t.is(k, "–") || t.is(k, "to")) && day(k + 1) != null && day(k + 1) > day
          && isMonth(k + 2)) {
        k += 2; // "9-15 January", "3 to 5 March"
      }
      if (isMonth(k)) {
        int e = k + 1;
        Double year = null;
        if (isYear(e)) {
          year = NumberTokens.value(t.lower(e));
          e++;
        }
        return emitDate(i, e, year, out);
      }
    }
    return i;
  }

  /**
   * A rank written "number N" after "world", "the" or a possessive: "world number three", "the
   * number one seed", "Britain's number two". Not "Number 10" (capitalised: a name) nor "a number".
   */
  private int rankAt(int i, List<Figure> out) {
    if (t.capitalised(i) || !(t.is(i - 1, "world") || t.is(i - 1, "the") || t.is(i - 1, "'s") || t.is(i - 1, "’s"))) {
      return i;
    }
    Integer rank = FigureWords.CARDINALS.get(t, i + 1);
    if (rank == null && t.isNum(i + 1) && t.lower(i + 1) != null && t.lower(i + 1).length() <= 3
        && !t.lower(i + 1).contains(".") && !t.lower(i + 1).contains(",")) {
      rank = Integer.parseInt(t.lower(i + 1));
    }
    if (rank == null || rank < 1 || rank > 100 || gluedAfter(i + 1)) {
      return i;
    }
    double r = rank;
    out.add(figure(i, i + 2, r, r, r, "exact", FigureKind.ORDINAL, null, nounPhrase(i + 2)[0], null));
    return i + 2;
  }

  private int emitDate(int from, int to, Double year, List<Figure> out) {
    out.add(figure(from, to, year, year, year, "exact", FigureKind.DATE, null, null, null));
    return to;
  }

  /** A capitalised month name; lower-case "may" and "march" are verbs. */
  private boolean isMonth(int i) {
    return t.capitalised(i) && FigureWords.MONTHS.has(t, i);
  }

  private Integer day(int i) {
    if (!t.isNum(i) || t.lower(i) == null || t.lower(i).length() > 2 || t.lower(i).contains(".")) {
      return null;
    }
    int d = Integer.parseInt(t.lower(i));
    return d >= 1 && d <= 31 ? d : null;
  }

  private boolean ordinalSuffix(int i) {
    return t.isNum(i) && t.touches(i) && t.isWord(i + 1)
        && (t.is(i + 1, "st") || t.is(i + 1, "nd") || t.is(i + 1, "rd") || t.is(i + 1, "th"));
  }

  private boolean isYear(int i) {
    if (!t.isNum(i) || t.lower(i) == null || t.lower(i).length() != 4 || t.end[i] - t.start[i] != 4
        || t.lower(i).indexOf('.') >= 0) {
      return false;
    }
    int y = Integer.parseInt(t.lower(i));
    return y >= 1800 && y <= 2100 && !(t.isWord(i + 1) && t.touches(i));
  }

  // ---------------------------------------------------------------- ordinals

  private int ordinalAt(int i, List<Figure> out) {
    if (!t.isWord(i)) {
      return i;
    }
    if (t.is(i, "number")) {
      return rankAt(i, out);
    }
    Integer rank = FigureWords.ORDINALS.get(t, i);
    int end = i + 1;
    if (rank == null && isTens(i) && t.is(i + 1, "-") && t.touches(i)
        && t.touches(i + 1) && t.isWord(i + 2)) {
      Integer unit = FigureWords.ORDINALS.get(t, i + 2);
      if (unit != null && unit < 10) {
        rank = FigureWords.CARDINALS.get(t, i) + unit;
        end = i + 3;
      }
    }
    if (rank == null || (t.capitalised(i) && !initial(i)) || gluedBefore(i) || gluedAfter(end - 1)) {
      return i; // "Second World War" is a name; "first-class", "second2" are not ranks we can trust
    }
    if (t.capitalised(i) && t.isWord(end) && t.capitalised(end) && !t.raw(i).equals(t.raw(i).toUpperCase(Locale.ROOT))
        && !FigureWords.MONTHS.has(t, end)) {
      return i; // a sentence opening with a name: "First Union Corp said", "First Division"
    }
    if ((t.is(i - 1, "-") && t.touches(i - 1) && FigureWords.CARDINALS.has(t, i - 2))
        || ((t.is(i - 1, "a") || t.is(i - 1, "one")) && t.is(end, "of"))) {
      return i; // a fraction: "one-third", "a third of the crop"
    }
    if (t.is(i, "second") && (t.isNum(i - 1) || FigureWords.CARDINALS.has(t, i - 1) || t.is(i - 1, "per")
        || t.is(i - 1, "every") || t.is(i - 1, "each") || t.is(i - 1, "a") && !t.isWord(end))) {
      return i; // "30 second", "megabits per second", "every second" are time units, not ranks
    }
    double r = rank;
    out.add(figure(i, end, r, r, r, "exact", FigureKind.ORDINAL, null, nounPhrase(end)[0], null));
    return end;
  }

  /** Whether token i is a tens word, which may take a unit after a hyphen ("twenty-five", "twenty-first"). */
  private boolean isTens(int i) {
    Integer v = FigureWords.CARDINALS.get(t, i);
    return v != null && v >= 20 && v % 10 == 0;
  }

  // ---------------------------------------------------------------- quantities

  /** A quantity at token i, which {@link #opens} says may start one with the given bits. */
  private int quantityAt(int i, int opens, List<Figure> out) {
    String qualifier = "exact";
    int a = i;
    int[] q = (opens & BOUND) != 0 ? qualifierAt(i) : null;
    boolean between = false;
    boolean from = false;
    if (q != null) {
      qualifier = NumberWords.QUALIFIERS[q[0]][0];
      a = q[1];
    } else if (t.is(i, "between")) {
      between = true;
      a = i + 1;
    } else if (t.is(i, "from")) {
      from = true;
      a = i + 1;
    }
    if (a == i && (opens & AMOUNT) == 0) {
      return i; // no bound read, and no amount starts here
    }
    Amount a1 = amountAt(a);
    if (a1 == null) {
      return i;
    }
    int k = a1.to;
    // A range: "between 5 and 10", "from a few hundred to over 600", "5-10", "5 to 10".
    Amount a2 = null;
    String q2 = "exact";
    boolean dash = t.is(k, "-") || t.is(k, "–");
    boolean rangeWord = between ? t.is(k, "and") || t.is(k, "to") : t.is(k, "to");
    if ((rangeWord || (dash && !between && !from)) && (qualifier.equals("exact") || qualifier.equals("approximate"))
        && !changeBefore(i)) {
      int b = k + 1;
      int[] qq = dash ? null : qualifierAt(b);
      if (qq != null) {
        q2 = NumberWords.QUALIFIERS[qq[0]][0];
        b = qq[1];
      }
      a2 = amountAt(b);
      if (a2 != null && dash && !(a1.numeric && a2.numeric)) {
        a2 = null;
      }
      if (a2 != null && a2.currency != null && a1.currency == null && b > k + 1) {
        a2 = null;
      }
      if (a2 != null && !between && !from && !rangeAfter(a1, a2)) {
        a2 = null; // "during 2004 to 136,000", "cut 20 to 5": not a range
      }
    }
    if (a2 == null && !between && !from && isYear(a1.from) && t.is(k, "/") && t.touches(k - 1) && t.touches(k)) {
      Amount y2 = amountAt(k + 1);
      Double y = y2 == null ? null : yearEnd(a1, y2);
      if (y != null) { // a crop or fiscal year: "1986/87"
        out.add(figure(i, y2.to, null, a1.value, y, "range", FigureKind.DATE, null, null, null));
        return y2.to;
      }
    }
    if ((between || from) && a2 == null) {
      return i; // "from 600" alone: let the number stand by itself on the next token
    }
    if (a2 != null) {
      if (a1.numeric && a1.scale == 1 && a2.scale > 1 && a1.value < a2.value / a2.scale) {
        a1.value = scaled(a1.value, a2.scale); // "5 to 10 million"
        a1.low = a1.vague ? a1.low : a1.value;
        a1.high = a1.vague ? a1.high : a1.value;
      }
      if (a1.currency == null) {
        a1.currency = a2.currency; // "5-10 dlrs"
      }
    }
    Amount last = a2 != null ? a2 : a1;
    int end = last.to;
    if (a2 == null && a1.numeric && a1.plain && a1.currency == null && ordinalSuffix(a1.to - 1)) {
      double r = a1.value; // "21st", "2nd"
      out.add(figure(i, a1.to + 1, r, r, r, "exact", FigureKind.ORDINAL, null, nounPhrase(a1.to + 1)[0], null));
      return a1.to + 1;
    }
    if (a1.numeric && a1.plain && a1.currency == null && t.lower(a1.to - 1).length() > 1
        && t.lower(a1.to - 1).charAt(0) == '0') {
      return end; // "0730": a clock time or a code, never a count
    }
    if (t.isWord(end) && FigureWords.TIME_ZONES.has(t, end) && t.raw(end).equals(t.raw(end).toUpperCase(Locale.ROOT))) {
      return end; // "0730 GMT", "10 EST"
    }

    // Units after the number.
    FigureKind kind = null;
    String unit = null;
    int divisor = 1; // cents and pence: divide (not multiply by 0.01) so that 82 cts is 0.82 exactly
    Currency named;
    if (a1.currency != null) {
      kind = FigureKind.MONEY;
      unit = a1.currency;
    }
    if (kind == null && (t.is(end, "%") || t.is(end, "％"))) {
      kind = FigureKind.PERCENT;
      unit = "%";
      end++;
    } else if (kind == null && t.is(end, "per") && t.is(end + 1, "cent")) {
      kind = FigureKind.PERCENT;
      unit = "%";
      end += 2;
    } else if (kind == null && (t.is(end, "percent") || t.is(end, "pct"))) {
      kind = FigureKind.PERCENT;
      unit = "%";
      end++;
    } else if (kind == null && t.is(end, "percentage") && (t.is(end + 1, "points") || t.is(end + 1, "point"))) {
      kind = FigureKind.PERCENT;
      unit = "percentage point";
      end += 2;
    } else if (kind == null && last.vague && t.is(end, "of") && (named = currencyAfter(end + 1)) != null) {
      kind = FigureKind.MONEY; // "millions of pounds"
      unit = named.code();
      end = named.end();
    } else if (kind == null && (named = currencyAfter(end)) != null) {
      kind = FigureKind.MONEY;
      unit = named.code();
      end = named.end();
    } else if (kind == null && t.isWord(end) && FigureWords.CENT_WORDS.has(t, end)
        && (!t.is(end, "p") || t.touches(end - 1))) {
      kind = FigureKind.MONEY;
      unit = FigureWords.CENT_WORDS.get(t, end);
      divisor = 100;
      end++;
    } else if (kind == null) {
      int u = end;
      if ((t.is(u, "-") || t.is(u, "–")) && t.touches(u - 1) && t.touches(u)) {
        u++;
      }
      String dur = t.isWord(u) ? FigureWords.DURATIONS.get(t, u) : null;
      if (dur != null && !(u == end && t.touches(end - 1)) && !(t.capitalised(u) && newlineBefore(u))) {
        kind = FigureKind.DURATION;
        unit = dur;
        end = u + 1;
        if (t.is(end, "-") && t.touches(end - 1) && t.is(end + 1, "old") && t.touches(end)) {
          end += 2; // "25-year-old"
        }
      }
    }
    if (kind == FigureKind.MONEY && unit != null && a1.currency != null && !unit.equals(a1.currency)) {
      unit = a1.currency;
    }

    // Numbers that are not figures.
    if (kind == null || kind == FigureKind.COUNT) {
      if (t.isNum(end - 1) && t.isWord(end) && t.touches(end - 1)) {
        // Glued letters: "3pm", "100m", "5km", or a decade "1980s".
        if (t.is(end, "s") && a2 == null && a1.plain && t.lower(end - 1).length() == 4) {
          double y = a1.value;
          out.add(figure(i, end + 1, y, y, y + 9, "range", FigureKind.DATE, null, null, null));
          return end + 1;
        }
        return end; // not a figure; its tokens are not read again
      }
    }
    if (!last.numeric && t.is(end, "-") && t.touches(end - 1) && t.touches(end) && fractionWord(end + 1)) {
      return end + 2; // "two-thirds", "three-quarters": a fraction, not a count
    }
    if (!last.numeric && a2 == null && last.to == end && t.isWord(end) && t.lower(end).endsWith("s")
        && fractionWord(end)) {
      return end + 1; // "more than two thirds of its staff"
    }
    if (gluedBefore(a1.from) || timeOfDay(a1.from) || timeOfDay(last.to - 1)) {
      return end;
    }
    if (!a1.numeric && t.capitalised(a1.from) && !initial(a1.from) && a == a1.from && q == null) {
      return end; // "World War Two"
    }
    if (!a1.numeric && a2 == null && (t.is(a1.from, "one") || t.is(a1.from, "zero")) && a1.to == a1.from + 1
        && kind == null) {
      return i; // a lone "one" is a pronoun, a lone "zero" a term ("zero coupon"), far more often than counts
    }

    if (kind == null) {
      if (a2 == null && qualifier.equals("exact") && isYear(a1.from) && yearContext(a1.from, end)) {
        double y = a1.value;
        out.add(figure(i, end, y, y, y, "exact", FigureKind.DATE, null, null, null));
        return end;
      }
      if (a2 != null && isYear(a1.from) && yearEnd(a1, a2) != null) {
        out.add(figure(i, end, null, a1.value, yearEnd(a1, a2), "range", FigureKind.DATE, null, null, null));
        return end;
      }
      if (a2 != null && dash && a2.value < a1.value) {
        a2 = null; // "2-1" is a score, not a range: keep the first number only
        last = a1;
        end = a1.to;
      }
      if (a2 == null && qualifier.equals("exact") && nameBefore(a1)) {
        return end;
      }
      kind = FigureKind.COUNT;
    }

    // Values and bounds.
    Double value;
    Double low;
    Double high;
    String qual;
    if (a2 != null) {
      qual = "range";
      value = null;
      low = a1.vague ? a1.low : (Double) a1.value;
      high = switch (q2) {
        case "more-than", "at-least" -> null;
        default -> a2.vague ? a2.high : (Double) a2.value;
      };
    } else if (a1.vague) {
      qual = "vague";
      value = null;
      low = a1.low;
      high = switch (qualifier) {
        case "more-than", "at-least" -> null;
        default -> a1.high;
      };
      if (qualifier.equals("less-than") || qualifier.equals("at-most")) {
        low = null;
      }
    } else {
      qual = qualifier;
      value = a1.value;
      low = switch (qualifier) {
        case "exact", "more-than", "at-least" -> value;
        default -> null;
      };
      high = switch (qualifier) {
        case "exact", "less-than", "at-most" -> value;
        default -> null;
      };
    }
    if (divisor != 1) {
      value = value == null ? null : value / divisor;
      low = low == null ? null : low / divisor;
      high = high == null ? null : high / divisor;
    }
    String counts = null;
    String event = null;
    if (kind == FigureKind.COUNT) {
      int np = end;
      if (t.is(np, "more") || t.is(np, "additional") || t.is(np, "extra") || t.is(np, "other")) {
        np++;
      }
      if (last.vague && t.is(np, "of")) {
        np++; // "thousands of laborers"
      }
      String[] found = nounPhrase(np);
      counts = found[0];
      event = found[1];
      if (event == null) {
        event = eventBefore(i);
      }
    }
    out.add(figure(i, end, value, low, high, qual, kind, unit, counts, event));
    return end;
  }

  /** Whether "X to Y" / "X-Y" without "from" or "between" reads as a range: ascending, alike. */
  private boolean rangeAfter(Amount a1, Amount a2) {
    double v1 = a1.vague ? a1.low : a1.value;
    double v2 = a2.vague ? a2.low : a2.value;
    if (isYear(a1.from)) {
      return yearEnd(a1, a2) != null;
    }
    if (v1 < 1 && v2 > 2 && isFraction(a1)) {
      return false; // a price change and the new price: "NWA Inc 3/8 to 66"
    }
    return v2 > v1 || (a1.numeric && a1.scale == 1 && a2.scale > 1 && v1 < v2 / a2.scale) || a2.vague;
  }

  /** Whether the amount is written with a fraction slash: "3/8", "4-5/8". */
  private boolean isFraction(Amount a) {
    for (int k = a.from; k < a.to; k++) {
      if (t.is(k, "/")) {
        return true;
      }
    }
    return false;
  }

  private Double yearEnd(Amount a1, Amount a2) {
    if (!a2.plain) {
      return null;
    }
    String s = t.lower(a2.from);
    if (s.length() == 4 && isYear(a2.from) && a2.value > a1.value) {
      return a2.value;
    }
    if (s.length() == 2) {
      double y = Math.floor(a1.value / 100) * 100 + a2.value; // "2004-05"
      return y > a1.value && y - a1.value < 10 ? y : null;
    }
    return null;
  }

  /** Whether a year-like number reads as a year here rather than a count. */
  private boolean yearContext(int y, int end) {
    int p = y - 1;
    if (t.is(p, "'") || t.is(p, "’")) {
      p--; // "the country's 2004 budget"
    }
    if (t.isWord(p) && (FigureWords.BEFORE_YEAR.has(t, p) || FigureWords.MONTHS.has(t, p))) {
      return true;
    }
    // A lower-case word that is not a function word after it is a counted noun: "2000 troops".
    return !(t.isWord(end) && !t.capitalised(end) && !FigureWords.STOP.has(t, end));
  }

  /** "Windows 95", "FTSE 100", "Article 50": a small bare number right after a capitalised word. */
  private boolean nameBefore(Amount a) {
    int p = a.from - 1;
    return a.numeric && a.plain && a.value < 1000 && t.capitalised(p) && !initial(p)
        && !FigureWords.MONTHS.has(t, p);
  }

  /** Distances and events that a number glued to "m" (metres) comes before in sport. */
  private static final java.util.Set<String> METRE_WORDS =
      java.util.Set.of(
          "hurdles", "heats", "finals", "metres", "meters", "races", "sprints", "relays",
          "titles", "records", "medals", "events", "runners", "swimmers", "specialists");

  /**
   * Whether token k is a counted plural that a "14m" before it counts in millions ("customers",
   * "people", "users"): lower case, plural, not a word of races measured in metres.
   */
  private boolean countedAfter(int k) {
    if (!t.isWord(k) || t.touches(k - 1) || !t.raw(k).equals(t.lower(k))) {
      return false;
    }
    String w = t.lower(k);
    return (plural(w) || w.equals("people")) && !METRE_WORDS.contains(w);
  }

  /** "half", "third", "thirds", "quarters": the second half of a written fraction. */
  private boolean fractionWord(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower(i);
    String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return w.equals("half") || w.equals("halves") || singular.equals("quarter")
        || (NumberWords.ORDINALS.containsKey(singular) && !singular.equals("first") && !singular.equals("second"));
  }

  /** "G7", "A380", "Covid-19", "F-16": digits glued to letters before them. */
  private boolean gluedBefore(int i) {
    if (t.isWord(i - 1) && t.touches(i - 1)) {
      return true;
    }
    return (t.is(i - 1, "-") || t.is(i - 1, "/")) && t.touches(i - 1) && t.touches(i - 2)
        && t.isWord(i - 2) && !t.raw(i - 2).equals(t.lower(i - 2));
  }

  private boolean gluedAfter(int i) {
    return (t.isNum(i + 1) && t.touches(i));
  }

  /** "10:30", "7.30pm" fragments. */
  private boolean timeOfDay(int i) {
    return (t.is(i + 1, ":") && t.touches(i) && t.isNum(i + 2) && t.touches(i + 1))
        || (t.is(i - 1, ":") && t.touches(i - 1) && t.isNum(i - 2) && t.touches(i - 2))
        || (t.isNum(i) && t.touches(i) && (t.is(i + 1, "am") || t.is(i + 1, "pm")));
  }

  /** A currency named in words: its code (or word) and the token after its name. */
  private record Currency(String code, int end) {}

  /**
   * A currency word at token k, perhaps after up to two capitalised words naming whose it is
   * ("dlrs", "Danish crowns", "U.S. dlrs", "Hong Kong dollars"), or null.
   */
  private Currency currencyAfter(int k) {
    int j = k;
    for (int n = 0; n <= 3 && j < t.size; n++) {
      String code = t.isWord(j) ? FigureWords.CURRENCY_WORDS.get(t, j) : null;
      if (code != null) {
        if (n > 0) {
          String known = NumberWords.CURRENCY_NATIONS.get(nation(k, j) + " " + NumberWords.currencyNoun(t.lower(j)));
          code = known != null ? known : code;
        }
        return new Currency(code, j + 1);
      }
      if (t.capitalised(j)) {
        j++;
        if (t.is(j, ".") && t.touches(j - 1)) {
          j++; // "U.S."
        }
      } else {
        return null;
      }
    }
    return null;
  }

  /** The words of tokens [from, to) in lower case, joined by spaces ("u s", "hong kong"). */
  private String nation(int from, int to) {
    StringBuilder nation = new StringBuilder();
    for (int p = from; p < to; p++) {
      if (t.isWord(p)) {
        nation.append(nation.length() > 0 ? " " : "").append(t.lower(p));
      }
    }
    return nation.toString();
  }

  /** Whether a change verb just before makes "from X to Y" an old and a new value. */
  private boolean changeBefore(int i) {
    for (int p = i - 1; p >= Math.max(0, i - 5); p--) { // "rose a higher than expected 17,000 to"
      if (t.isWord(p) && FigureWords.CHANGE_VERBS.has(t, p)) {
        return true;
      }
      if (t.isNum(p) || !t.isWord(p)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a line break separates token i from the token before it (a table row's heading). */
  private boolean newlineBefore(int i) {
    for (int c = i > 0 ? t.end[i - 1] : 0; c < t.start[i]; c++) {
      if (t.text.charAt(c) == '\n' || t.text.charAt(c) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Whether token i starts a sentence, a line or a quotation. */
  private boolean initial(int i) {
    if (i <= 0) {
      return true;
    }
    if (newlineBefore(i)) {
      return true;
    }
    if (!t.isMark(i - 1)) {
      return false;
    }
    return ".!?:;\"“”‘’'(•—–-*[".contains(t.lower(i - 1));
  }

  // ---------------------------------------------------------------- qualifiers

  /** The first words of {@link NumberWords#QUALIFIERS}, to their index in {@link #QUALIFIER_ROWS}. */
  private static final FigureWords.Table<Integer> QUALIFIER_FIRST_WORDS;

  /** For each first word, the rows of {@link NumberWords#QUALIFIERS} it opens, in table order. */
  private static final int[][] QUALIFIER_ROWS;

  static {
    Map<String, Integer> firsts = new HashMap<>();
    List<int[]> rows = new ArrayList<>();
    for (int r = 0; r < NumberWords.QUALIFIERS.length; r++) {
      int f = firsts.computeIfAbsent(NumberWords.QUALIFIER_WORDS[r][0], w -> {
        rows.add(new int[0]);
        return rows.size() - 1;
      });
      int[] with = Arrays.copyOf(rows.get(f), rows.get(f).length + 1);
      with[with.length - 1] = r;
      rows.set(f, with);
    }
    QUALIFIER_FIRST_WORDS = FigureWords.table(firsts);
    QUALIFIER_ROWS = rows.toArray(new int[0][]);
  }

  /**
   * The qualifier starting at token i: {row in {@link NumberWords#QUALIFIERS}, token after it}, or null.
   * Longest wins; of two as long, the earlier row.
   */
  private int[] qualifierAt(int i) {
    Integer first = QUALIFIER_FIRST_WORDS.get(t, i);
    if (first == null) {
      return null;
    }
    int[] rows = QUALIFIER_ROWS[first];
    int[] best = null;
    for (int r : rows) {
      String[] words = NumberWords.QUALIFIER_WORDS[r];
      int k = 1; // the first word matched the look-up
      while (k < words.length && t.is(i + k, words[k])) {
        k++;
      }
      if (k == words.length && (best == null || i + k > best[1])) {
        best = new int[] {r, i + k};
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- numbers

  /** A number starting at token i, with its currency prefix and scale, or null. */
  private Amount amountAt(int i) {
    String currency = null;
    int j = i;
    if (t.isMark(j) && FigureWords.SYMBOLS.has(t, j) && t.isNum(j + 1)) {
      currency = FigureWords.SYMBOLS.get(t, j);
      j++;
    } else if (t.isWord(j) && FigureWords.DOLLAR_PREFIXES.has(t, j) && t.touches(j)
        && t.is(j + 1, "$") && t.isNum(j + 2) && !t.raw(j).equals(t.lower(j))) {
      currency = FigureWords.DOLLAR_PREFIXES.get(t, j);
      j += 2;
    } else if (t.isWord(j) && FigureWords.CODES.has(t, j) && t.isNum(j + 1)
        && t.raw(j).equals(t.lower(j).toUpperCase(Locale.ROOT))) {
      currency = t.lower(j).toUpperCase(Locale.ROOT);
      j++;
    }
    Amount a;
    if (t.isNum(j)) {
      if (t.lower(j) == null || (currency == null && t.isWord(j - 1) && t.touches(j - 1))) {
        return null;
      }
      a = new Amount();
      a.from = i;
      a.numeric = true;
      a.value = NumberTokens.value(t.lower(j));
      a.plain = t.end[j] - t.start[j] == t.lower(j).length() && !t.lower(j).contains(".");
      int k = j + 1;
      double frac = fraction(a.plain ? j : -1);
      if (frac > 0) {
        a.value = frac; // "3/4 pct"
        a.plain = false;
        k = j + 3;
      } else if (a.plain && !t.touches(j) && (frac = fraction(j + 1)) > 0) {
        a.value += frac; // Reuters prices: "82 1/8"
        a.plain = false;
        k = j + 4;
      } else if (a.plain && t.is(j + 1, "-") && t.touches(j) && t.touches(j + 1) && (frac = fraction(j + 2)) > 0) {
        a.value += frac; // and "8-1/4 pct", "101-5/8"
        a.plain = false;
        k = j + 5;
      }
      if (t.isWord(k)) {
        Double s = FigureWords.SCALES.get(t, k);
        if (s == null && t.touches(j) && (currency != null || currencyAfter(k + 1) != null)) {
          // "£600m", and "154m naira": a bare "m" is a million only beside a currency, else metres
          s = t.is(k, "m") ? (Double) 1e6 : t.is(k, "k") ? (Double) 1e3 : t.is(k, "b") ? (Double) 1e9 : null;
        } else if (s == null && t.touches(j) && t.is(k, "m") && countedAfter(k + 1)) {
          s = 1e6; // "14m customers", "2.5m people"; "the 100m hurdles" stays metres
        }
        if (s != null) {
          a.scale = s;
          a.value = scaled(a.value, s);
          a.plain = false;
          k++;
        }
      }
      a.to = k;
      a.low = a.value;
      a.high = a.value;
    } else if (currency == null) {
      a = wordsAt(j);
      if (a == null) {
        return null;
      }
    } else {
      return null;
    }
    a.currency = currency;
    return a;
  }

  /** The most decimals {@link #scaled} handles without BigDecimal. */
  private static final int MAX_DECIMALS = 6;

  /**
   * v times a power of ten, rounded once: 4.1 million is 4100000, not 4099999.9999999995. The result is
   * that of the decimal product of {@code Double.toString(v)} and the scale.
   *
   * <p>NOTE: the fast path finds v as m / 10^k (m below 10^7, k at most 6, the first k that round-trips);
   * for such v {@code Double.toString} gives exactly that decimal (checked for all 7 * 10^7 of them), so
   * the decimal product is m * scale / 10^k, which doubles compute exactly up to one correct rounding
   * while m * scale stays below 2^53. Other values take the BigDecimal path.
   */
  private static double scaled(double v, double scale) {
    for (int k = 0; v >= 0 && k <= MAX_DECIMALS; k++) {
      double m = Math.rint(v * NumberTokens.POWERS_OF_TEN[k]);
      if (m >= 1e7) {
        break;
      }
      if (m / NumberTokens.POWERS_OF_TEN[k] == v && m * scale < 0x1p53) {
        return m * scale / NumberTokens.POWERS_OF_TEN[k];
      }
    }
    return new java.math.BigDecimal(Double.toString(v)).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
  }

  /** The value of a fraction "a/b" at token j (b 2, 3, 4, 8, 16, 32 or 64; a below b), or 0. */
  private double fraction(int j) {
    if (!t.isNum(j) || !t.is(j + 1, "/") || !t.isNum(j + 2) || !t.touches(j) || !t.touches(j + 1)
        || t.lower(j) == null || t.lower(j + 2) == null || t.lower(j).length() > 2 || t.lower(j + 2).length() > 2
        || t.lower(j).contains(".") || t.lower(j + 2).contains(".") || t.touches(j + 2) && t.isNum(j + 3)) {
      return 0;
    }
    int a = Integer.parseInt(t.lower(j));
    int b = Integer.parseInt(t.lower(j + 2));
    boolean denominator = b == 2 || b == 3 || b == 4 || b == 8 || b == 16 || b == 32 || b == 64;
    return denominator && a > 0 && a < b ? (double) a / b : 0;
  }

  /** A number written in words at token i ("two", "twenty-five", "a dozen", "tens of thousands"), or null. */
  private Amount wordsAt(int i) {
    if (!t.isWord(i)) {
      return null;
    }
    if (t.is(i, "a") || t.is(i, "an")) {
      if (t.is(i + 1, "dozen")) {
        return exact(i, i + 2, 12);
      }
      if (t.is(i + 1, "few") && scaleWord(i + 2) > 0) {
        return vague(i, i + 3, 2 * scaleWord(i + 2), 9 * scaleWord(i + 2));
      }
      if (t.is(i + 1, "hundred") || t.is(i + 1, "thousand") || t.is(i + 1, "million") || t.is(i + 1, "billion")) {
        Amount a = cardinalAt(i + 1);
        if (a != null) {
          a.from = i;
        }
        return a;
      }
      return null;
    }
    if ((t.is(i, "several") || t.is(i, "few")) && scaleWord(i + 1) > 0) {
      double s = scaleWord(i + 1);
      return t.is(i, "few") ? vague(i, i + 2, 2 * s, 9 * s) : vague(i, i + 2, 3 * s, 9 * s);
    }
    if ((t.is(i, "tens") || t.is(i, "hundreds")) && t.is(i + 1, "of") && FigureWords.VAGUE_PLURALS.has(t, i + 2)) {
      double base = FigureWords.VAGUE_PLURALS.get(t, i + 2);
      double m = t.is(i, "tens") ? 10 : 100;
      if (base >= 1000) {
        return vague(i, i + 3, 2 * m * base, 10 * m * base - 1);
      }
    }
    Double base = FigureWords.VAGUE_PLURALS.get(t, i);
    if (base != null) {
      return base == 12.0 ? vague(i, i + 1, 24, 99) : vague(i, i + 1, 2 * base, 10 * base - 1);
    }
    return cardinalAt(i);
  }

  /** The value of "hundred", "thousand", ... at token i, or 0. */
  private double scaleWord(int i) {
    return t.is(i, "dozen") ? 12
        : t.is(i, "hundred") ? 1e2
        : t.is(i, "thousand") ? 1e3
        : t.is(i, "million") ? 1e6
        : t.is(i, "billion") ? 1e9
        : 0;
  }

  /** Cardinal words: "two", "twenty-five", "two hundred and fifty", "three million". */
  private Amount cardinalAt(int i) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int k = i;
    int limit = i + 12; // no written number is longer; keeps the look-ahead bounded
    while (k < t.size && k < limit && t.isWord(k)) {
      Integer c = FigureWords.CARDINALS.get(t, k);
      if (c != null) {
        if (any && current % 100 != 0 && c < 100) {
          break; // "two three" is two numbers
        }
        current += c;
        any = true;
        if (c >= 20 && t.is(k + 1, "-") && t.touches(k) && t.touches(k + 1) && t.isWord(k + 2)) {
          Integer unit = FigureWords.CARDINALS.get(t, k + 2);
          if (unit != null && unit > 0 && unit < 10) {
            current += unit;
            k += 2;
          }
        }
      } else if (t.is(k, "hundred") && (any || k == i)) {
        current = Math.max(current, 1) * 100;
        any = true;
      } else if ((t.is(k, "thousand") || t.is(k, "million") || t.is(k, "billion") || t.is(k, "trillion")
          || t.is(k, "mln") || t.is(k, "bn")) && (any || k == i)) {
        total += Math.max(current, 1) * FigureWords.SCALES.get(t, k);
        current = 0;
        any = true;
      } else if (t.is(k, "dozen") && any) {
        current *= 12;
      } else if (t.is(k, "and") && any && FigureWords.CARDINALS.has(t, k + 1)
          && (t.is(k - 1, "hundred") || t.is(k - 1, "thousand"))) {
        // "two hundred and fifty"
      } else {
        break;
      }
      k++;
    }
    if (!any) {
      return null;
    }
    return exact(i, k, total + current);
  }

  private static Amount exact(int from, int to, double v) {
    return amount(from, to, false, v, v, v);
  }

  private static Amount vague(int from, int to, double low, double high) {
    return amount(from, to, true, 0, low, high);
  }

  private static Amount amount(int from, int to, boolean vague, double value, double low, double high) {
    Amount a = new Amount();
    a.from = from;
    a.to = to;
    a.vague = vague;
    a.value = value;
    a.low = low;
    a.high = high;
    return a;
  }

  // ---------------------------------------------------------------- what is counted

  /** {counted head noun, event} from the noun phrase at token k and the verb after it. */
  private String[] nounPhrase(int k) {
    String head = null;
    String event = null;
    int j = k;
    int words = 0;
    while (words < 4 && t.isWord(j)) {
      if (FigureWords.STOP.has(t, j)) {
        break;
      }
      String w = t.lower(j);
      Event ev = eventAt(j);
      if (ev != null && ev.verb()) {
        break;
      }
      if (w.length() > 4 && w.endsWith("ly")) {
        j++; // an adverb modifies, it is never the head: "two heavily sanctioned regimes"
        continue;
      }
      if (w.endsWith("ed") && (words > 0 || !t.isWord(j + 1) || FigureWords.STOP.has(t, j + 1))) {
        break; // a verb ("15,000 deployed", "first time publicly confirmed"); "600 confirmed deaths" reads on
      }
      if (ev != null) {
        event = ev.event();
      }
      head = w;
      words++;
      j += ev != null ? ev.words() : 1;
      if (plural(w) && !t.is(j, "-")) {
        break; // a plural ends the phrase: "250 people came", "20 sectors surveyed"
      }
      if ((t.is(j, "-")) && t.touches(j - 1) && t.touches(j) && t.isWord(j + 1)) {
        j++; // "long-range weapons"
      }
    }
    if (event == null) {
      for (int a = 0; a < 6 && t.isWord(j); a++) {
        Event ev = eventAt(j);
        if (ev != null) {
          event = ev.event();
          break;
        }
        if (!FigureWords.AUX.has(t, j)) {
          break;
        }
        j++;
      }
    }
    return new String[] {head, event};
  }

  /** An event word in the few words before the figure: "a total deployment of 15,000", "sent 600". */
  private String eventBefore(int i) {
    for (int p = i - 1; p >= Math.max(0, i - 4); p--) {
      if (!t.isWord(p) || t.is(p, "aged") || t.is(p, "age")) {
        return null; // "died aged 93" is an age, not a death toll
      }
      Event ev = eventAt(p);
      if (ev != null) {
        return ev.event();
      }
    }
    return null;
  }

  private static final java.util.Set<String> IRREGULAR_PLURALS =
      java.util.Set.of("people", "men", "women", "children", "staff", "police", "personnel", "cattle", "feet");

  /** Whether a lower-case word reads as a plural noun: "soldiers", "people" (not "business"). */
  private static boolean plural(String w) {
    return IRREGULAR_PLURALS.contains(w) || (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        && !w.endsWith("us") && !w.endsWith("is"));
  }

  /** An event wording found in the text: its folded event, whether it is a verb, and its length in words. */
  private record Event(String event, boolean verb, int words) {}

  /** The event wording starting at token j, the longest there is, or null. */
  private Event eventAt(int j) {
    if (!t.isWord(j) || !FigureWords.EVENT_OPENERS.has(t, j)) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    Event best = null;
    for (int n = 0; n < FigureEvents.MAX_WORDS && t.isWord(j + n); n++) {
      if (n > 0) {
        b.append(' ');
      }
      b.append(t.lower(j + n));
      String[] ev = FigureEvents.get(b.toString());
      if (ev != null) {
        best = new Event(ev[0], ev[1].equals("verb"), n + 1);
      }
    }
    return best;
  }

  private Figure figure(int from, int to, Double value, Double low, Double high, String qualifier,
      FigureKind kind, String unit, String counts, String event) {
    int s = t.start[from];
    int e = t.end[to - 1];
    return new Figure(t.text.substring(s, e), s, e, value, low, high, qualifier, kind, unit, counts, event, null);
  }
}
