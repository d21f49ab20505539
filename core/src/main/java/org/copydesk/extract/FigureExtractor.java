package org.copydesk.extract;

import java.util.List;

/**
 * Finds the figures in an article's text (counts, percentages, money, durations, dates and ranks) and
 * normalises each to a value and bounds.
 *
 * <p>Numbers are found written with digits ({@code 600}, {@code 15,000}, {@code 1.28 million},
 * {@code $1.13bn}, {@code £600m}, Reuters' {@code 5.93 mln dlrs}) or words ({@code two}, {@code a
 * dozen}, {@code several hundred}, {@code tens of thousands}). A qualifier before the number is part
 * of the figure's span and sets its bounds:
 *
 * <table>
 *   <caption>qualifiers</caption>
 *   <tr><th>wording</th><th>qualifier</th><th>value</th><th>low</th><th>high</th></tr>
 *   <tr><td>600</td><td>exact</td><td>600</td><td>600</td><td>600</td></tr>
 *   <tr><td>about / around / approximately / some / nearly / almost / roughly / an estimated 600</td>
 *       <td>approximate</td><td>600</td><td>null</td><td>null</td></tr>
 *   <tr><td>more than / over / in excess of 600</td><td>more-than</td><td>600</td><td>600</td><td>null</td></tr>
 *   <tr><td>at least / no fewer than 600</td><td>at-least</td><td>600</td><td>600</td><td>null</td></tr>
 *   <tr><td>up to / at most / as many as 600</td><td>at-most</td><td>600</td><td>null</td><td>600</td></tr>
 *   <tr><td>fewer than / less than / under / below 600</td><td>less-than</td><td>600</td><td>null</td><td>600</td></tr>
 *   <tr><td>between 5 and 10 / from 5 to 10 / 5-10 / 5 to 10</td><td>range</td><td>null</td><td>5</td><td>10</td></tr>
 *   <tr><td>thousands</td><td>vague</td><td>null</td><td>2000</td><td>9999</td></tr>
 * </table>
 *
 * <p>Approximate figures keep the stated value and leave both bounds open: the wording says the number
 * is near 600, not by how much. Vague quantities carry no value, only a documented range: "a few" is
 * 2 to 9 times the scale ("a few hundred" = 200..900), "several" 3 to 9 times, "dozens" 24..99,
 * "hundreds" 200..999, "thousands" 2,000..9,999, "millions" 2..9.999999 million, "tens of thousands"
 * 20,000..99,999 and "hundreds of thousands" 200,000..999,999. A range's bounds come from its two ends,
 * so "from a few hundred to over 600" is low 200, high null (open above).
 *
 * <p>Kinds:
 *
 * <ul>
 *   <li>PERCENT: {@code 76%}, {@code 5 per cent}, {@code 5 pct}; unit "%" or "percentage point".
 *   <li>MONEY: a currency symbol, code or word, perhaps after a nationality ({@code 600 mln Danish
 *       crowns}); unit the ISO code, "$" alone is USD, a crown, franc or peso of no named country keeps
 *       the word; {@code 22 cts} is 0.22 USD; a bare {@code m} is a million only beside a currency.
 *   <li>DURATION: a number and a time unit, also hyphenated ({@code 25-minute}, {@code 40-year-old});
 *       unit the singular unit.
 *   <li>DATE: a month with a day or year ({@code August 2024}, {@code Feb 26}), "last October", or a
 *       year 1800..2100 written without a comma unless a counted noun follows it ("in 2024" and "the
 *       2024 treaty" are dates, "2000 troops" a count); the value is the year, or null when none is
 *       written. Crop and fiscal years ({@code 1986/87}) and decades ({@code 1980s}) are ranges.
 *   <li>ORDINAL: {@code third}, {@code 2nd}; value the rank.
 *   <li>COUNT: the rest. Reuters price fractions count ({@code 82 1/8} is 82.125, {@code 3/4 pct} is
 *       0.75%); written fractions ("two-thirds", "a third of") are not figures.
 * </ul>
 *
 * <p>For counts, {@code counts} is the head of the noun phrase after the number ("600 North Korean
 * soldiers" counts "soldiers") and {@code event} is folded through the synonym table {@code
 * figure-events.tsv} from the phrase itself ("600 deaths"), the verb after it ("600 have been killed")
 * or the words just before it ("a deployment of 15,000"). Ordinals get {@code counts} too ("third
 * meeting").
 *
 * <p>NOTE: a lone "one" (a pronoun far more often than a figure) and numbers that are part of names are
 * not figures: a capitalised number word inside a sentence ("World War Two", "Formula One"), a small
 * number after a capitalised word ("Windows 95", "FTSE 100"), or a number glued to letters ("G7",
 * "Covid-19", "3pm"). Times of day are skipped. {@link Figure#source()} is always null here; the caller
 * links sources from the same sentence.
 *
 * <p>NOTE: one hand-written pass over the tokens with bounded look-ahead: linear in the text's length
 * on any input. Instances hold no state and are safe to share between threads.
 */
public final class FigureExtractor {

  /** Creates an extractor; the tables are shared and immutable. */
  public FigureExtractor() {}

  /**
   * The figures in the text, in text order, never overlapping.
   *
   * @param text the article text; null or empty gives an empty list
   * @return the figures, each with {@code text.substring(start, end)} equal to its wording
   */
  public List<Figure> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return new FigureScanner(new NumberTokens(text)).scan();
  }
}
