package dev.glassbox.bench;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One repaint of the loss chart (800 × 400, into a BufferedImage) after 10³ and after 10⁶ trained
 * epochs of XOR. The chart draws one bucket per pixel column, so the two should cost about the
 * same: the target is 10⁶ ≤ 2 × 10³ in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class LossChartRepaintBenchmark {
    static final int WIDTH = 800;
    static final int HEIGHT = 400;

    @Param({"1000", "1000000"})
    public int epochs;

    private GlassboxModel model;
    private LossChartPanel chart;
    private BufferedImage image;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        model = new GlassboxModel(BuiltInScenarios.get("xor"));
        chart = onEdt(() -> sizedChart(model));
        onEdt(() -> model.session().run(epochs));
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        onEdt(() -> {
            model.close();
            return null;
        });
    }

    @Benchmark
    public BufferedImage repaint() throws Exception {
        return onEdt(() -> {
            Graphics2D g = image.createGraphics();
            try {
                chart.paint(g);
            } finally {
                g.dispose();
            }
            return image;
        });
    }

    /** A sized chart of a fresh {@code xor} model, made on the event thread (the other chart benchmarks start from it). */
    static LossChartPanel xorChart() throws Exception {
        return onEdt(() -> sizedChart(new GlassboxModel(BuiltInScenarios.get("xor"))));
    }

    /** A chart of {@code model} sized and laid out as if on screen at {@link #WIDTH} × {@link #HEIGHT}. */
    static LossChartPanel sizedChart(GlassboxModel model) {
        LossChartPanel chart = new LossChartPanel(model);
        chart.setSize(WIDTH, HEIGHT);
        layOut(chart);
        return chart;
    }

    private static void layOut(Container c) {
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container k) {
                layOut(k);
            }
        }
    }

    /** Runs {@code task} on the event thread (the chart is confined to it) and returns its result. */
    static <T> T onEdt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
