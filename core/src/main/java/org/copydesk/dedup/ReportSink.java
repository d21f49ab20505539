package org.copydesk.dedup;

import java.io.IOException;
import java.util.List;

/**
 * Receives a near-duplicate report as a run makes it: {@link #begin} with the header, {@link
 * #story} once for each of the header's clusters in order, then {@link #end}.
 *
 * <p>Stories come one at a time so that a run over millions of articles never has to hold its whole
 * report: a sink that writes each story out and lets it go keeps memory flat. {@link
 * DuplicateReport#collector()} keeps everything instead, for small runs and for tests.
 *
 * <p>NOTE: when a run fails part way, {@link #end} is not called; a sink that writes a file leaves
 * it incomplete.
 */
public interface ReportSink {

  /** Called first, once, with what the run found. */
  void begin(ReportHeader header) throws IOException;

  /** Called for each story, in the header's order. */
  void story(Story story) throws IOException;

  /** Called last, once, after the last story. */
  void end() throws IOException;

  /** A sink that passes everything on to each of the sinks, in order. */
  static ReportSink all(List<? extends ReportSink> sinks) {
    List<ReportSink> copy = List.copyOf(sinks);
    return new ReportSink() {
      @Override
      public void begin(ReportHeader header) throws IOException {
        for (ReportSink s : copy) {
          s.begin(header);
        }
      }

      @Override
      public void story(Story story) throws IOException {
        for (ReportSink s : copy) {
          s.story(story);
        }
      }

      @Override
      public void end() throws IOException {
        for (ReportSink s : copy) {
          s.end();
        }
      }
    };
  }
}
