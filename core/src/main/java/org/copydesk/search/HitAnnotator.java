package org.copydesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.index.Schema;

/**
 * Picks, from an article's extraction, the quotes and figures that a query asked about: quotes
 * holding a {@code quote:} term or said by a {@code speaker:} match, and count figures inside a
 * {@code figure:} range.
 */
final class HitAnnotator {

  private record Range(String field, double low, double high) {}

  private final Analyzer analyzer;
  private final Set<String> quoteTerms = new HashSet<>();
  private final Set<String> speakerTerms = new HashSet<>();
  private final List<Range> ranges = new ArrayList<>();

  HitAnnotator(Query query, Analyzer analyzer) {
    this.analyzer = analyzer;
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              if (Schema.QUOTE.equals(t.field())) {
                quoteTerms.add(t.text());
              } else if (Schema.SPEAKER.equals(t.field())) {
                speakerTerms.add(t.text());
              }
            }
          }

          @Override
          public void visitLeaf(Query q) {
            if (q instanceof PointRangeQuery p && Schema.isFigureField(p.getField()) && p.getNumDims() == 1) {
              ranges.add(
                  new Range(
                      p.getField(),
                      DoublePoint.decodeDimension(p.getLowerPoint(), 0),
                      DoublePoint.decodeDimension(p.getUpperPoint(), 0)));
            }
          }
        });
  }

  /** Whether the query asks about quotes, speakers or figures, so that hits need their extraction. */
  boolean wantsExtraction() {
    return !quoteTerms.isEmpty() || !speakerTerms.isEmpty() || !ranges.isEmpty();
  }

  List<Quote> quotes(Extraction x) {
    if (quoteTerms.isEmpty() && speakerTerms.isEmpty()) {
      return List.of();
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : x.quotes()) {
      boolean byQuote = !quoteTerms.isEmpty() && overlaps(Schema.QUOTE, q.text(), quoteTerms);
      boolean bySpeaker =
          !speakerTerms.isEmpty() && q.speaker() != null && overlaps(Schema.SPEAKER, q.speaker(), speakerTerms);
      if (byQuote || bySpeaker) {
        out.add(q);
      }
    }
    return out;
  }

  List<Figure> figures(Extraction x) {
    if (ranges.isEmpty()) {
      return List.of();
    }
    List<Figure> out = new ArrayList<>();
    for (Figure f : x.figures()) {
      Double point = f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
      if (f.kind() != FigureKind.COUNT || point == null) {
        continue;
      }
      for (Range r : ranges) {
        boolean eventMatches =
            Schema.FIGURE.equals(r.field())
                || (f.event() != null && r.field().equals(Schema.FIGURE_EVENT_PREFIX + f.event()));
        if (eventMatches && point >= r.low() && point <= r.high()) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  private boolean overlaps(String field, String text, Set<String> terms) {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      boolean found = false;
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          found = true;
        }
      }
      ts.end();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
