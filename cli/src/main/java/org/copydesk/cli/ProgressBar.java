package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.copydesk.Progress;

/**
 * A one-line progress display with rate and time left, redrawn at most five times a second on
 * standard error, only when it is a terminal.
 */
final class ProgressBar implements Progress {

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private String phase;
  private long phaseStart;
  private long lastDraw;
  private boolean drawn;
  private boolean stopped;

  private ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** A progress display, or null (none) when output is not a terminal or {@code quiet} is set. */
  static ProgressBar on(PrintWriter err, boolean quiet) {
    return quiet || !Out.isTerminal() ? null : new ProgressBar(err);
  }

  @Override
  public void update(String newPhase, long done, long total) {
    if (stopped) {
      return;
    }
    long now = System.nanoTime();
    if (!newPhase.equals(phase)) {
      finish();
      phase = newPhase;
      phaseStart = now;
    } else if (now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
    double rate = done / seconds;
    String line;
    if (total > 0) {
      int width = 24;
      int filled = (int) Math.min(width, width * done / Math.max(1, total));
      double eta = rate > 0 ? (total - done) / rate : 0;
      line = String.format(
          Locale.ROOT, "%-28s [%s%s] %,d/%,d  %,.0f/s  ETA %s",
          phase, "#".repeat(filled), " ".repeat(width - filled), done, total, rate, clock(eta));
    } else {
      line = String.format(Locale.ROOT, "%-28s %,d  %,.0f/s  %s", phase, done, rate, clock(seconds));
    }
    err.print("\r" + line + "\u001b[K");
    err.flush();
    drawn = true;
  }

  /** Ends the current line, if one was drawn. */
  /** Ends the line and ignores later updates: the command's own output follows. */
  void stop() {
    finish();
    stopped = true;
  }

  void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
