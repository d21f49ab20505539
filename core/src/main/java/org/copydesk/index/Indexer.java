package org.copydesk.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.copydesk.Progress;
import org.copydesk.ingest.Article;
import org.copydesk.ingest.ArticleReader;
import org.copydesk.ingest.ArticleSink;
import org.copydesk.ingest.Ingest;

/**
 * Reads files and folders into an index: the ingest readers feed a {@link ParallelIndexer}, every
 * problem goes to a listener as one line, and the run ends with a {@link Summary}.
 *
 * <p>The caller commits (closing the index) or rolls back; with {@link #strict} the run stops at
 * the first problem so that the caller can roll back a partial batch.
 */
public final class Indexer {

  /** One problem met on the way: a repaired or a skipped record. */
  public record Problem(boolean skipped, String location, String message) {
    /** The problem as one line: {@code skipped: file:line: message}. */
    @Override
    public String toString() {
      return (skipped ? "skipped: " : "warning: ") + location + ": " + message;
    }
  }

  /**
   * What a run did.
   *
   * @param indexed articles added (or replaced)
   * @param repaired problems repaired with a warning (the article was indexed)
   * @param skipped records or files skipped
   * @param ignored files inside folders passed over as not articles (unknown types, hidden files)
   * @param stopped whether {@link #strict} stopped the run at a problem
   */
  public record Summary(long indexed, long repaired, long skipped, long ignored, boolean stopped) {}

  private final ArticleIndex index;
  private String outlet;
  private int threads = Runtime.getRuntime().availableProcessors();
  private boolean strict;
  private Duration commitEvery = Duration.ofSeconds(60);
  private Consumer<Problem> listener = p -> {};
  private Progress progress;
  private List<ArticleReader> readers = Ingest.defaultReaders();

  /** An indexer adding to this index. */
  public Indexer(ArticleIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** The outlet of articles that name none (plain text files). */
  public Indexer outlet(String name) {
    this.outlet = name;
    return this;
  }

  /** Worker threads for extraction and analysis, at least 1 (default: the number of cores). */
  public Indexer threads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + count);
    }
    this.threads = count;
    return this;
  }

  /** Whether to stop at the first problem. */
  public Indexer strict(boolean value) {
    this.strict = value;
    return this;
  }

  /**
   * How often to commit during a long run, so that a crash loses at most this much work (default
   * 60 s; never with {@link #strict}, whose batch is all or nothing).
   */
  public Indexer commitEvery(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("commit interval must be positive, got " + interval);
    }
    this.commitEvery = interval;
    return this;
  }

  /** The readers to use, tried in order (default: {@link Ingest#defaultReaders()}). */
  public Indexer readers(List<ArticleReader> value) {
    this.readers = List.copyOf(value);
    return this;
  }

  /** Where progress goes ("indexing", articles so far, 0), or null for nowhere. */
  public Indexer progress(Progress value) {
    this.progress = value;
    return this;
  }

  /** Where problems go, one at a time, from the reading thread. */
  public Indexer problems(Consumer<Problem> value) {
    this.listener = Objects.requireNonNull(value, "listener");
    return this;
  }

  /**
   * Reads the files and folders and adds every article found.
   *
   * @throws IOException when the index cannot be written (the input's problems are not thrown:
   *     they go to the listener)
   */
  public Summary run(List<Path> roots) throws IOException {
    Ingest ingest = new Ingest(readers);
    Counting counting = null;
    try (ParallelIndexer workers = new ParallelIndexer(index, threads)) {
      counting = new Counting(workers);
      ingest.read(roots, outlet, counting);
    } finally {
      if (counting != null) {
        counting.awaitCommit();
      }
    }
    if (counting.commitFailure instanceof IOException e) {
      throw e;
    } else if (counting.commitFailure instanceof RuntimeException e) {
      throw e;
    }
    return new Summary(
        counting.accepted, counting.repaired, counting.skipped, ingest.ignored(), strict && counting.problems() > 0);
  }

  private final class Counting implements ArticleSink {
    private final ParallelIndexer workers;
    long accepted;
    long repaired;
    long skipped;
    long lastCommit = System.nanoTime();
    /** The periodic commit in progress, if any: it runs beside the reading, one at a time. */
    private Thread committing;
    volatile Exception commitFailure;

    Counting(ParallelIndexer workers) {
      this.workers = workers;
    }

    /**
     * Starts a commit when one is due. It runs on a thread of its own, because a commit flushes
     * every buffered document on the thread that calls it: on the reading thread the workers would
     * run out of articles and wait for it (seconds, every minute of a long run).
     */
    private void commitWhenDue() {
      if (strict || System.nanoTime() - lastCommit < commitEvery.toNanos()
          || (committing != null && committing.isAlive())) {
        return;
      }
      lastCommit = System.nanoTime();
      committing = new Thread(() -> {
        try {
          index.commit();
        } catch (IOException | RuntimeException e) {
          commitFailure = e;
        }
      }, "copydesk-commit");
      committing.setDaemon(true);
      committing.start();
    }

    /** Waits for a periodic commit still running (the caller's commit must not overlap it). */
    void awaitCommit() {
      boolean interrupted = false;
      while (committing != null && committing.isAlive()) {
        try {
          committing.join();
        } catch (InterruptedException e) {
          interrupted = true; // a commit cut short could not be trusted: wait it out
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    long problems() {
      return repaired + skipped;
    }

    @Override
    public void accept(Article article) {
      if (!stopped() && workers.add(article)) {
        accepted++;
        commitWhenDue();
        if (progress != null && (accepted & 63) == 0) {
          progress.update("indexing", accepted, 0);
        }
      }
    }

    @Override
    public void warn(String location, String message) {
      repaired++;
      listener.accept(new Problem(false, location, message));
    }

    @Override
    public void skip(String location, String message) {
      skipped++;
      listener.accept(new Problem(true, location, message));
    }

    @Override
    public boolean stopped() {
      return workers.failed() || commitFailure != null || (strict && problems() > 0);
    }
  }
}
