package org.copydesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables of article text -> quotes: the five seeds read by hand, and small BBC-style cases. */
class QuoteExtractorTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
  private static final String KIM = "Kim Jong Un";

  /** Every quote of every seed: kind, speaker (null for phrases), start of the quoted words. */
  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("000_eaba08dbf957fec9.txt", List.of(
            "PARTIAL|" + KIM + "|Beautiful Life",
            "PARTIAL|" + KIM + "|beautiful life",
            "DIRECT|" + KIM + "|They did not write even a short letter to me, but I think",
            "PARTIAL|" + KIM + "|tenacity, patriotism, and justice",
            "DIRECT|" + KIM + "|You are the most patriotic people",
            "DIRECT|" + KIM + "|We will provide you with a beautiful life")),
        Arguments.of("001_b4c3d3bfb9c4bd4d.txt", List.of(
            "PARTIAL|" + KIM + "|beautiful life",
            "PARTIAL|" + KIM + "|a beautiful life",
            "PHRASE|null|martyrs",
            "PARTIAL|" + KIM + "|grief at having failed",
            "PARTIAL|" + KIM + "|the most tenacious, patriotic",
            "DIRECT|" + KIM + "|They did not write even a short letter",
            "PARTIAL|" + KIM + "|provide you with a beautiful life",
            "PHRASE|null|Operation Kursk Liberation")),
        Arguments.of("002_746a89ec8251371b.txt", List.of(
            "PARTIAL|" + KIM + "|deep condolences",
            "DIRECT|" + KIM + "|I thought about the many families",
            "DIRECT|" + KIM + "|I wanted to meet them personally",
            "PARTIAL|" + KIM + "|closest comrade")),
        Arguments.of("003_24bbfdc0dc07064c.txt", List.of(
            "PARTIAL|" + KIM + "|a beautiful life",
            "PARTIAL|" + KIM + "|as staunch and courageous fighters",
            "PARTIAL|" + KIM + "|breaks and aches",
            "PARTIAL|" + KIM + "|a beautiful life",
            "PARTIAL|" + KIM + "|Beautiful Life",
            "PHRASE|null|Martyred")),
        Arguments.of("004_67746789b2b4efb0.txt", List.of(
            "PARTIAL|" + KIM + "|unbearable pain",
            "PARTIAL|" + KIM + "|defend the country’s honour",
            "DIRECT|" + KIM + "|I had this meeting arranged",
            "PARTIAL|" + KIM + "|failed to save the precious lives",
            "PARTIAL|" + KIM + "|trained admirably as staunch",
            "DIRECT|" + KIM + "|I, our state and our army",
            "PARTIAL|" + KIM + "|beautiful life")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void findsEveryQuoteOfTheSeed(String file, List<String> expected) throws IOException {
    String text = QuoteDevSetTest.read("devsets/quotes/seeds/" + file);
    List<String> got = new ArrayList<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      got.add(q.kind() + "|" + q.speaker() + "|" + q.text());
      checkOffsets(text, q);
    }
    assertEquals(expected.size(), got.size(), "quotes of " + file + ": " + got);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(got.get(i).startsWith(expected.get(i)), "expected " + expected.get(i) + " got " + got.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakers")
  void speakerOfTheLastQuote(String why, String text, String speaker) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(speaker, quotes.get(quotes.size() - 1).speaker(), why + ": " + quotes);
  }

  static Stream<Arguments> speakers() {
    return Stream.of(
        Arguments.of("a contraction opening a quoted sentence is nobody",
            "Collins ran in Birmingham.\n\n\"I'm looking forward to it,\" he said.", "Collins"),
        Arguments.of("a demonym after the cue stands for the person named before",
            "Director Peter Jackson spoke. \"It will take years,\" said the New Zealander.", "Peter Jackson"),
        Arguments.of("so does an age",
            "Jimmy Connors arrived. \"I have had talks,\" the 52-year-old said.", "Jimmy Connors"),
        Arguments.of("and a description with \"the\"",
            "Peter Jackson has said it will take years. The Oscar winner said there was a \"desire\" to make it.",
            "Peter Jackson"),
        Arguments.of("a short quote in a clause of reported speech",
            "Chairman Louis Schweitzer said 2004 had been a \"great year\" for the firm.", "Louis Schweitzer"),
        Arguments.of("a quote joined to an attributed one",
            "Esther Rantzen said he was \"so lovely\" and a \"delight\" to work with.", "Esther Rantzen"),
        Arguments.of("the name after a description and \"and\"",
            "Fletcher was described as a \"consummate professional\" by his friend and fellow broadcaster Michael Pointon.",
            "Michael Pointon"),
        Arguments.of("an inverted cue that opens the sentence",
            "Parker is injured.\n\nSaid Wales coach Scott Johnson: \"We're positive about Hal.\"", "Scott Johnson"),
        Arguments.of("a quoted paragraph after a cue that names someone",
            "Andy Richards, of Swansea UAF, said the leaflet was expected.\n\n\"The people will not put up with this.\"",
            "Andy Richards"),
        Arguments.of("he is not an organisation named by one word",
            "Michael Howard spoke. Labour says it offers a \"failed Tory past\". Mr Howard published it. "
                + "In a speech, he said the \"forgotten majority\" mattered.", "Michael Howard"));
  }

  @Test
  void quoteSplitByItsAttributionIsOneQuote() {
    String text = "Kim met them.\n“They did not write to me,” Kim told the families, “but I think they trusted me.”";
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(1, quotes.size());
    Quote q = quotes.get(0);
    assertEquals("They did not write to me, but I think they trusted me.", q.text());
    assertEquals(text.indexOf('“'), q.start());
    assertEquals(text.length(), q.end());
    assertEquals("told", q.cue());
    assertEquals("Kim", text.substring(q.speakerStart(), q.speakerEnd()));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // text, kind, speaker, mention, cue
        Arguments.of("Markets fell.\n\"It is bad,\" said Mr Smith. Mr Smith is Adam Smith's namesake.",
            "DIRECT", "Adam Smith", "Mr Smith", "said"),
        Arguments.of("Tony Blair spoke.\nMr Blair told a news conference: \"It will be a report that's frank.\"",
            "DIRECT", "Tony Blair", "Mr Blair", "told"),
        Arguments.of("Ann Lee spoke.\n\"We are struggling with the gap,\" she explained.",
            "DIRECT", "Ann Lee", "she", "explained"),
        Arguments.of("A vote.\nHe called it a \"stunning piece of engineering that works\".",
            "PARTIAL", null, null, null),
        Arguments.of("Families of \"martyrs\" met.", "PHRASE", null, null, null),
        Arguments.of("The slogan \"Britain is Working\" won.", "PHRASE", null, null, null),
        Arguments.of("Hunt ban support is 'in decline'\n\nText.", "PHRASE", null, null, null),
        Arguments.of("Reports were described as \"idle speculation\" by Downing Street.",
            "PARTIAL", "Downing Street", "Downing Street", "described"),
        Arguments.of("Bob Geldof arrived.\nIt's \"a boost\", the paper quoted Mr Geldof as saying.",
            "PARTIAL", "Bob Geldof", "Mr Geldof", "quoted"),
        Arguments.of("Trade pact.\nIn the announcement, Reagan said \"I am committed to free and fair trade.\"",
            "DIRECT", "Reagan", "Reagan", "said"),
        Arguments.of("Gulf.\nAsked what was left of the platform, Weinberger said, \"Nothing.\"",
            "DIRECT", "Weinberger", "Weinberger", "said"),
        Arguments.of("Tory plans.\nA Tory government would sort out the \"shambles\" of immigration and"
            + " bring discipline to schools, the party said.", "PARTIAL", "party", "party", "said"),
        Arguments.of("Tory plans.\nA Tory government would sort out the \"shambles\" of immigration and"
            + " bring discipline to schools.", "PHRASE", null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifiesAndAttributes(String text, String kind, String speaker, String mention, String cue) {
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    Quote q = quotes.get(0);
    checkOffsets(text, q);
    assertEquals(kind, q.kind().name());
    assertEquals(speaker, q.speaker());
    assertEquals(cue, q.cue());
    if (mention == null) {
      assertNull(q.speakerStart());
    } else {
      assertEquals(mention, text.substring(q.speakerStart(), q.speakerEnd()));
    }
  }

  static Stream<Arguments> marks() {
    return Stream.of(
        // text, expected quoted texts joined by " || "
        Arguments.of("North Korea’s troops and the sons’ and husbands’ sacrifice.", ""),
        Arguments.of("He said: \"I think so. \"We all know it. \"I'm lucky.\" Then he left.",
            "I think so. We all know it. I'm lucky."),
        Arguments.of("He said: \"The last year was great.\n\n\"These awards reflect it.\" Then.",
            "The last year was great. These awards reflect it."),
        Arguments.of("A stray \"mark here\nand the next paragraph is \"quoted\" fine.",
            "mark here || quoted"),
        Arguments.of("Knight and drum 'n' bass star Roni Size.", ""),
        Arguments.of("Kim Jong Un Vows ‘Beautiful Life’ for Families\nBody.", "Beautiful Life"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("marks")
  void pairsQuotationMarks(String text, String expected) {
    List<String> got = new ArrayList<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      got.add(q.text());
      checkOffsets(text, q);
    }
    assertEquals(expected, String.join(" || ", got));
  }

  static void checkOffsets(String text, Quote q) {
    assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q.toString());
    if (q.speakerStart() != null) {
      assertTrue(0 <= q.speakerStart() && q.speakerStart() < q.speakerEnd()
          && q.speakerEnd() <= text.length(), q.toString());
    }
  }

  @Test
  void straightSingleMarksQuoteInTheBodyButApostrophesDoNot() {
    String text = "Spam study\n\nThe 'bad behaviour' of users it's said, the players' union and rock 'n' roll fans'"
        + " habits help spam, the study found.";
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertEquals(List.of("bad behaviour"), quotes.stream().map(Quote::text).toList());
  }

  @Test
  void accordingToNamesWhoFollowsItNotWhatComesBefore() {
    String text = "Cuts\n\nPlans to shed jobs will prove to be a \"false economy\" that could hamper reforms,"
        + " according to a TUC report.";
    Quote q = EXTRACTOR.extract(text).get(0);
    assertEquals("false economy", q.text());
    assertEquals("TUC report", q.speaker());
  }

  @Test
  void aCueBeforeOfMakesAShortQuotePartial() {
    String text = "Spam\n\n\"Threats proliferate,\" he said, accusing users of \"bad e-mail behaviour\".";
    assertEquals(QuoteKind.PARTIAL, EXTRACTOR.extract(text).get(1).kind());
  }

  /** Speaker rules, each on a short text written to show it: rule, text, the speakers in order. */
  static Stream<Arguments> speakerCases() {
    return Stream.of(
        Arguments.of("a subject before its apposition speaks",
            "Row over apology\n\nHowever, Mr Johnson, who was forced to apologise last year for an article,"
            + " said Mr Blair \"should butt out of\" the row. Mr Johnson, MP for Henley, Oxfordshire, said he"
            + " suspected Labour was \"trying to curry favour\".",
            List.of("Johnson", "Johnson")),
        Arguments.of("those asked or continuing are not speakers",
            "Debt talks\n\nThe donors would then be asked to finance any gap. Ana Cruz acknowledged"
            + " there was a dispute. She said if investment continued to be held back, the plan would fail."
            + " \"There is no plan without the money,\" she said.",
            List.of("Ana Cruz")),
        Arguments.of("she is the subject whose sentence goes on with her not the last speaker",
            "Doping row\n\nWorld Anti-Doping Agency chief Dick Pound said the rule may not apply. \"We will find"
            + " a way,\" Pound said. In a statement, Marion Jones repeated her innocence and vowed she would be"
            + " cleared. \"The allegations are not true,\" she said.",
            List.of("Dick Pound", "Marion Jones")),
        Arguments.of("he is never a plural or a thing",
            "Dollar\n\n\"The dollar will fall,\" said analysts. Nicolas Sarkozy of France said he was worried."
            + " \"We are concerned,\" he said. Hydro-Quebec spokesman Maurice Hebert said the utility argued that"
            + " it had enough power. \"We are willing to discuss it,\" he said.",
            List.of("analysts", "Nicolas Sarkozy", "Maurice Hebert")),
        Arguments.of("a speaker named in a parenthetical after the cue",
            "Dollar\n\nThe ministers' comments, said Junya Tanase of JPMorgan in Tokyo, were \"generally too"
            + " weak to produce a market reaction\".",
            List.of("Junya Tanase")),
        Arguments.of("a clause subject after a comma is no apposition",
            "Blair speech\n\nPrime Minister Tony Blair spoke in Washington. Echoing the US Secretary of State"
            + " Condoleezza Rice, the prime minister said US policy had changed. The prime minister conceded that"
            + " the US had \"a harder position\" on Iran.",
            List.of("Tony Blair")),
        Arguments.of("a title opening a sentence stands for the person it named",
            "Christmas message\n\nCardinal Cormac Murphy-O'Connor will preach on Friday. He and Archbishop of"
            + " Canterbury Dr Rowan Williams have spoken out. Dr Williams has since criticised the war.\n\n"
            + "On Friday, the Cardinal will ask the congregation to search for peace. \"It is possible,\" he will say.",
            List.of("Cormac Murphy-O'Connor")),
        Arguments.of("one word after an honorific is a surname",
            "Tory row\n\nSacked MP Howard Flight spoke first. Tory leader Michael Howard was firm. \"We do not say"
            + " one thing in private,\" Mr Howard said.",
            List.of("Michael Howard")),
        Arguments.of("a person of a place is the person",
            "Reagan speech\n\n\"He told the people what they needed to hear,\" Senate Republican Leader"
            + " Robert Dole of Kansas said. \"Rates will rise,\" the Bank of England said. Matthew Herren from"
            + " EduVision told the BBC about it. \"It's very simple,\" he said. Senator Bill Bradley (Democrat)"
            + " of New Jersey said the scandal would \"remain under a cloud\".",
            List.of("Robert Dole", "Bank of England", "Matthew Herren", "Bill Bradley")),
        Arguments.of("a wrapped line of capitals is no title and states no cue",
            "U.S. WILLING TO TALK\nU.S. Agriculture undersecretary Dan\nAmstutz indicated the United States"
            + " is willing to talk\nabout prices but would not discuss making U.S. wheat\nprices \"cheap.\"\n"
            + "    \"There is a difference,\" Amstutz told a Senate\nhearing.\n",
            List.of("Dan Amstutz", "Dan Amstutz")),
        Arguments.of("a name with an initial is one name",
            "Soviet observer\n\nYurij V. Ponomarev, a director of the State Bank, said he will file a report."
            + " \"We haven't started any process,\" he said. Later \"It is far too premature,\" Ponomarev said.",
            List.of("Yurij V. Ponomarev", "Yurij V. Ponomarev")),
        Arguments.of("a name with an initial is one name",
            "Shoes\n\nSales rose four pct.\n    U.S. Shoe also said it expects a better quarter.\n"
            + "    It said orders were down \"moderately,\" in the spring.",
            List.of("U.S. Shoe")),
        Arguments.of("a sentence that goes on past the quote has its speaker by the cue",
            "Card fraud\n\nCustomers would be told if any \"unusual activity\" was detected, bank officials"
            + " said. Rates rose. \"Prices will stay firm\" for most of the year, said the U.S. official.",
            List.of("bank officials", "U.S. official")),
        Arguments.of("but not one that goes on with and after the quote",
            "Economy\n\nThe BCC found the economy faced \"major risks\" and warned that growth would slow.",
            List.of("BCC")),
        Arguments.of("the person after an owner's possessive speaks",
            "Airbus\n\n\"Airbus is where Boeing was,\" said Flight International's Mr Learmount. \"It is"
            + " strong,\" said the company's chief executive Bill Gammell.",
            List.of("Learmount", "Bill Gammell")),
        Arguments.of("a cue that reads as a noun is no cue",
            "Stadium costs\n\nThe builder, Multiplex, said costs rose. The firm will have to win legal claims"
            + " against subcontractors. \"We believe our claims are sound,\" it said. Officials were wary,"
            + " despite recent comments in a newspaper that the \"time is ripe\" for a change.",
            Arrays.asList("Multiplex", null)),
        Arguments.of("but the same word after a subject is a cue",
            "Row\n\nThe company claims the deal was \"entirely proper\". Ecologists are warning that the"
            + " plan brings \"significant intrusion\".",
            List.of("company", "Ecologists")),
        Arguments.of("a sentence subject after an opening adverb and after an owner's possessive",
            "Budget row\n\nTony Blair spoke first. Earlier, Lib Dem chairman Matthew Taylor wrote to the"
            + " watchdog saying: \"The advice is clear.\" Labour's Paul Flynn said the meeting was tense,"
            + " adding: \"It was like no other.\"",
            List.of("Matthew Taylor", "Paul Flynn")),
        Arguments.of("\"add\" reports speech before \"that\"",
            "Jobs\n\nAndreas Rees, an economist, was gloomy. But he did add that the numbers should \"subside\""
            + " later in the year.",
            List.of("Andreas Rees")),
        Arguments.of("verbs of judgement attribute a short quote to their subject",
            "Row\n\nThe minister dismissed the plan as \"desperate\". Jane Roe criticised the \"poor\""
            + " response, and Mark Doe believes prices will \"stay high\".",
            List.of("minister", "Jane Roe", "Mark Doe")),
        Arguments.of("but their passive names no speaker, unless an agent follows",
            "Channel\n\nThe channel has been criticised for sending \"offensive\" leaflets. The reports were"
            + " described as \"idle speculation\" by Downing Street. Some firms, believed to be \"nervous\","
            + " stayed away.",
            Arrays.asList(null, "Downing Street", null)),
        Arguments.of("an adverb between the subject and the cue is no part of the name",
            "Reports\n\nPresident Reagan angrily denounced the reports as \"despicable fiction\".",
            List.of("Reagan")),
        Arguments.of("a name before an apposition with no closing comma speaks",
            "Prints\n\nSales fell. Ann Smith, marketing manager at Quick Prints said shops would"
            + " \"survive\". Lucy Grey, 36, tracked down her father after her birth mother told her he was"
            + " \"wild\".",
            List.of("Ann Smith", "birth mother")),
        Arguments.of("a role before the place it works in speaks, not the place",
            "Takeover\n\n\"This time it is different,\" a senior source at the club told the BBC. A"
            + " spokesman for the bank said the offer was \"too low\".",
            List.of("senior source at the club", "spokesman for the bank")),
        Arguments.of("\"Speaker\" is a title before the name",
            "Veto\n\n\"We have counted and feel comfortable,\" House Speaker Jim Wright said.",
            List.of("Jim Wright")),
        Arguments.of("a clause after the quote goes on to its own comma, then the speaker",
            "Jobs\n\nCuts will prove a \"false economy\" that could hamper reforms, the TUC said. \"It is"
            + " a whiff of a sweetener\", Anais Faraj, an analyst at Nomura told Reuters.",
            List.of("TUC", "Anais Faraj")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakerCases")
  void resolvesTheSpeaker(String rule, String text, List<String> speakers) {
    assertEquals(speakers, speakers(text));
  }

  private static List<String> speakers(String text) {
    return EXTRACTOR.extract(text).stream().map(Quote::speaker).toList();
  }
}
