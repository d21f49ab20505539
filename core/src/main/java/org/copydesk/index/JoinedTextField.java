package org.copydesk.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;

/**
 * Several values of one text field (an article's quotes, its speakers, its sources) indexed as one
 * field instance: one token stream over the values joined by line ends, with a gap of {@link #GAP}
 * positions before each value after the first, so that no phrase matches across two values.
 *
 * <p>One instance instead of one per value: each instance costs Lucene a token stream set-up and
 * tear-down, which for an article with twenty quotes and speakers cost more than analysing their
 * words.
 */
final class JoinedTextField extends Field {

  /** Positions between two values: more than any phrase slop a query would use. */
  static final int GAP = 100;

  /** Where each value after the first starts in the joined text. */
  private final int[] starts;
  /** The values' tokens as the body had them, or null. */
  private final QuotedBodyTokens fromBody;
  /** Whether the last token stream replayed the body's tokens (for tests). */
  boolean replayed;

  private JoinedTextField(String name, String joined, int[] starts, QuotedBodyTokens fromBody) {
    super(name, joined, Schema.CLAIM_TYPE);
    this.starts = starts;
    this.fromBody = fromBody;
  }

  /** The values as one field, or null when there are none. */
  static JoinedTextField of(String name, List<String> values) {
    return of(name, values, null);
  }

  /**
   * The values as one field, or null when there are none; when the body has recorded their tokens
   * by the time this field is indexed ({@code fromBody}, may be null), those are indexed instead of
   * analysing the values again.
   */
  static JoinedTextField of(String name, List<String> values, QuotedBodyTokens fromBody) {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[values.size() - 1];
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        joined.append('\n');
        starts[i - 1] = joined.length();
      }
      joined.append(values.get(i));
    }
    return new JoinedTextField(name, joined.toString(), starts, fromBody);
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    replayed = fromBody != null && fromBody.recorded();
    if (replayed) {
      return fromBody.replay(reuse);
    }
    TokenStream values = super.tokenStream(analyzer, reuse);
    GapFilter gaps = reuse instanceof GapFilter g && g.wraps(values) ? g : new GapFilter(values);
    gaps.starts = starts;
    return gaps;
  }

  /** Adds {@link #GAP} to the position increment of the first token of each value after the first. */
  private static final class GapFilter extends ReusableFilter {
    int[] starts;
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increments = addAttribute(PositionIncrementAttribute.class);
    private int next;

    GapFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      boolean crossed = false;
      while (next < starts.length && offsets.startOffset() >= starts[next]) {
        crossed = true;
        next++;
      }
      if (crossed) {
        increments.setPositionIncrement(increments.getPositionIncrement() + GAP);
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
