package org.copydesk.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes web archives for the tests, with jwarc's own writer. */
final class WarcFixtures implements AutoCloseable {

  private final WarcWriter writer;

  WarcFixtures(Path file, boolean gzip) throws IOException {
    writer = new WarcWriter(
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    writer.write(new Warcinfo.Builder().fields(java.util.Map.of("software", java.util.List.of("copydesk tests"))).build());
  }

  /** Writes a request and its response; returns the offset of the response record. */
  long fetch(String url, Instant date, int status, String contentType, byte[] body) throws IOException {
    writer.write(new WarcRequest.Builder(URI.create(url)).date(date)
        .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build()).build());
    long offset = writer.position();
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    if (status >= 300 && status < 400) {
      http.addHeader("Location", url + "/moved");
    }
    http.body(MediaType.parse(contentType), body);
    writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http.build()).build());
    return offset;
  }

  long page(String url, Instant date, String html) throws IOException {
    return fetch(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
