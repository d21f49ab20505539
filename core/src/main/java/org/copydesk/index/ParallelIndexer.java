package org.copydesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.ingest.Article;

/**
 * Adds articles to an index from several threads: extraction, fingerprints and analysis run in
 * parallel, feeding one {@link ArticleIndex}.
 *
 * <p>Articles are routed to workers by id, so two versions of one article are added in the order
 * they were given (the later replaces the earlier). {@link #add} blocks when the workers are behind,
 * so memory stays bounded. The first failure stops every worker and is thrown by {@link #close}.
 *
 * <p>NOTE: {@link #add} is meant to be called from one thread (the reader's).
 */
public final class ParallelIndexer implements Closeable {

  private static final Article POISON = Article.of("\u0000poison", "", "");

  private final ArticleIndex index;
  private final List<BlockingQueue<Article>> queues = new ArrayList<>();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final AtomicLong added = new AtomicLong();

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
    if (threads == 1) {
      return;
    }
    for (int i = 0; i < threads; i++) {
      BlockingQueue<Article> queue = new ArrayBlockingQueue<>(64);
      queues.add(queue);
      Thread worker = new Thread(() -> work(queue), "copydesk-indexer-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Queues one article; returns false when indexing has failed and stopped. */
  public boolean add(Article article) {
    if (failure.get() != null) {
      return false;
    }
    if (queues.isEmpty()) {
      try {
        index.add(article);
        added.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
        return false;
      }
      return true;
    }
    BlockingQueue<Article> queue = queues.get(Math.floorMod(article.id().hashCode(), queues.size()));
    try {
      queue.put(article);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
      return false;
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

  private void work(BlockingQueue<Article> queue) {
    try {
      while (true) {
        Article article = queue.take();
        if (article == POISON) {
          return;
        }
        if (failure.get() == null) {
          index.add(article);
          added.incrementAndGet();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      failure.compareAndSet(null, e instanceof Exception ex ? ex : new IOException(e));
      queue.clear();
      // keep draining so that the reader never blocks on a dead worker
      drain(queue);
    }
  }

  private static void drain(BlockingQueue<Article> queue) {
    try {
      while (queue.take() != POISON) {
        // dropped: indexing has failed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the workers to finish; throws the first failure. Does not close the index. */
  @Override
  public void close() throws IOException {
    for (BlockingQueue<Article> queue : queues) {
      try {
        queue.put(POISON);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
