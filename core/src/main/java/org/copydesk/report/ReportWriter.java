package org.copydesk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.dedup.DuplicateReport;
import org.copydesk.dedup.ReportHeader;
import org.copydesk.dedup.ReportSink;
import org.copydesk.dedup.Story;

/**
 * Renders a near-duplicate report, as a run makes it ({@link ReportSink}) or whole ({@link
 * DuplicateReport}), as Markdown (to read and cite), HTML (one self-contained page
 * with the shared passages marked side by side) or JSON (the full evidence, to check and reproduce).
 *
 * <p>All three are deterministic: the same report gives the same characters. Article text,
 * titles, outlets, quotes, URLs and parameters are untrusted: each format escapes them in one place,
 * so that no text can add structure to the report (a heading, a table cell, an element, a script).
 * The JSON keeps every string exactly; Markdown and HTML show hidden control and bidirectional
 * override characters as {@code ⟨U+XXXX⟩}.
 *
 * <p>NOTE: the sinks on a {@link Writer} flush it at the end but do not close it; give HTML and JSON a UTF-8 writer
 * (the page declares UTF-8). Thread-safe: nothing is shared between calls.
 */
public final class ReportWriter {

  /** The report formats, by file extension. */
  private enum Format {
    MARKDOWN,
    HTML,
    JSON
  }

  private ReportWriter() {}

  /**
   * A sink that writes Markdown: a summary with pairs per level and the stories, the parameters,
   * then each story: its articles in date order, each pair's level, deciding scores, direction and
   * shared passages (copied prose apart from shared quotes), its shared quotes with word
   * differences, figure disagreements and dropped attributions.
   */
  public static ReportSink markdown(Writer out) {
    return new MarkdownReport(Objects.requireNonNull(out, "out"));
  }

  /**
   * A sink that writes one self-contained HTML page: inline CSS, no scripts, no external
   * resources, and a Content-Security-Policy that forbids both. Only http and https URLs become
   * links ({@code rel="noopener noreferrer nofollow"}); other URLs are shown as text.
   */
  public static ReportSink html(Writer out) {
    return new HtmlReport(Objects.requireNonNull(out, "out"));
  }

  /**
   * A sink that writes JSON: {@code format}, {@code parameters}, {@code articles} (without their
   * text, with its {@code sha256}), {@code pairs} with scores, direction and passages (offsets into
   * both articles' indexed texts), {@code clusters}, {@code sharedQuotes},
   * {@code figureDisagreements} and {@code droppedAttributions}. Unknown values are {@code null}.
   * NOTE: it keeps each array in a temporary file until the end, when it writes them all.
   */
  public static ReportSink json(Writer out) {
    return new JsonReport(Objects.requireNonNull(out, "out"));
  }

  /** Writes a whole report as Markdown (see {@link #markdown(Writer)}). */
  public static void markdown(DuplicateReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report").replay(markdown(out));
  }

  /** Writes a whole report as HTML (see {@link #html(Writer)}). */
  public static void html(DuplicateReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report").replay(html(out));
  }

  /** Writes a whole report as JSON (see {@link #json(Writer)}). */
  public static void json(DuplicateReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report").replay(json(out));
  }

  /**
   * A sink that writes the report to a file in UTF-8, in the format its extension names: {@code
   * .md}, {@code .html} or {@code .htm}, {@code .json} (any case). The file is replaced if it
   * exists; it is complete, and closed, after {@link ReportSink#end()}.
   *
   * @throws IllegalArgumentException when the extension is none of those (checked before the file
   *     is touched)
   * @throws IOException when the file cannot be written
   */
  public static ReportSink file(Path file) throws IOException {
    Format format = formatOf(Objects.requireNonNull(file, "file"));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // An encoder that replaces, not throws: an unpaired surrogate in article text must not fail the write.
    Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    ReportSink sink = switch (format) {
      case MARKDOWN -> markdown(out);
      case HTML -> html(out);
      case JSON -> json(out);
    };
    return new ReportSink() {
      @Override
      public void begin(ReportHeader header) throws IOException {
        sink.begin(header);
      }

      @Override
      public void story(Story story) throws IOException {
        sink.story(story);
      }

      @Override
      public void end() throws IOException {
        try (out) {
          sink.end();
        }
      }
    };
  }

  /** Writes a whole report to a file, in the format its extension names (see {@link #file(Path)}). */
  public static void write(DuplicateReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    report.replay(file(file));
  }

  private static Format formatOf(Path file) {
    Path name = file.getFileName();
    String fileName = name == null ? "" : name.toString();
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case ".md" -> Format.MARKDOWN;
      case ".html", ".htm" -> Format.HTML;
      case ".json" -> Format.JSON;
      default -> throw new IllegalArgumentException("cannot tell the report format of " + file + " from "
          + (ext.isEmpty() ? "a name without extension" : "its extension \"" + ext + "\"")
          + ": expected .md (Markdown), .html or .htm (HTML) or .json (JSON)");
    };
  }
}
