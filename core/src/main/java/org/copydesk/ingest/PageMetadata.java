package org.copydesk.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, read in order of trust: JSON-LD, then Open Graph, then plain HTML
 * ({@code <title>}, {@code <link rel="canonical">}, {@code <time datetime>}).
 *
 * <p>NOTE: must run before {@link PageText} strips scripts from the document.
 *
 * @param title the headline, or null
 * @param published the publication instant, or null
 * @param author the byline (several authors joined with ", "), or null
 * @param siteName the publisher or site name, or null
 * @param canonicalUrl the page's own absolute URL, or null
 * @param articleBody the JSON-LD {@code articleBody}, or null
 */
record PageMetadata(
    String title,
    Instant published,
    String author,
    String siteName,
    String canonicalUrl,
    String articleBody) {

  /** JSON-LD blocks larger than this are not parsed (a real one is a few KB). */
  static final int MAX_JSON_LD_CHARS = 2_000_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder(new JsonFactory())
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  /** Reads the metadata of a parsed page. */
  static PageMetadata read(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    Map<String, JsonNode> ids = ld == null ? Map.of() : idIndex(doc);
    String title = ld == null ? null : text(ld.get("headline"));
    if (title == null && ld != null) {
      title = text(ld.get("name"));
    }
    title = first(title, meta(doc, "og:title"), meta(doc, "twitter:title"));
    String siteName = ld == null ? null : name(ld.get("publisher"), ids);
    siteName = first(siteName, meta(doc, "og:site_name"), meta(doc, "application-name"));
    if (title == null) {
      title = pageTitle(doc, siteName);
    }
    Instant published = ld == null ? null : date(text(ld.get("datePublished")));
    if (published == null && ld != null) {
      published = date(text(ld.get("dateCreated")));
    }
    if (published == null) {
      published = date(meta(doc, "article:published_time"));
    }
    if (published == null) {
      published = date(attr(doc, "[itemprop=datePublished]", "content", "datetime"));
    }
    if (published == null) {
      Element article = doc.selectFirst("article time[datetime]");
      published = date(article != null ? article.attr("datetime") : attr(doc, "time[datetime]", "datetime"));
    }
    String author = ld == null ? null : names(ld.get("author"), ids);
    author = first(author, notUrl(meta(doc, "author")), notUrl(meta(doc, "article:author")));
    String canonical = absoluteUrl(doc.selectFirst("link[rel=canonical]"), "href");
    if (canonical == null) {
      canonical = absoluteUrl(doc.selectFirst("meta[property=og:url], meta[name=og:url]"), "content");
    }
    String body = ld == null ? null : text(ld.get("articleBody"));
    return new PageMetadata(title, published, author, siteName, canonical, body);
  }

  /**
   * Parses a published date: ISO instant or offset date-time ({@code +09:00} or {@code +0900}), a
   * date-time without zone (taken as UTC), or a date alone (its start, UTC). Null when unreadable.
   */
  static Instant date(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    int n = s.length();
    // "+0900" is common in the wild and not ISO: insert the colon.
    if (n >= 5 && (s.charAt(n - 5) == '+' || s.charAt(n - 5) == '-') && s.indexOf('T') > 0
        && Character.isDigit(s.charAt(n - 1)) && s.charAt(n - 3) != ':') {
      s = s.substring(0, n - 2) + ":" + s.substring(n - 2);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the next shape
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next shape
    }
    try {
      String day = s.length() >= 10 ? s.substring(0, 10) : s;
      return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (JsonNode node : jsonLdNodes(doc)) {
      if (isArticleType(node.get("@type"))) {
        return node;
      }
    }
    return null;
  }

  /** Every object in the page's JSON-LD blocks: top-level ones, array items and @graph members. */
  private static List<JsonNode> jsonLdNodes(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (java.io.IOException e) {
        continue; // a broken JSON-LD block is common; the other sources still apply
      }
      collect(root, nodes, 0);
    }
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static Map<String, JsonNode> idIndex(Document doc) {
    Map<String, JsonNode> ids = new HashMap<>();
    for (JsonNode node : jsonLdNodes(doc)) {
      String id = text(node.get("@id"));
      if (id != null) {
        ids.putIfAbsent(id, node);
      }
    }
    return ids;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    // NewsArticle, Article, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, LiveBlogPosting ...
    return t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report");
  }

  /** The name of a Person or Organization given as a string, an object or an @id reference. */
  private static String name(JsonNode node, Map<String, JsonNode> ids) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0), ids);
    }
    if (node.isTextual()) {
      return notUrl(text(node));
    }
    String name = text(node.get("name"));
    if (name == null) {
      String ref = text(node.get("@id"));
      JsonNode target = ref == null ? null : ids.get(ref);
      if (target != null && target != node) {
        name = text(target.get("name"));
      }
    }
    return notUrl(name);
  }

  private static String names(JsonNode node, Map<String, JsonNode> ids) {
    if (node == null) {
      return null;
    }
    Set<String> all = new LinkedHashSet<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        String name = name(item, ids);
        if (name != null) {
          all.add(name);
        }
      }
    } else {
      String name = name(node, ids);
      if (name != null) {
        all.add(name);
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }

  private static String pageTitle(Document doc, String siteName) {
    String title = blankToNull(doc.title());
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      return h1 == null ? null : blankToNull(h1.text());
    }
    // "Headline | Outlet": drop the outlet suffix when it names the site.
    for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
      int at = title.lastIndexOf(sep);
      if (at > 0) {
        String tail = title.substring(at + sep.length()).strip();
        if (siteName != null && tail.equalsIgnoreCase(siteName)) {
          return title.substring(0, at).strip();
        }
      }
    }
    return title;
  }

  private static String meta(Document doc, String key) {
    Element el = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return el == null ? null : blankToNull(el.attr("content"));
  }

  private static String attr(Document doc, String css, String... keys) {
    Element el = doc.selectFirst(css);
    if (el == null) {
      return null;
    }
    for (String key : keys) {
      if (el.hasAttr(key)) {
        return blankToNull(el.attr(key));
      }
    }
    return null;
  }

  private static String absoluteUrl(Element el, String key) {
    if (el == null) {
      return null;
    }
    String abs = el.absUrl(key);
    String raw = abs.isEmpty() ? el.attr(key).strip() : abs;
    String lower = raw.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? raw : null;
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    return node.isValueNode() ? blankToNull(node.asText()) : null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
