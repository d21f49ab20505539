package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests: a sentence in, its figures out (see {@link FigureDump#line} for the format). */
class FigureExtractorTest {

  private final FigureExtractor extractor = new FigureExtractor();

  private String figures(String text) {
    List<Figure> found = extractor.extract(text);
    for (Figure f : found) {
      assertEquals(f.text(), text.substring(f.start(), f.end()), "span of " + f);
    }
    return found.stream().map(FigureDump::line).collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        // numbers in digits and words, with scales
        "It has 600 staff.# 600 | COUNT v=600.0 [600.0,600.0] exact u=null counts=staff ev=null",
        "It has 1.28 million active soldiers.# 1.28 million | COUNT v=1280000.0 [1280000.0,1280000.0] exact u=null counts=soldiers ev=null",
        "Profit was 5.93 mln dlrs.# 5.93 mln dlrs | MONEY v=5930000.0 [5930000.0,5930000.0] exact u=USD counts=null ev=null",
        "Output hit 5.93 mln tonnes.# 5.93 mln | COUNT v=5930000.0 [5930000.0,5930000.0] exact u=null counts=tonnes ev=null",
        "It earned $1.13bn last year.# $1.13bn | MONEY v=1.13E9 [1.13E9,1.13E9] exact u=USD counts=null ev=null",
        "A £600m deal.# £600m | MONEY v=6.0E8 [6.0E8,6.0E8] exact u=GBP counts=null ev=null",
        "It paid US$40 each.# US$40 | MONEY v=40.0 [40.0,40.0] exact u=USD counts=null ev=null",
        "A dividend of 22 cts.# 22 cts | MONEY v=0.22 [0.22,0.22] exact u=USD counts=null ev=null",
        "It paid 600 mln Danish crowns.# 600 mln Danish crowns | MONEY v=6.0E8 [6.0E8,6.0E8] exact u=DKK counts=null ev=null",
        "Two hundred and fifty people came.# Two hundred and fifty | COUNT v=250.0 [250.0,250.0] exact u=null counts=people ev=null",
        "About twenty-five workers left.# About twenty-five | COUNT v=25.0 [null,null] approximate u=null counts=workers ev=null",
        "A dozen eggs.# A dozen | COUNT v=12.0 [12.0,12.0] exact u=null counts=eggs ev=null",
        // percentages
        "Shares rose 76%.# 76% | PERCENT v=76.0 [76.0,76.0] exact u=% counts=null ev=null",
        "Sales fell 5 per cent.# 5 per cent | PERCENT v=5.0 [5.0,5.0] exact u=% counts=null ev=null",
        "Rates at 5.3 pct.# 5.3 pct | PERCENT v=5.3 [5.3,5.3] exact u=% counts=null ev=null",
        "Fees are 3/4 pct.# 3/4 pct | PERCENT v=0.75 [0.75,0.75] exact u=% counts=null ev=null",
        "It rose two percentage points.# two percentage points | PERCENT v=2.0 [2.0,2.0] exact u=percentage point counts=null ev=null",
        // qualifiers and bounds
        "Up to 600 jobs will go.# Up to 600 | COUNT v=600.0 [null,600.0] at-most u=null counts=jobs ev=null",
        "Fewer than 50 people came.# Fewer than 50 | COUNT v=50.0 [null,50.0] less-than u=null counts=people ev=null",
        "Nearly 300 were injured.# Nearly 300 | COUNT v=300.0 [null,null] approximate u=null counts=null ev=wounded",
        "It costs between 5 and 10 dollars.# between 5 and 10 dollars | MONEY v=null [5.0,10.0] range u=USD counts=null ev=null",
        "A 5-10 minute wait.# 5-10 minute | DURATION v=null [5.0,10.0] range u=minute counts=null ev=null",
        "Some 5 to 10 million people.# Some 5 to 10 million | COUNT v=null [5000000.0,1.0E7] range u=null counts=people ev=null",
        "Prices rose from 5% to 7%.# 5% | PERCENT v=5.0 [5.0,5.0] exact u=% counts=null ev=null; 7% | PERCENT v=7.0 [7.0,7.0] exact u=% counts=null ev=null",
        "Hundreds of people fled.# Hundreds | COUNT v=null [200.0,999.0] vague u=null counts=people ev=displaced",
        "Two-thirds of voters and millions of pounds.# millions of pounds | MONEY v=null [2000000.0,9999999.0] vague u=GBP counts=null ev=null",
        "Mrs Hassan, 59, was abducted on 19 October.# 59 | COUNT v=59.0 [59.0,59.0] exact u=null counts=null ev=null; 19 October | DATE v=null [null,null] exact u=null counts=null ev=null",
        "Shares in 1986/87 and between 2003 and 2005.# 1986/87 | DATE v=null [1986.0,1987.0] range u=null counts=null ev=null; between 2003 and 2005 | DATE v=null [2003.0,2005.0] range u=null counts=null ev=null",
        // a change and the new level, not a range; "second" as a unit of time
        "The total rose a higher than expected 17,000 to 4.483 million.# 17,000 | COUNT v=17000.0 [17000.0,17000.0] exact u=null counts=null ev=null; 4.483 million | COUNT v=4483000.0 [4483000.0,4483000.0] exact u=null counts=null ev=null",
        "Delta rose 1/2 to 56-7/8, NWA Inc 3/8 to 66.# 1/2 | COUNT v=0.5 [0.5,0.5] exact u=null counts=null ev=null; 56-7/8 | COUNT v=56.875 [56.875,56.875] exact u=null counts=null ev=null; 3/8 | COUNT v=0.375 [0.375,0.375] exact u=null counts=null ev=null; 66 | COUNT v=66.0 [66.0,66.0] exact u=null counts=null ev=null",
        "World number three Lleyton Hewitt returns, as does the number 1 seed.# number three | ORDINAL v=3.0 [3.0,3.0] exact u=null counts=returns ev=null; number 1 | ORDINAL v=1.0 [1.0,1.0] exact u=null counts=null ev=null",
        "The tournament will take place from 9-15 January.# 9-15 January | DATE v=null [null,null] exact u=null counts=null ev=null",
        "It uses billions of pulses every second, a second time.# billions | COUNT v=null [2.0E9,9.999999999E9] vague u=null counts=pulses ev=null; second | ORDINAL v=2.0 [2.0,2.0] exact u=null counts=time ev=null",
        "A coupon of 8-1/4 pct, priced at 101-5/8.# 8-1/4 pct | PERCENT v=8.25 [8.25,8.25] exact u=% counts=null ev=null; 101-5/8 | COUNT v=101.625 [101.625,101.625] exact u=null counts=null ev=null",
        "It has 14m customers and won the 100m hurdles.# 14m | COUNT v=1.4E7 [1.4E7,1.4E7] exact u=null counts=customers ev=null",
        "More than two thirds of its staff left.#",
        "First Union Corp said its first quarter was good.# first | ORDINAL v=1.0 [1.0,1.0] exact u=null counts=quarter ev=null",
        "Priced at 82 1/8 and 20.3489 pesos.# 82 1/8 | COUNT v=82.125 [82.125,82.125] exact u=null counts=null ev=null; 20.3489 pesos | MONEY v=20.3489 [20.3489,20.3489] exact u=peso counts=null ev=null",
        "The tender is at 0730 GMT.#",
        "Lord Scarman has died aged 93.# 93 | COUNT v=93.0 [93.0,93.0] exact u=null counts=null ev=null",
        "Nine French peacekeepers were killed.# Nine | COUNT v=9.0 [9.0,9.0] exact u=null counts=peacekeepers ev=killed",
        "Dozens were arrested.# Dozens | COUNT v=null [24.0,99.0] vague u=null counts=null ev=arrested",
        "Police detained several thousand protesters.# several thousand | COUNT v=null [3000.0,9000.0] vague u=null counts=protesters ev=arrested",
        // durations, dates, ordinals
        "A two-year-old girl.# two-year-old | DURATION v=2.0 [2.0,2.0] exact u=year counts=null ev=null",
        "He met her on Feb 26 and in March 1987.# Feb 26 | DATE v=null [null,null] exact u=null counts=null ev=null; March 1987 | DATE v=1987.0 [1987.0,1987.0] exact u=null counts=null ev=null",
        "It was founded in 1987.# 1987 | DATE v=1987.0 [1987.0,1987.0] exact u=null counts=null ev=null",
        "The army sent 2000 troops.# 2000 | COUNT v=2000.0 [2000.0,2000.0] exact u=null counts=troops ev=deployed",
        "The 1980s were good.# 1980s | DATE v=1980.0 [1980.0,1989.0] range u=null counts=null ev=null",
        "Its 2nd plant opened.# 2nd | ORDINAL v=2.0 [2.0,2.0] exact u=null counts=plant ev=null",
        // names and other numbers that are not figures
        "He fought in World War Two and World War II.#",
        "Formula One and the G7 met.#",
        "It runs Windows 95 and joined the FTSE 100.#",
        "The Covid-19 crisis began at 10:30 and ended at 3pm.#",
        "One of them said no one came.#"
      })
  void findsFigures(String text, String expected) {
    assertEquals(expected == null ? "" : expected.trim(), figures(text));
  }

  @Test
  void aReutersTableHeadingIsNotAUnit() {
    // Reuters earnings tables: "Year" on its own line heads the next rows, it is not "mln years".
    assertEquals(
        "5.2 mln | COUNT v=5200000.0 [5200000.0,5200000.0] exact u=null counts=null ev=null; "
            + "4.1 mln | COUNT v=4100000.0 [4100000.0,4100000.0] exact u=null counts=null ev=null; "
            + "Six mths | DURATION v=6.0 [6.0,6.0] exact u=month counts=null ev=null",
        figures("Net 5.2 mln vs 4.1 mln\n    Year\n    Six mths"));
  }

  @Test
  void leavesSourceForTheCallerAndCoversTheQualifier() {
    String text = "Seoul said more than 6,000 casualties were reported.";
    Figure f = extractor.extract(text).get(0);
    assertEquals("more than 6,000", f.text());
    assertEquals(text.indexOf("more"), f.start());
    assertEquals(null, f.source());
  }

  @Test
  void emptyAndNullGiveNothing() {
    assertTrue(extractor.extract("").isEmpty());
    assertTrue(extractor.extract(null).isEmpty());
  }
}
