package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.util.BytesRef;
import org.copydesk.extract.ArticleExtractor;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;
import org.copydesk.extract.Source;
import org.copydesk.ingest.Article;
import org.junit.jupiter.api.Test;

/** The stored form gives back exactly the extraction it was made from, and is smaller than JSON. */
class ExtractionCodecTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void seedExtractionsComeBackEqualAndSmallerThanTheirJson() throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    int articles = 0;
    try (DirectoryStream<Path> seeds = Files.newDirectoryStream(Path.of("..", "seeds"), "*.txt")) {
      for (Path seed : seeds) {
        Extraction x = extractor.extract(Article.of(seed.toString(), "", Files.readString(seed, StandardCharsets.UTF_8)));
        assertFalse(x.quotes().isEmpty() || x.figures().isEmpty() || x.sources().isEmpty(), seed.toString());
        BytesRef bytes = ExtractionCodec.encode(x);
        assertEquals(x, ExtractionCodec.decode(bytes), seed.toString());
        int json = JSON.writeValueAsBytes(x).length; // the form `copydesk extract --json` prints
        assertTrue(bytes.length * 2 < json, seed + ": " + bytes.length + " bytes, JSON " + json);
        articles++;
      }
    }
    assertEquals(5, articles);
  }

  @Test
  void numbersKeepTheirExactBits() {
    Double[] numbers = {0.0, -0.0, 1.0, -1.0, 0.125, 1.0E9, 2.7E9, -3.5, 1.0E300, -1.0E300, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, (double) Long.MAX_VALUE,
        (double) Long.MIN_VALUE, 9.007199254740993E15, null};
    for (Double value : numbers) {
      Figure f = new Figure("x", 0, 1, value, value, null, "exact", FigureKind.COUNT, null, null, null, null);
      Extraction x = new Extraction(List.of(), List.of(f), List.of());
      Figure back = ExtractionCodec.decode(ExtractionCodec.encode(x)).figures().get(0);
      // Double.equals compares bits: NaN is NaN, and -0.0 is not 0.0.
      assertEquals(value, back.value(), String.valueOf(value));
      assertEquals(value, back.low(), String.valueOf(value));
    }
  }

  @Test
  void emptyComesBackEmpty() {
    assertEquals(Extraction.empty(), ExtractionCodec.decode(ExtractionCodec.encode(Extraction.empty())));
  }

  @Test
  void bytesLeftOverAreAnError() {
    BytesRef bytes = ExtractionCodec.encode(Extraction.empty());
    BytesRef longer = new BytesRef(new byte[bytes.length + 1]);
    assertThrows(IllegalStateException.class, () -> ExtractionCodec.decode(longer));
  }

  @Property(tries = 300)
  void anyExtractionComesBackEqual(@ForAll("extractions") Extraction x) {
    BytesRef bytes = ExtractionCodec.encode(x);
    // at an offset inside a larger array, as Lucene hands stored bytes back
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes.bytes, bytes.offset, padded, 3, bytes.length);
    assertEquals(x, ExtractionCodec.decode(new BytesRef(padded, 3, bytes.length)));
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    // Few distinct strings, so that the table of repeated ones is used; any Unicode among them.
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("said", "Kim", "KCNA", "he said", "", "600"), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> maybe = text.injectNull(0.3);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 1 << 20);
    Arbitrary<Integer> maybeOffset = offset.injectNull(0.4);
    Arbitrary<Double> number = Arbitraries.oneOf(
        Arbitraries.integers().map(Integer::doubleValue), Arbitraries.doubles(),
        Arbitraries.of(-0.0, Double.NaN, 1.0E300, 0.125)).injectNull(0.3);
    Arbitrary<Quote> quote = Combinators.combine(text, offset, Arbitraries.integers().between(0, 5000),
            Arbitraries.of(QuoteKind.class), maybe, maybeOffset, maybeOffset, maybe)
        .as((t, s, len, k, speaker, ss, se, cue) -> new Quote(t, s, s + len, k, speaker, ss, se, cue));
    Arbitrary<Figure> figure = Combinators.combine(text, offset, number, number, number,
            maybe, Arbitraries.of(FigureKind.class), maybe)
        .as((t, s, v, lo, hi, q, k, unit) -> new Figure(t, s, s + 3, v, lo, hi, q, k, unit, q, unit, t));
    Arbitrary<Source> source = Combinators.combine(text, text, offset, maybe, maybe)
        .as((name, canonical, s, cue, type) -> new Source(name, canonical, s, s + 1, cue, type));
    return Combinators.combine(quote.list().ofMaxSize(8), figure.list().ofMaxSize(8), source.list().ofMaxSize(8))
        .as(Extraction::new);
  }
}
