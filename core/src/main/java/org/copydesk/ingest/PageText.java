package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the story in a page and turns it into paragraphs.
 *
 * <p>The container is the page's own markup when it has one ({@code itemprop="articleBody"}, the
 * largest {@code <article>}, a common CMS body class), else the block richest in paragraph text
 * (a Readability-style density score). Inside it, furniture is removed: headline, headers,
 * navigation, share buttons, comment sections, related and "Read also" boxes, captions, link lists
 * and hidden blocks. Block elements become paragraphs joined by a blank line.
 *
 * <p>NOTE: it mutates the document. Every pass is linear in the size of the page: text lengths are
 * computed once, bottom-up, never by calling {@code Element.text()} per element.
 */
final class PageText {

  /** Text beyond this many characters is dropped, at a paragraph boundary. */
  static final int MAX_TEXT_CHARS = 1_000_000;

  /** Furniture boxes ("Read also: ...") are short; longer blocks with such openings are kept. */
  private static final int MAX_BOX_CHARS = 300;

  /** A block whose text is mostly links (related lists, tag clouds) is not story text. */
  private static final double MAX_LINK_DENSITY = 0.6;

  /** Elements never holding story text, removed before anything else. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, video, audio, "
          + "picture, map, head, link, meta, dialog";

  /** Elements that are page furniture wherever they are (guarded: see {@link #isGuarded}). */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea",
          "label", "figure", "figcaption", "h1", "menu");

  /** Class, id or role words of furniture; matched against whole words of the attribute. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of("nav", "navbar", "navigation", "menu", "header", "masthead", "footer", "sidebar",
          "widget", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "comments",
          "comment", "respond", "related", "newsletter", "subscribe", "subscription", "signup",
          "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads", "advert", "advertisement",
          "sponsored", "promo", "popup", "modal", "overlay", "toolbar", "tags", "byline", "author",
          "meta", "caption", "credit", "print", "skip", "outbrain", "taboola", "recommended",
          "recommendations", "popular", "trending", "disqus", "complementary", "contentinfo",
          "search", "dialog", "hidden", "tooltip");

  /** Stems found inside glued class names ("relatedArticles", "readAlso", "sharebar"). */
  private static final String[] FURNITURE_STEMS = {
    "related", "readalso", "alsoread", "readmore", "sharebar", "share-", "socialshare", "comment",
    "cookie", "newsletter", "breadcrumb", "sidebar", "advert", "sponsor", "recommend", "screenreader",
    "sronly", "visuallyhidden"
  };

  /** Openings of short furniture blocks, lower case. */
  private static final String[] BOX_OPENINGS = {
    "read also", "also read", "read more", "related:", "related articles", "related stories",
    "related news", "related content", "related posts", "see also", "you may also like",
    "you might also like", "more from", "more stories", "recommended", "advertisement",
    "leave a reply", "leave a comment", "your email address will not be published",
    "share this", "share on", "follow us", "sign up for", "subscribe to", "click here to"
  };

  /** Container selectors of common CMSs, tried when the page has no article markup. */
  private static final String BODY_CLASSES =
      "[itemprop=articleBody], [property=articleBody], .entry-content, .post-content, "
          + ".article-body, .article-content, .article__body, .story-body, .post-body, "
          + "#article-body";

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
          "ol", "li", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "hr", "address",
          "center", "details", "summary", "header", "footer", "figure", "body", "br");

  private PageText() {}

  /** Text statistics of one element, computed bottom-up. */
  private static final class Stat {
    int chars;
    int linkChars;
    final StringBuilder opening = new StringBuilder(40);
  }

  /** The main text of the page: paragraphs joined by a blank line; empty when there is none. */
  static String extract(Document doc) {
    doc.select(NEVER_TEXT).remove();
    Element body = doc.body();
    List<Element> containers = new ArrayList<>();
    Element marked = markedContainer(doc);
    if (marked != null) {
      clean(marked);
      containers.add(marked);
    } else {
      clean(body);
      containers.addAll(densest(body));
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element c : containers) {
      paragraphs(c, paragraphs);
    }
    StringBuilder text = new StringBuilder();
    for (String p : paragraphs) {
      if (text.length() + p.length() + 2 > MAX_TEXT_CHARS) {
        break;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(p);
    }
    return text.toString();
  }

  /** The page's own article container, or null: the largest of the marked candidates. */
  private static Element markedContainer(Document doc) {
    Map<Element, Stat> stats = stats(doc.body());
    for (String css : new String[] {"[itemprop=articleBody], [property=articleBody]", "article", BODY_CLASSES}) {
      Element best = null;
      int bestChars = 0;
      for (Element el : doc.select(css)) {
        Stat s = stats.get(el);
        int chars = s == null ? 0 : s.chars - s.linkChars;
        if (chars > bestChars) {
          best = el;
          bestChars = chars;
        }
      }
      // An <article> of a few lines is a teaser card, not the story.
      if (best != null && bestChars >= 200) {
        return best;
      }
    }
    return null;
  }

  /** Removes furniture inside root (never root itself). */
  private static void clean(Element root) {
    Map<Element, Stat> stats = stats(root);
    Stat rootStat = stats.get(root);
    int rootChars = rootStat == null ? 0 : rootStat.chars;
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == root || !(node instanceof Element el)) {
              return FilterResult.CONTINUE;
            }
            Stat s = stats.get(el);
            if (s == null) {
              return FilterResult.CONTINUE;
            }
            if (isHidden(el) || isFurniture(el)) {
              return isGuarded(el, s, rootChars) ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
            // Text rules judge whole blocks: an inline link inside a sentence is story text.
            if (!BLOCKS.contains(el.normalName())) {
              return FilterResult.CONTINUE;
            }
            if (s.chars <= MAX_BOX_CHARS && opensBox(s.opening)) {
              return FilterResult.REMOVE;
            }
            if (s.chars > 0 && s.linkChars > MAX_LINK_DENSITY * s.chars) {
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  /**
   * Whether a furniture match must stay because it holds most of the text: a wrapper named
   * "has-sidebar" or a page-wide {@code <form>} (ASP.NET) around the story. Comment sections are
   * never guarded: on a busy page they may hold more text than the story.
   */
  private static boolean isGuarded(Element el, Stat s, int rootChars) {
    if (el.is("h1, figure, figcaption, button")) {
      return false;
    }
    String names = classAndId(el);
    if (names.contains("comment") && !names.contains("commentary")) {
      return false;
    }
    return s.chars > rootChars / 2 && s.chars > MAX_BOX_CHARS;
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static boolean isFurniture(Element el) {
    if (FURNITURE_TAGS.contains(el.normalName())) {
      return true;
    }
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && FURNITURE_WORDS.contains(role)) {
      return true;
    }
    String names = classAndId(el);
    if (names.isEmpty()) {
      return false;
    }
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      boolean letter = i < names.length() && Character.isLetterOrDigit(names.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (FURNITURE_WORDS.contains(names.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    String glued = names.replace("_", "").replace(" ", "|");
    for (String stem : FURNITURE_STEMS) {
      if (glued.contains(stem) && !(stem.equals("comment") && glued.contains("commentary"))) {
        return true;
      }
    }
    return false;
  }

  private static String classAndId(Element el) {
    String cls = el.attr("class");
    String id = el.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String names = (cls + " " + id).toLowerCase(Locale.ROOT);
    return names.length() > 500 ? names.substring(0, 500) : names;
  }

  private static boolean opensBox(CharSequence opening) {
    String o = opening.toString().toLowerCase(Locale.ROOT);
    for (String box : BOX_OPENINGS) {
      if (o.startsWith(box)) {
        return true;
      }
    }
    return false;
  }

  /** Text length, link text length and the first 40 characters of every element, in one pass. */
  private static Map<Element, Stat> stats(Element root) {
    Map<Element, Stat> stats = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
              return;
            }
            Stat s = new Stat();
            for (Node child : el.childNodes()) {
              if (child instanceof TextNode t) {
                String text = t.text().strip();
                s.chars += text.length();
                appendOpening(s.opening, text);
              } else if (child instanceof Element ce) {
                Stat cs = stats.get(ce);
                if (cs != null) {
                  s.chars += cs.chars;
                  s.linkChars += cs.linkChars;
                  appendOpening(s.opening, cs.opening);
                }
              }
            }
            if (el.normalName().equals("a")) {
              s.linkChars = s.chars;
            }
            stats.put(el, s);
          }
        },
        root);
    return stats;
  }

  private static void appendOpening(StringBuilder opening, CharSequence more) {
    if (opening.length() >= 40 || more.length() == 0) {
      return;
    }
    if (opening.length() > 0) {
      opening.append(' ');
    }
    opening.append(more, 0, Math.min(more.length(), 40 - Math.min(opening.length(), 40)));
  }

  /**
   * The blocks richest in paragraph text: every paragraph of 25+ characters scores its parent (in
   * full) and grandparent (half) by length and commas; the best block wins, with those siblings
   * that score at least a fifth as much (a story split by an ad slot).
   */
  private static List<Element> densest(Element body) {
    Map<Element, Stat> stats = stats(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, li")) {
      Stat s = stats.get(p);
      if (s == null || s.chars - s.linkChars < 25 || p.parent() == null) {
        continue;
      }
      double score = 1 + commas(p) + Math.min(s.chars / 100.0, 3);
      Element parent = p.parent();
      scores.merge(parent, score, Double::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Stat s = stats.get(e.getKey());
      double linkShare = s == null || s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
      double score = e.getValue() * (1 - linkShare);
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Double score = scores.get(sibling);
      if (sibling == best || (score != null && score >= Math.max(10, bestScore / 5))) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static int commas(Element p) {
    int n = 0;
    for (TextNode t : p.textNodes()) {
      String s = t.getWholeText();
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == ',') {
          n++;
        }
      }
    }
    return n;
  }

  /** Appends the paragraphs of a container: one per block element, whitespace collapsed. */
  private static void paragraphs(Element container, List<String> out) {
    StringBuilder current = new StringBuilder();
    int[] preDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendText(current, t.getWholeText(), preDepth[0] > 0);
            } else if (node instanceof Element el) {
              if (el.normalName().equals("br")) {
                trimEnd(current);
                current.append('\n');
              } else if (BLOCKS.contains(el.normalName())) {
                flush(current, out);
              } else if (el.normalName().equals("td") || el.normalName().equals("th")) {
                appendText(current, " ", false);
              }
              if (el.normalName().equals("pre")) {
                preDepth[0]++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && !el.normalName().equals("br")) {
              if (el.normalName().equals("pre")) {
                preDepth[0]--;
              }
              if (BLOCKS.contains(el.normalName())) {
                flush(current, out);
              }
            }
          }
        },
        container);
    flush(current, out);
  }

  private static void appendText(StringBuilder sb, String text, boolean pre) {
    if (pre) {
      sb.append(text);
      return;
    }
    boolean space = sb.length() == 0 || isSpace(sb.charAt(sb.length() - 1));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
  }

  private static void trimEnd(StringBuilder sb) {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    sb.setLength(n);
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() == 0) {
      return;
    }
    String p = current.toString().strip();
    current.setLength(0);
    if (p.isEmpty()) {
      return;
    }
    // Lines of a <br>-broken block: trim each, drop empty ones.
    if (p.indexOf('\n') >= 0) {
      StringBuilder lines = new StringBuilder();
      for (String line : p.split("\n")) {
        String l = line.strip();
        if (!l.isEmpty()) {
          if (lines.length() > 0) {
            lines.append('\n');
          }
          lines.append(l);
        }
      }
      p = lines.toString();
    }
    out.add(p);
  }

  /** Splits a plain-text article body (JSON-LD articleBody) into paragraphs on line breaks. */
  static String paragraphsOf(String plain) {
    StringBuilder text = new StringBuilder();
    for (String line : plain.split("\\R")) {
      StringBuilder p = new StringBuilder();
      appendText(p, line, false);
      String s = p.toString().strip();
      if (!s.isEmpty()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(s);
      }
      if (text.length() > MAX_TEXT_CHARS) {
        break;
      }
    }
    return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text.toString();
  }
}
