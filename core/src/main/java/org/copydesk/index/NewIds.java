package org.copydesk.index;

import java.io.InterruptedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The ids added to an index that was empty when it was opened, as a Bloom filter, so that an
 * article whose id is certainly new is added rather than updated: an update also deletes by id,
 * and applying those deletes cost a seventh of Lucene's work per copydesk document
 * ({@code DocumentCost}, Reuters).
 *
 * <p>A filter can only err towards "seen", and an update of a new id is merely slower, so every
 * answer is safe. Its size is fixed (4 MB: 2<sup>25</sup> bits, two per id, about 0.3% of new ids
 * taken for seen after a million), so nothing in it grows with the number of articles.
 *
 * <p>NOTE: an add and a later update of the same id must reach the writer in that order, or the
 * update would not delete the add. {@link #claim} makes a thread wait while another is testing and
 * writing the same id; threads writing different ids never wait for each other. (A lock stripe per
 * id hash made them wait: a thread that flushes a segment inside {@code addDocument} held its
 * stripe for a second or more, and the other thread soon wanted the same stripe.)
 */
final class NewIds {

  private static final int BITS_LOG2 = 25;
  private static final int BIT_MASK = (1 << BITS_LOG2) - 1;

  private final AtomicLongArray bits = new AtomicLongArray(1 << (BITS_LOG2 - 6));
  /** The ids being tested and written now, each with the latch its writer opens when done. */
  private final ConcurrentHashMap<String, CountDownLatch> writing = new ConcurrentHashMap<>();

  /** A 64-bit hash of the id (FNV-1a over its chars, then mixed). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Waits until no other thread is writing this id, then claims it. The caller tests the id,
   * writes its document and then gives the claim to {@link #release}, in a finally block.
   */
  CountDownLatch claim(String id) throws InterruptedIOException {
    CountDownLatch mine = new CountDownLatch(1);
    for (CountDownLatch other; (other = writing.putIfAbsent(id, mine)) != null; ) {
      try {
        other.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while another thread wrote id " + id);
      }
    }
    return mine;
  }

  /** Ends a claim, letting the next writer of the id go on. */
  void release(String id, CountDownLatch claim) {
    writing.remove(id, claim);
    claim.countDown();
  }

  /** Records the id; true when it was certainly not recorded before. */
  boolean firstSight(long hash) {
    boolean a = set((int) hash & BIT_MASK);
    boolean b = set((int) (hash >>> 32) & BIT_MASK);
    return a || b;
  }

  /** Sets the bit; true when it was clear. */
  private boolean set(int bit) {
    long mask = 1L << bit;
    return (bits.getAndAccumulate(bit >>> 6, mask, (old, m) -> old | m) & mask) == 0;
  }
}
