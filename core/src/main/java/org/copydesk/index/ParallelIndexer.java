package org.copydesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.AlreadyClosedException;
import org.copydesk.ingest.Article;

/**
 * Adds articles to an index from several threads: extraction, fingerprints and analysis run in
 * parallel, feeding one {@link ArticleIndex}.
 *
 * <p>Every worker takes the next articles from one shared queue, so a worker busy flushing a
 * segment (which Lucene does inside the add that fills its buffer) holds nobody up. It takes up to
 * {@link #BATCH} at once, makes all their documents, then adds them all. NOTE: interleaving the two
 * per article made Lucene's part cost a third more than it does alone: the extractors' tables and
 * Lucene's in-memory postings evicted each other from the CPU caches, 64 times per 64 articles
 * instead of once. Two versions
 * of one article are still added in the order they were given (the later replaces the earlier): a
 * version waits for the one before it to be written. {@link #add} blocks when the workers are
 * behind, so memory stays bounded. Once every worker is out of articles, they flush the writer's
 * in-memory segments between them, so that the caller's commit finds none left to flush on its
 * one thread. The first failure stops every worker and is thrown by {@link #close}.
 *
 * <p>NOTE: {@link #add} is meant to be called from one thread (the reader's); it is synchronized,
 * so that other callers are safe, only slower.
 */
public final class ParallelIndexer implements Closeable {

  /** One article to add; it waits for {@code after} (the previous version's {@code done}), if any. */
  private record Task(Article article, CountDownLatch after, CountDownLatch done) {}

  private static final Task POISON = new Task(null, null, null);

  /** How many articles a worker takes at once: it prepares them all, then writes them all. */
  private static final int BATCH = 64;

  private final ArticleIndex index;
  private final BlockingQueue<Task> queue;
  /** Each id queued and not yet written, with its newest version's {@code done}. */
  private final ConcurrentHashMap<String, CountDownLatch> pending = new ConcurrentHashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final AtomicLong added = new AtomicLong();
  /** Counts the workers down as they run out of articles: the last buffers are flushed after. */
  private final CountDownLatch drained;
  private boolean closed;

  /**
   * Starts the workers.
   *
   * @param index the index to add to
   * @param threads how many workers, at least 1; 1 adds in the caller's thread
   */
  public ParallelIndexer(ArticleIndex index, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.index = index;
    this.queue = threads == 1 ? null : new ArrayBlockingQueue<>(64 * threads);
    this.drained = new CountDownLatch(threads == 1 ? 0 : threads);
    for (int i = 0; threads > 1 && i < threads; i++) {
      Thread worker = new Thread(this::work, "copydesk-indexer-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /**
   * Queues one article; returns false when indexing has failed and stopped, or after {@link
   * #close}. Synchronized, so that the order of the queue is the order of {@link #pending} even
   * with several callers.
   */
  public synchronized boolean add(Article article) {
    if (failure.get() != null || closed) {
      return false;
    }
    if (queue == null) {
      try {
        index.add(article);
        added.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
        return false;
      }
      return true;
    }
    CountDownLatch done = new CountDownLatch(1);
    boolean queued = false;
    try {
      CountDownLatch after = pending.put(article.id(), done);
      queue.put(new Task(article, after, done));
      queued = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
      return false;
    } finally {
      if (!queued) { // no later version may wait for this one
        pending.remove(article.id(), done);
        done.countDown();
      }
    }
    return true;
  }

  /** Whether a worker has failed (indexing has stopped). */
  public boolean failed() {
    return failure.get() != null;
  }

  /** How many articles have been added to the index so far. */
  public long added() {
    return added.get();
  }

  private void work() {
    try {
      addUntilPoisoned();
    } finally {
      drained.countDown();
    }
    flushLastBuffers();
  }

  /**
   * Once every worker has run out of articles, flushes in-memory segments on this thread until none
   * is left. Else the caller's commit would flush them all on its one thread while the other cores
   * idle: a few seconds at the end of every run, the writer's whole RAM buffer.
   */
  private void flushLastBuffers() {
    try {
      drained.await();
      while (failure.get() == null && index.flushNextBuffer()) {
        // each call flushes one segment (another worker may be flushing the next)
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the commit flushes what is left
    } catch (IOException | RuntimeException | Error e) {
      fail(e);
    }
  }

  private void addUntilPoisoned() {
    List<Task> batch = new ArrayList<>(BATCH);
    List<ArticleIndex.Prepared> prepared = new ArrayList<>(BATCH);
    try {
      boolean last = false;
      while (!last) {
        batch.clear();
        batch.add(queue.take());
        queue.drainTo(batch, BATCH - 1);
        int poison = batch.indexOf(POISON);
        int othersPoisons = poison < 0 ? 0 : batch.size() - poison - 1; // close queues them last
        if (poison >= 0) {
          last = true;
          batch.subList(poison, batch.size()).clear();
        }
        prepared.clear();
        for (Task task : batch) {
          prepared.add(prepare(task));
        }
        boolean interrupted = false;
        for (int i = 0; i < batch.size(); i++) {
          // after an interrupt the rest of the batch is dropped, but each still opens its latch
          interrupted |= !write(batch.get(i), interrupted ? null : prepared.get(i));
        }
        for (int i = 0; i < othersPoisons; i++) {
          queue.put(POISON); // handed back, once every latch of the batch is open
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
    }
  }

  /** The task's document, or null when it could not be made (the failure is recorded). */
  private ArticleIndex.Prepared prepare(Task task) {
    if (failure.get() != null) {
      return null;
    }
    try {
      return index.prepare(task.article());
    } catch (RuntimeException | Error e) { // an Error too: a worker must never die unreported
      fail(e);
      return null;
    }
  }

  /**
   * Writes a prepared task (null: drops it) once its previous version is written, and opens its own
   * latch. Returns false when interrupted.
   */
  private boolean write(Task task, ArticleIndex.Prepared prepared) {
    try {
      if (prepared != null && task.after() != null) {
        task.after().await(); // the previous version is being written by another worker
      }
      if (prepared != null && failure.get() == null) {
        index.write(prepared);
        added.incrementAndGet();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      return false;
    } catch (Exception | Error e) {
      fail(e);
      // keep taking (and dropping) so that the reader never blocks on a dead pipeline
    } finally {
      pending.remove(task.article().id(), task.done());
      task.done().countDown();
    }
    return true;
  }

  /**
   * Records the first failure; {@link #close} throws it. A write that fails tragically (a full
   * disk, say) closes the writer, so another worker writing at the same moment sees only "this
   * IndexWriter is closed": the writer's own cause wins over that, whichever is recorded first.
   */
  private void fail(Throwable e) {
    Exception cause = e instanceof AlreadyClosedException && e.getCause() instanceof Exception c ? c
        : e instanceof Exception ex ? ex : new IOException(e);
    failure.accumulateAndGet(cause, (first, next) ->
        first == null || first instanceof AlreadyClosedException && !(next instanceof AlreadyClosedException)
            ? next : first);
  }

  /**
   * Waits for the workers to finish; throws the first failure. Does not close the index. An
   * interrupt does not cut the wait short (the caller commits and closes the index next, which
   * must not happen under a worker still writing); it is kept for the caller to see.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    boolean interrupted = false;
    for (int i = 0; i < workers.size(); i++) {
      while (true) {
        try {
          queue.put(POISON);
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the workers keep taking, so the put gets room
        }
      }
    }
    for (Thread worker : workers) {
      while (worker.isAlive()) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Exception e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e != null) {
      throw new IOException(e);
    }
  }
}
