package org.copydesk.search;

import java.time.Instant;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.copydesk.index.Schema;
import org.copydesk.ingest.JsonLinesReader;

/**
 * Lucene's classic query syntax over copydesk's fields: title (boosted) and body by default, OR
 * between terms, numeric ranges on figure fields ({@code figure:[500 TO 1000]},
 * {@code figure.killed:[500 TO *]}, {@code figure:600}) and date ranges on {@code published}
 * ({@code published:[2025-01-01 TO 2025-12-31]}).
 *
 * <p>NOTE: leading wildcards ({@code *ing}) are refused: they would scan the whole term
 * dictionary.
 */
final class CopydeskQueryParser extends MultiFieldQueryParser {

  CopydeskQueryParser(Analyzer analyzer) {
    super(Schema.DEFAULT_FIELDS.keySet().stream().sorted().toArray(String[]::new), analyzer, Schema.DEFAULT_FIELDS);
    setDefaultOperator(OR_OPERATOR);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field != null && Schema.isFigureField(field)) {
      double low = part1 == null || "*".equals(part1) ? Double.NEGATIVE_INFINITY : number(field, part1);
      double high = part2 == null || "*".equals(part2) ? Double.POSITIVE_INFINITY : number(field, part2);
      low = startInclusive || low == Double.NEGATIVE_INFINITY ? low : Math.nextUp(low);
      high = endInclusive || high == Double.POSITIVE_INFINITY ? high : Math.nextDown(high);
      return DoublePoint.newRangeQuery(normalise(field), low, high);
    }
    if (Schema.PUBLISHED.equals(field)) {
      long low = part1 == null || "*".equals(part1) ? Long.MIN_VALUE : date(part1);
      long high = part2 == null || "*".equals(part2) ? Long.MAX_VALUE : date(part2);
      low = startInclusive || low == Long.MIN_VALUE ? low : low + 1;
      high = endInclusive || high == Long.MAX_VALUE ? high : high - 1;
      return LongPoint.newRangeQuery(Schema.PUBLISHED, low, high);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field != null && Schema.isFigureField(field)) {
      return DoublePoint.newExactQuery(normalise(field), number(field, queryText));
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  private static String normalise(String field) {
    return field.toLowerCase(Locale.ROOT);
  }

  private static double number(String field, String text) throws ParseException {
    try {
      return Double.parseDouble(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new ParseException(field + ": expected a number, got '" + text + "'");
    }
  }

  private static long date(String text) throws ParseException {
    Instant instant = JsonLinesReader.parseDate(text);
    if (instant == null) {
      throw new ParseException("published: expected an ISO-8601 date, got '" + text + "'");
    }
    return instant.toEpochMilli();
  }
}
