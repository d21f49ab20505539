package org.copydesk.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.copydesk.extract.Quote;
import org.copydesk.ingest.Article;

/**
 * The body's analysed tokens that lie inside its quotations, kept while the body is indexed so that
 * the {@code quote} field reuses them instead of analysing the quoted words a second time (the
 * English chain, Porter stemmer included, is most of what the quote field costs).
 *
 * <p>It applies when the body is one run of the text the quotes' offsets index and each quote's
 * parts (a quote split by its attribution or a paragraph break joins them with one space) are runs
 * of the body in order; otherwise {@link #of} gives null and the quote field analyses its text as
 * before. The tokens are the same either way, since the analyser decides each token from its own
 * characters and quotation marks always end a token. Only position steps can differ: a quotation's
 * first token comes {@link JoinedTextField#GAP} positions after the last quotation whatever stop
 * words its own analysis would count before it, and a later part's first token counts the stop
 * words just before it in the body, which are those its own analysis would count unless the
 * attribution ends with one.
 *
 * <p>NOTE: it relies on Lucene inverting the body before the quote field, as Lucene 9 does (fields
 * in the order they were added). Were it otherwise, the quote field would find no tokens recorded
 * and analyse its text itself: slower, never wrong.
 */
final class QuotedBodyTokens {

  private static final int STRIDE = 5;

  /** The quoted runs of the body: start and end offsets, in order, none overlapping. */
  private final int[] spans;
  /** Per run (half the index into {@link #spans}): the quotation it is part of. */
  private final int[] quoteOfRun;

  private char[] chars = new char[256];
  private int charCount;
  /**
   * Per token, {@link #STRIDE} ints: where its term starts in {@link #chars}, its length, its
   * offsets in the body and its position increment there.
   */
  private int[] tokens = new int[16 * STRIDE];
  /** Per token: its run (half its index into {@link #spans}). */
  private int[] runOf = new int[16];
  private int tokenCount;
  private boolean recorded;

  private QuotedBodyTokens(int[] spans, int[] quoteOfRun) {
    this.spans = spans;
    this.quoteOfRun = quoteOfRun;
  }

  /** The recorder for this article's quotes, or null when they cannot be taken from its body. */
  static QuotedBodyTokens of(Article article, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return null; // most wire stories: no need to compare body and text
    }
    String body = article.body();
    int shift = bodyStart(article.text(), body);
    if (shift < 0) {
      return null;
    }
    int[] spans = new int[quotes.size() * 2];
    int[] quoteOfRun = new int[quotes.size()];
    int runs = 0;
    int last = 0;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String text = q.text();
      int limit = Math.min(q.end() - shift, body.length());
      int at = q.start() + 1 - shift;
      int k = 0;
      while (true) { // one run of the quote's text per pass: its parts are joined by one space
        if (at < last || at >= limit) {
          return null;
        }
        int m = 0;
        while (k + m < text.length() && at + m < limit && text.charAt(k + m) == body.charAt(at + m)) {
          m++;
        }
        if (m == 0) {
          return null;
        }
        if (2 * runs + 2 > spans.length) {
          spans = Arrays.copyOf(spans, spans.length * 2);
          quoteOfRun = Arrays.copyOf(quoteOfRun, quoteOfRun.length * 2);
        }
        spans[2 * runs] = at;
        spans[2 * runs + 1] = at + m;
        quoteOfRun[runs++] = i;
        last = at + m;
        k += m;
        if (k == text.length()) {
          break;
        }
        if (text.charAt(k) == ' ') {
          k++; // the space that joins two parts
        } else if (text.charAt(k - 1) != ' ') {
          return null; // (when the body has a space there too, the run took it already)
        }
        if (k == text.length()) {
          return null;
        }
        // the next part follows the attribution or the paragraph break, within the quote's span,
        // and starts a word ("Lean." is not the end of "McLean.")
        at = body.indexOf(text.substring(k, Math.min(text.length(), k + 24)), last);
        if (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))) {
          return null;
        }
      }
    }
    return new QuotedBodyTokens(Arrays.copyOf(spans, 2 * runs), Arrays.copyOf(quoteOfRun, runs));
  }

  /**
   * Where the body starts in the text, or -1 when it is not one run of it. The readers make the
   * body the text, its end (a plain-text file's headline line taken off) or its start (a signature
   * line taken off), with the spaces at either end stripped; furniture taken out of the middle
   * makes it something else.
   */
  static int bodyStart(String text, String body) {
    if (body.length() >= text.length()) {
      return text.equals(body) ? 0 : -1;
    }
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - body.length();
    if (start >= 0 && text.startsWith(body, start)) {
      return start;
    }
    start = 0; // or its start: a signature line taken off the end
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.startsWith(body, start) ? start : -1;
  }

  /**
   * The body field, recording the quoted tokens of {@code quoted} (may be null: nothing to record)
   * as Lucene analyses it.
   *
   * <p>The recorder of the thread's last body is reused ({@link ReusableFilter}).
   */
  static IndexableField bodyField(String body, QuotedBodyTokens quoted) {
    return new Field(Schema.BODY, body, Schema.BODY_TYPE) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        TokenStream analysed = super.tokenStream(analyzer, reuse);
        Recorder recorder = reuse instanceof Recorder r && r.wraps(analysed) ? r : new Recorder(analysed);
        recorder.target = quoted;
        return recorder;
      }
    };
  }

  /** How many runs of the body the quotes' text is in (a split quote is in two or more). */
  int runs() {
    return quoteOfRun.length;
  }

  /** Whether the body has been analysed to its end, so that {@link #replay} has every token. */
  boolean recorded() {
    return recorded;
  }

  /** The recorded tokens as a stream, reusing {@code reuse} when it is a replay. */
  TokenStream replay(TokenStream reuse) {
    Replay replay = reuse instanceof Replay r ? r : new Replay();
    replay.source = this;
    return replay;
  }

  private void add(CharTermAttribute term, int start, int end, int increment, int run) {
    int length = term.length();
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
    }
    System.arraycopy(term.buffer(), 0, chars, charCount, length);
    if (STRIDE * (tokenCount + 1) > tokens.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
      runOf = Arrays.copyOf(runOf, runOf.length * 2);
    }
    int t = STRIDE * tokenCount;
    tokens[t] = charCount;
    tokens[t + 1] = length;
    tokens[t + 2] = start;
    tokens[t + 3] = end;
    tokens[t + 4] = increment;
    runOf[tokenCount] = run;
    charCount += length;
    tokenCount++;
  }

  /** Passes the body's tokens through, keeping those inside a quotation of its target's. */
  private static final class Recorder extends ReusableFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increments = addAttribute(PositionIncrementAttribute.class);
    /** Where the tokens go, or null. */
    QuotedBodyTokens target;
    private int span;
    private boolean straddled;

    Recorder(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (target == null) {
        return true;
      }
      int[] spans = target.spans;
      int start = offsets.startOffset();
      int end = offsets.endOffset();
      while (span < spans.length && start >= spans[span + 1]) {
        span += 2;
      }
      if (span < spans.length && end > spans[span]) {
        if (start >= spans[span] && end <= spans[span + 1]) {
          target.add(term, start, end, increments.getPositionIncrement(), span / 2);
        } else {
          straddled = true; // a token across a quotation's edge: its own analysis would cut it
        }
      }
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      if (target != null) {
        target.recorded = !straddled;
      }
    }

    @Override
    public void close() throws IOException {
      super.close();
      target = null;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      span = 0;
      straddled = false;
      if (target != null) {
        target.charCount = 0;
        target.tokenCount = 0;
        target.recorded = false;
      }
    }
  }

  /**
   * Replays the recorded tokens with their position increments in the body, except that each
   * quotation's first token comes {@link JoinedTextField#GAP} positions after the last quotation.
   */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increments = addAttribute(PositionIncrementAttribute.class);
    QuotedBodyTokens source;
    private int next;
    private int lastRun;
    private int lastEnd;

    @Override
    public boolean incrementToken() {
      if (next >= source.tokenCount) {
        return false;
      }
      clearAttributes();
      int t = STRIDE * next;
      term.copyBuffer(source.chars, source.tokens[t], source.tokens[t + 1]);
      offsets.setOffset(source.tokens[t + 2], source.tokens[t + 3]);
      int run = source.runOf[next];
      if (next == 0) {
        increments.setPositionIncrement(1);
      } else if (source.quoteOfRun[run] != source.quoteOfRun[lastRun]) {
        increments.setPositionIncrement(1 + JoinedTextField.GAP);
      } else {
        // within a part, and where a part follows another: the stop words just before it count
        increments.setPositionIncrement(source.tokens[t + 4]);
      }
      lastRun = run;
      lastEnd = source.tokens[t + 3];
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offsets.setOffset(lastEnd, lastEnd);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      lastRun = 0;
      lastEnd = 0;
    }

    @Override
    public void close() throws IOException {
      super.close();
      source = null;
    }
  }
}
