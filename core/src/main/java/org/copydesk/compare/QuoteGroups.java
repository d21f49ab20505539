package org.copydesk.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.extract.ExtractedArticle;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;

/**
 * Groups the quotations of many articles into variants of one quote: the same speaker (or an
 * unknown one) and mostly the same words.
 *
 * <p>Two quotations are variants when their word sets have a Jaccard similarity of at least
 * {@value #MIN_JACCARD}, or when both have at least {@value #MIN_CONTAINED_WORDS} words and
 * {@value #MIN_CONTAINMENT} of the shorter's words are in the longer (an outlet quoting part of a
 * sentence another quotes whole). Phrases (scare quotes, titles) are left out.
 */
public final class QuoteGroups {

  static final double MIN_JACCARD = 0.5;
  static final double MIN_CONTAINMENT = 0.8;
  static final int MIN_CONTAINED_WORDS = 6;

  /** One article's version of a quote. */
  public record Variant(String articleId, String outlet, Quote quote, List<WordDiff> diff) {
    public Variant {
      diff = List.copyOf(diff);
    }
  }

  /**
   * Variants of one quote across articles.
   *
   * @param speaker the speaker, or null when no variant names one
   * @param text the reference wording: the longest variant
   * @param outlets the outlets carrying it (an unknown outlet counts as the article's own)
   * @param variants every article's version, with its word differences from {@code text}
   */
  public record Group(String speaker, String text, List<String> outlets, List<Variant> variants) {
    public Group {
      outlets = List.copyOf(outlets);
      variants = List.copyOf(variants);
    }

    /** Whether more than one outlet carries the quote. */
    public boolean shared() {
      return outlets.size() > 1;
    }
  }

  private record Member(ExtractedArticle source, Quote quote, List<String> words) {}

  private QuoteGroups() {}

  /** Groups the direct and partial quotes of the articles; groups carried by most outlets first. */
  public static List<Group> group(List<ExtractedArticle> articles) {
    List<Member> members = new ArrayList<>();
    for (ExtractedArticle a : articles) {
      for (Quote q : a.extraction().quotes()) {
        if (q.kind() != QuoteKind.PHRASE) {
          List<String> words = Words.of(q.text());
          if (!words.isEmpty()) {
            members.add(new Member(a, q, words));
          }
        }
      }
    }
    members.sort(Comparator.comparingInt((Member m) -> -m.words().size()));
    List<List<Member>> groups = new ArrayList<>();
    for (Member m : members) {
      List<Member> home = null;
      for (List<Member> g : groups) {
        if (g.stream().anyMatch(other -> variants(m, other))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(m);
    }
    List<Group> out = new ArrayList<>();
    for (List<Member> g : groups) {
      out.add(toGroup(g));
    }
    out.sort(Comparator.comparingInt((Group g) -> -g.outlets().size()).thenComparing(g -> -g.variants().size()));
    return out;
  }

  /** Whether two quotations are versions of one quote. */
  static boolean variants(String a, String speakerA, String b, String speakerB) {
    return sameSpeaker(speakerA, speakerB) && similar(Words.of(a), Words.of(b));
  }

  private static boolean variants(Member a, Member b) {
    return sameSpeaker(a.quote().speaker(), b.quote().speaker()) && similar(a.words(), b.words());
  }

  private static boolean similar(List<String> a, List<String> b) {
    if (Words.jaccard(a, b) >= MIN_JACCARD) {
      return true;
    }
    return Math.min(a.size(), b.size()) >= MIN_CONTAINED_WORDS && Words.containment(a, b) >= MIN_CONTAINMENT;
  }

  private static boolean sameSpeaker(String a, String b) {
    return a == null || b == null || a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static Group toGroup(List<Member> members) {
    Member reference = members.get(0);
    String speaker = null;
    Set<String> outlets = new LinkedHashSet<>();
    List<Variant> variants = new ArrayList<>();
    for (Member m : members) {
      if (speaker == null) {
        speaker = m.quote().speaker();
      }
      String outlet = m.source().article().outletKey();
      outlets.add(outlet);
      variants.add(
          new Variant(m.source().article().id(), outlet, m.quote(), WordDiff.between(reference.words(), m.words())));
    }
    variants.sort(Comparator.comparing(Variant::outlet).thenComparing(Variant::articleId));
    return new Group(speaker, reference.quote().text(), List.copyOf(outlets), variants);
  }
}
