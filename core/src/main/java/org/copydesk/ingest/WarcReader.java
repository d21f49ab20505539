package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) as articles: every HTML page fetched with
 * status 200 whose main text is a story, through {@link HtmlArticles}.
 *
 * <p>An article's URL is the record's target URI and its id derives from that URI, so a URL fetched
 * twice is one article: the newest fetch (WARC-Date; the later record on a tie) is kept. Its date is
 * the page's own, else the WARC-Date.
 *
 * <p>The archive is streamed twice: a survey pass reads record and HTTP headers only and remembers,
 * per URL, the offset of the newest fetch; the second pass seeks to those records and parses them.
 * Memory is bounded by one page ({@value #MAX_PAGE_BYTES} bytes at most) plus a map of URLs.
 *
 * <p>What is not an article is counted in {@link Stats}, not reported as a skip: request, metadata
 * and warcinfo records are not counted at all; non-HTML responses, redirects, errors and pages
 * shorter than a story ({@link HtmlPage#isStory()}) are counted. A record that cannot be read is
 * reported with {@link ArticleSink#skip}; a truncated or damaged archive with
 * {@link ArticleSink#partial} at the offset where reading stopped, after everything before it was
 * read. Locations are {@code archive#offset}, the byte offset of the record in the file.
 *
 * <p>NOTE: stateless and thread-safe if the stats listener is.
 */
public final class WarcReader implements ArticleReader {

  /** Bytes of a page body that are parsed at most (16 MiB). */
  public static final int MAX_PAGE_BYTES = HtmlReader.MAX_PAGE_BYTES;

  /**
   * What one archive held.
   *
   * @param archive the archive as shown in messages
   * @param responses response records seen
   * @param articles articles accepted
   * @param duplicates older fetches of a URL fetched again later (not accepted)
   * @param notHtml responses that are not HTML (images, scripts, styles, DNS, ...)
   * @param redirects responses with a 3xx status
   * @param errors responses with a 4xx or 5xx status, or another status than 200 (204, 206, ...)
   * @param tooShort HTML pages whose main text is too short to be a story
   * @param unreadable records that could not be read (each reported as a skip)
   * @param stoppedAt {@code archive#offset} where a damaged archive stopped being readable, or null
   */
  public record Stats(
      String archive,
      long responses,
      long articles,
      long duplicates,
      long notHtml,
      long redirects,
      long errors,
      long tooShort,
      long unreadable,
      String stoppedAt) {

    /** Whether the archive was read only in part. */
    public boolean partial() {
      return stoppedAt != null;
    }

    /** One line for the user, e.g. {@code a.warc.gz: 12 articles from 40 responses (skipped: ...)}. */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(archive).append(": ").append(articles).append(" articles from ")
          .append(responses).append(" responses (skipped: ")
          .append(notHtml).append(" not HTML, ")
          .append(redirects).append(" redirects, ")
          .append(errors).append(" errors, ")
          .append(tooShort).append(" too short, ")
          .append(duplicates).append(" older duplicates, ")
          .append(unreadable).append(" unreadable)");
      if (stoppedAt != null) {
        sb.append("; damaged archive: stopped at ").append(stoppedAt);
      }
      return sb.toString();
    }
  }

  private final Consumer<Stats> onArchiveRead;

  /** Creates a reader that keeps its counts to itself (see {@link #readArchive}). */
  public WarcReader() {
    this(stats -> {});
  }

  /**
   * Creates a reader that hands the counts of every archive it reads to a listener.
   *
   * @param onArchiveRead called once per archive, after its last article
   */
  public WarcReader(Consumer<Stats> onArchiveRead) {
    this.onArchiveRead = Objects.requireNonNull(onArchiveRead, "onArchiveRead");
  }

  @Override
  public boolean accepts(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  @Override
  public void read(InputFile file, ArticleSink sink) throws IOException {
    onArchiveRead.accept(readArchive(file, sink));
  }

  /**
   * Reads every article of an archive into the sink and returns what the archive held.
   *
   * @throws IOException when the archive cannot be opened at all
   */
  public Stats readArchive(InputFile file, ArticleSink sink) throws IOException {
    Counts counts = new Counts(file.display());
    Survey survey = survey(file, counts, sink);
    List<Long> offsets = new ArrayList<>(survey.newest.values());
    offsets.sort(null);
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file.path())) {
      for (long offset : offsets) {
        Optional<WarcRecord> record;
        try {
          reader.position(offset);
          record = reader.next();
        } catch (IOException | RuntimeException e) {
          unreadable(counts, sink, offset, e);
          continue;
        }
        if (record.isPresent() && record.get() instanceof WarcResponse response) {
          try {
            index(response, offset, file, counts, sink);
          } catch (IOException | RuntimeException e) {
            unreadable(counts, sink, offset, e);
          }
        }
      }
    }
    if (survey.damage != null) {
      counts.stoppedAt = counts.where(survey.damagedRecord);
      sink.partial(counts.stoppedAt, survey.damage);
    }
    return counts.toStats();
  }

  private static void unreadable(Counts counts, ArticleSink sink, long offset, Exception e) {
    counts.unreadable++;
    sink.skip(counts.where(offset), "unreadable record: " + describe(e));
  }

  private static void index(
      WarcResponse response, long offset, InputFile file, Counts counts, ArticleSink sink)
      throws IOException {
    HttpResponse http = response.http();
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes(MAX_PAGE_BYTES);
    }
    String target = response.target();
    String charset = http.headers().first("Content-Type").map(WarcReader::charsetOf).orElse(null);
    HtmlPage page = HtmlArticles.parse(bytes, charset, target);
    if (!page.isStory()) {
      counts.tooShort++;
      return;
    }
    Instant published = page.published() != null ? page.published() : response.date();
    String outlet = file.outlet() != null ? file.outlet() : page.outlet();
    String id = Objects.requireNonNullElse(PageUrls.id(target), target);
    sink.accept(new Article(id, page.title(), page.text(), page.text(), outlet, published,
        page.author(), target, counts.where(offset)));
    counts.articles++;
  }

  /** The survey pass: per URL id the offset of its newest HTML 200 fetch, and where damage stopped it. */
  private static final class Survey {
    final Map<String, Long> newest = new HashMap<>();
    final Map<String, Instant> newestDate = new HashMap<>();
    String damage;
    long damagedRecord = -1;

    /** Notes where reading stopped; the newest fetch of a URL cut by the damage is not read. */
    Survey damaged(long offset, String cause) {
      damage = cause + "; everything before it was read";
      damagedRecord = offset;
      newest.values().removeIf(o -> o == offset);
      return this;
    }
  }

  private static Survey survey(InputFile file, Counts counts, ArticleSink sink) throws IOException {
    Survey survey = new Survey();
    long offset = 0;
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file.path())) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // The previous record was read to its end, so the damage starts where the reader stands.
          long at = position(reader);
          return survey.damaged(at >= offset ? at : offset, "archive damaged or truncated here: " + describe(e));
        }
        if (next.isEmpty()) {
          return survey;
        }
        offset = reader.position();
        WarcRecord record = next.get();
        if (record instanceof WarcResponse response) {
          counts.responses++;
          try {
            surveyResponse(response, offset, survey, counts);
          } catch (IOException | RuntimeException e) {
            counts.unreadable++;
            sink.skip(counts.where(offset), "unreadable HTTP response: " + describe(e));
          }
        }
        // Read each record to its end: an uncompressed archive cut inside a record ends without error.
        try {
          long size = record.body().size();
          long read = record.body().position();
          buffer.clear();
          for (int n; (n = record.body().read(buffer)) >= 0; buffer.clear()) {
            read += n;
          }
          if (read < size) {
            return survey.damaged(offset, "archive truncated inside this record: "
                + read + " of " + size + " bytes");
          }
        } catch (IOException | RuntimeException e) {
          return survey.damaged(offset, "archive truncated inside this record: " + describe(e));
        }
      }
    }
  }

  private static long position(org.netpreserve.jwarc.WarcReader reader) {
    try {
      return reader.position();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static void surveyResponse(WarcResponse response, long offset, Survey survey, Counts counts)
      throws IOException {
    String warcType = response.contentType().base().toString();
    if (!warcType.equals("application/http")) {
      counts.notHtml++;
      return;
    }
    HttpResponse http = response.http();
    int status = http.status();
    if (status >= 300 && status < 400) {
      counts.redirects++;
      return;
    }
    if (status != 200) {
      counts.errors++;
      return;
    }
    if (!isHtml(http.headers().first("Content-Type").orElse(null))) {
      counts.notHtml++;
      return;
    }
    String target = response.target();
    String id = Objects.requireNonNullElse(PageUrls.id(target), target);
    Instant date = response.date();
    Instant seen = survey.newestDate.get(id);
    if (seen != null) {
      counts.duplicates++;
      if (date.isBefore(seen)) {
        return;
      }
    }
    survey.newest.put(id, offset);
    survey.newestDate.put(id, date);
  }

  /** HTML by its media type; a response without one is parsed and judged by its text. */
  private static boolean isHtml(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.strip().toLowerCase(Locale.ROOT);
    return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
  }

  private static String charsetOf(String contentType) {
    String lower = contentType.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("charset=");
    if (at < 0) {
      return null;
    }
    int start = at + "charset=".length();
    int end = start;
    while (end < lower.length() && lower.charAt(end) != ';' && lower.charAt(end) != ' ') {
      end++;
    }
    String charset = contentType.substring(start, end).replace("\"", "").replace("'", "");
    return charset.isEmpty() ? null : charset;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }

  /** Mutable counts of one archive. */
  private static final class Counts {
    final String archive;
    long responses;
    long articles;
    long duplicates;
    long notHtml;
    long redirects;
    long errors;
    long tooShort;
    long unreadable;
    String stoppedAt;

    Counts(String archive) {
      this.archive = archive;
    }

    String where(long offset) {
      return archive + "#" + offset;
    }

    Stats toStats() {
      return new Stats(archive, responses, articles, duplicates, notHtml, redirects, errors,
          tooShort, unreadable, stoppedAt);
    }
  }
}
