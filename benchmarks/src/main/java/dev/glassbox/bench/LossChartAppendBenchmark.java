package dev.glassbox.bench;

import static dev.glassbox.bench.LossChartRepaintBenchmark.onEdt;
import static dev.glassbox.bench.LossChartRepaintBenchmark.xorChart;

import dev.glassbox.core.session.LossHistory;
import dev.glassbox.swing.chart.LossChartPanel;
import java.util.concurrent.TimeUnit;
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
 * Appending 10⁶ epochs to a loss history and refreshing the chart's dataset from it (the decimated
 * points of an 800-pixel-wide chart), as one shot. Target: under 0.5 s in total.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class LossChartAppendBenchmark {
    static final int EPOCHS = 1_000_000;

    private LossChartPanel chart;

    @Setup(Level.Iteration)
    public void setUp() throws Exception {
        chart = xorChart();
    }

    @Benchmark
    public LossHistory appendAndRefresh() throws Exception {
        return onEdt(() -> appendAndShow(chart, EPOCHS, "appended"));
    }

    /**
     * Appends {@code epochs} losses to a new history and shows it on {@code chart}: the measured
     * work. (The losses pass through an array first, as only a session appends to a live history.)
     */
    static LossHistory appendAndShow(LossChartPanel chart, int epochs, String label) {
        double[] losses = new double[epochs];
        for (int e = 1; e <= epochs; e++) {
            losses[e - 1] = loss(e);
        }
        LossHistory history = LossHistory.of(losses);
        chart.setComparison(history, label);
        return history;
    }

    /** A plausible loss curve with a little noise, cheap to compute. */
    static double loss(int epoch) {
        return 0.25 / (1 + epoch * 1e-3) + 1e-3 * ((epoch * 2654435761L >>> 16) & 0xFF) / 255.0;
    }
}
