package org.copydesk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap in use while some work runs: the largest of the heap in use just before
 * each garbage collection (from GC notifications, which catch the true highs) and of a sampler
 * reading the heap every 10 ms (which catches the work's end, when no collection follows).
 *
 * <p>Call {@link #start} after a {@link System#gc()} so that the baseline is the live heap, and
 * {@link #stop} when the work is done; {@link #peakLive} then says how much the work kept. NOTE: "in use" includes garbage not yet collected, so the
 * figure depends on the heap size (-Xmx) and the collector; compare figures taken with the same.
 */
final class HeapMonitor implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final Set<String> heapPools = new HashSet<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private volatile boolean running;
  private Thread sampler;

  HeapMonitor() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
  }

  /** Starts watching from a clean peak. */
  void start() {
    peak.set(used());
    running = true;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Stops watching; returns the peak heap in use, in bytes. */
  long stop() {
    running = false;
    if (sampler != null) {
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sampler = null;
    }
    peak.accumulateAndGet(used(), Math::max);
    close();
    return peak.get();
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already removed
      }
    }
    emitters.clear();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    peakLive.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long heapUsed(java.util.Map<String, MemoryUsage> pools) {
    long used = 0;
    for (var e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    return used;
  }

  /**
   * The most heap in use right after a collection while the work ran, in bytes: the high of what
   * the work kept (plus garbage a young collection left in the old generation). It is what grows
   * with the input when something is held that need not be. Call after {@link #stop}.
   */
  long peakLive() {
    return peakLive.get();
  }
}
