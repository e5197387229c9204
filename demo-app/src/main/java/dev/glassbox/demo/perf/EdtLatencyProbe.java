package dev.glassbox.demo.perf;

import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * Measures how responsive the event thread is: every period a daemon thread posts a probe with
 * {@code invokeLater} and records how long it waited before it ran. Used by the responsiveness
 * test and {@code scripts/responsiveness.sh}.
 */
public final class EdtLatencyProbe {
    private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "edt-latency-probe");
        t.setDaemon(true);
        return t;
    });
    private long[] delays = new long[1024];
    private int count;

    private EdtLatencyProbe() {
    }

    /** Starts probing every {@code periodMillis}. */
    public static EdtLatencyProbe start(long periodMillis) {
        EdtLatencyProbe probe = new EdtLatencyProbe();
        probe.poster.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            SwingUtilities.invokeLater(() -> probe.record(System.nanoTime() - posted));
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
        return probe;
    }

    private synchronized void record(long nanos) {
        if (count == delays.length) {
            delays = Arrays.copyOf(delays, 2 * count);
        }
        delays[count++] = nanos;
    }

    /** Stops probing and summarises the delays recorded so far. Not on the event thread. */
    public Latency stop() throws InterruptedException {
        poster.shutdown();
        poster.awaitTermination(1, TimeUnit.SECONDS);
        // Let the last posted probes run before reading.
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            long[] sorted = Arrays.copyOf(delays, count);
            Arrays.sort(sorted);
            return new Latency(count, millis(sorted, 0.50), millis(sorted, 0.99),
                    count == 0 ? 0 : sorted[count - 1] / 1e6);
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /**
     * Event-thread delays of a probing run.
     *
     * @param probes how many probes ran
     * @param p50    the median delay, in milliseconds
     * @param p99    the 99th percentile, in milliseconds
     * @param max    the longest delay, in milliseconds
     */
    public record Latency(int probes, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d probes: p50 %.2f ms, p99 %.2f ms, max %.2f ms", //$NON-NLS$ (parsed by scripts)
                    probes, p50, p99, max);
        }
    }
}
