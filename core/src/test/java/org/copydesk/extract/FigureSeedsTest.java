package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every figure of the five seed articles (one Reuters story and four rewrites), checked by hand:
 * wording | kind | value [low, high] | qualifier | unit | counts | event, in text order.
 */
class FigureSeedsTest {

  private final FigureExtractor extractor = new FigureExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          000_eaba08dbf957fec9.txt # \
          25-minute | DURATION v=25.0 [25.0,25.0] exact u=minute counts=null ev=null;\
          first | ORDINAL v=1.0 [1.0,1.0] exact u=null counts=time ev=null;\
          August 2024 | DATE v=2024.0 [2024.0,2024.0] exact u=null counts=null ev=null;\
          approximately 600 | COUNT v=600.0 [null,null] approximate u=null counts=soldiers ev=killed;\
          15,000 | COUNT v=15000.0 [15000.0,15000.0] exact u=null counts=null ev=deployed;\
          more than 6,000 | COUNT v=6000.0 [6000.0,null] more-than u=null counts=casualties ev=casualties;\
          third | ORDINAL v=3.0 [3.0,3.0] exact u=null counts=meeting ev=null;\
          two years | DURATION v=2.0 [2.0,2.0] exact u=year counts=null ev=null;\
          two | COUNT v=2.0 [2.0,2.0] exact u=null counts=regimes ev=null
          001_b4c3d3bfb9c4bd4d.txt # \
          25-minute | DURATION v=25.0 [25.0,25.0] exact u=minute counts=null ev=null;\
          last August | DATE v=null [null,null] exact u=null counts=null ev=null;\
          first | ORDINAL v=1.0 [1.0,1.0] exact u=null counts=time ev=null;\
          two months | DURATION v=2.0 [2.0,2.0] exact u=month counts=null ev=null;\
          third | ORDINAL v=3.0 [3.0,3.0] exact u=null counts=meeting ev=null;\
          two years | DURATION v=2.0 [2.0,2.0] exact u=year counts=null ev=null;\
          two | COUNT v=2.0 [2.0,2.0] exact u=null counts=countries ev=null;\
          About 600 | COUNT v=600.0 [null,null] approximate u=null counts=null ev=killed;\
          15,000 | COUNT v=15000.0 [15000.0,15000.0] exact u=null counts=null ev=deployed;\
          more than 6,000 | COUNT v=6000.0 [6000.0,null] more-than u=null counts=casualties ev=casualties
          002_746a89ec8251371b.txt # \
          around 15,000 | COUNT v=15000.0 [null,null] approximate u=null counts=troops ev=deployed;\
          at least 1,000 | COUNT v=1000.0 [1000.0,null] at-least u=null counts=soldiers ev=killed;\
          first | ORDINAL v=1.0 [1.0,1.0] exact u=null counts=months ev=null;\
          three months | DURATION v=3.0 [3.0,3.0] exact u=month counts=null ev=null;\
          thousands | COUNT v=null [2000.0,9999.0] vague u=null counts=null ev=wounded;\
          around 600 | COUNT v=600.0 [null,null] approximate u=null counts=deaths ev=killed;\
          second | ORDINAL v=2.0 [2.0,2.0] exact u=null counts=ceremony ev=null;\
          third | ORDINAL v=3.0 [3.0,3.0] exact u=null counts=meeting ev=null;\
          two years | DURATION v=2.0 [2.0,2.0] exact u=year counts=null ev=null;\
          Last October | DATE v=null [null,null] exact u=null counts=null ev=null;\
          two | COUNT v=2.0 [2.0,2.0] exact u=null counts=countries ev=null;\
          around 1.28 million | COUNT v=1280000.0 [null,null] approximate u=null counts=soldiers ev=null
          003_24bbfdc0dc07064c.txt # \
          from a few hundred to over 600 | COUNT v=null [200.0,null] range u=null counts=null ev=killed;\
          tens of thousands | COUNT v=null [20000.0,99999.0] vague u=null counts=null ev=deployed;\
          2024 | DATE v=2024.0 [2024.0,2024.0] exact u=null counts=null ev=null;\
          more than 10,000 | COUNT v=10000.0 [10000.0,null] more-than u=null counts=troops ev=deployed;\
          from several hundred to more than 600 | COUNT v=null [300.0,null] range u=null counts=null ev=killed;\
          thousands | COUNT v=null [2000.0,9999.0] vague u=null counts=null ev=wounded;\
          250 | COUNT v=250.0 [250.0,250.0] exact u=null counts=portraits ev=null;\
          June 2024 | DATE v=2024.0 [2024.0,2024.0] exact u=null counts=null ev=null;\
          two | COUNT v=2.0 [2.0,2.0] exact u=null counts=states ev=null;\
          thousands | COUNT v=null [2000.0,9999.0] vague u=null counts=laborers ev=null
          004_67746789b2b4efb0.txt # \
          second | ORDINAL v=2.0 [2.0,2.0] exact u=null counts=time ev=null;\
          more than 10,000 | COUNT v=10000.0 [10000.0,null] more-than u=null counts=troops ev=deployed;\
          at least 600 | COUNT v=600.0 [600.0,null] at-least u=null counts=soldiers ev=killed;\
          thousands | COUNT v=null [2000.0,9999.0] vague u=null counts=null ev=wounded
          """)
  void findsEveryFigureOfTheSeed(String seed, String expected) throws IOException {
    String text = Files.readString(seeds().resolve(seed), StandardCharsets.UTF_8);
    var figures = extractor.extract(text);
    for (Figure f : figures) {
      assertEquals(f.text(), text.substring(f.start(), f.end()));
    }
    String got = figures.stream().map(FigureDump::line).collect(Collectors.joining(";\n"));
    assertEquals(expected.trim().replace(";", ";\n"), got);
  }

  /** The repository's seeds folder, from the module or the repository root. */
  static Path seeds() {
    for (Path p : new Path[] {Path.of("../seeds"), Path.of("seeds")}) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    assertTrue(false, "seeds/ not found from " + Path.of("").toAbsolutePath());
    return null;
  }
}
