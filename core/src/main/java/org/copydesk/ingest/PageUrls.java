package org.copydesk.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * Turns page URLs into article ids and outlet names.
 *
 * <p>The id of a URL is {@code host/path?query} with the scheme, a leading {@code www.}, the default
 * port, the fragment, a trailing slash and tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid}) removed, so that {@code https://www.x.com/a/?utm_source=t#top} and {@code http://x.com/a}
 * are one article.
 */
final class PageUrls {

  private PageUrls() {}

  /** The article id for a URL, or null when it is not an absolute http(s) URL. */
  static String id(String url) {
    URI uri = parse(url);
    if (uri == null) {
      return null;
    }
    StringBuilder id = new StringBuilder(host(uri));
    String path = uri.getRawPath();
    if (path != null) {
      int end = path.length();
      while (end > 0 && path.charAt(end - 1) == '/') {
        end--;
      }
      id.append(path, 0, end);
    }
    String query = withoutTracking(uri.getRawQuery());
    if (!query.isEmpty()) {
      id.append('?').append(query);
    }
    return id.toString();
  }

  /** The host of a URL without {@code www.}, lower case, or null when there is none. */
  static String outlet(String url) {
    URI uri = parse(url);
    return uri == null ? null : host(uri);
  }

  private static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank() || url.length() > 4096) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        return null;
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String withoutTracking(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String param : query.split("&")) {
      String name = param.toLowerCase(Locale.ROOT);
      if (name.isEmpty()
          || name.startsWith("utm_")
          || name.startsWith("fbclid")
          || name.startsWith("gclid")) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append('&');
      }
      kept.append(param);
    }
    return kept.toString();
  }
}
