package org.vdkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples the used heap of this JVM every few milliseconds and keeps the peak, for one measured phase; and keeps the
 * peak of the heap still in use right after a garbage collection, which is what the phase needs at least: with a
 * large maximum heap the used heap is mostly garbage not yet collected (issue 20).
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::afterGc;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;

    HeapSampler() {
        // Start from what the phase itself needs, not from the garbage of the one before.
        System.gc();
        peak = memory.getHeapMemoryUsage().getUsed();
        peakAfterGc = peak;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(afterGc, null, null);
                emitters.add(e);
            }
        }
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "vdkg-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void afterGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        synchronized (this) {
            peakAfterGc = Math.max(peakAfterGc, used);
        }
    }

    /** Peak used heap so far, in MiB. */
    double peakMiB() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
    }

    /**
     * Peak heap in use right after a collection, in MiB: an upper bound of what the phase kept alive at that moment
     * (a young collection leaves older garbage in place). Collections the phase did not need are not forced.
     */
    double peakAfterGcMiB() {
        return peakAfterGc / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
