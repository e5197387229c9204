package dev.glassbox.bench;

import static dev.glassbox.bench.LossChartRepaintBenchmark.onEdt;
import static dev.glassbox.bench.LossChartRepaintBenchmark.xorChart;

import dev.glassbox.core.session.LossHistory;
import dev.glassbox.swing.chart.LossChartPanel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory for 10⁷ epochs of loss history shown on the chart: the history's own count of its array
 * bytes, and the growth of the live heap (after a full collection) from an empty chart to one
 * showing the history. Target: at most 100 MB. JMH prints these counters summed over the
 * iterations; the per-iteration figure is the "avg" of the line below. The time reported includes
 * the collections.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class LossChartMemoryBenchmark {
    static final int EPOCHS = 10_000_000;

    /** The figures, reported next to the time (megabytes of 10⁶ bytes). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Memory {
        public double historyMB;
        public double heapGrowthMB;
    }

    private LossChartPanel chart;

    @Setup(Level.Iteration)
    public void setUp() throws Exception {
        chart = xorChart();
    }

    @Benchmark
    public LossHistory tenMillionEpochs(Memory memory) throws Exception {
        long before = liveHeap();
        LossHistory history = onEdt(() -> LossChartAppendBenchmark.appendAndShow(chart, EPOCHS, "10^7 epochs"));
        long after = liveHeap();
        memory.historyMB = history.footprintBytes() / 1e6;
        memory.heapGrowthMB = (after - before) / 1e6;
        return history;
    }

    static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
