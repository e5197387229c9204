package dev.glassbox.bench;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Viewing a past epoch of a 10⁶-epoch history, from the call to the painted frame (target: ≤ 50 ms
 * at any epoch): on the event thread, {@link GlassboxModel#viewEpoch} of a random epoch (the trace
 * replayed from the nearest snapshot), every view refreshing on its event, then the network, the
 * chain rule, the loss calculation, the three tables and the loss chart painted into one 1600 × 900
 * image. The views are made displayable with lightweight peers, headless, so they listen to the
 * model as on screen. Run: {@code java -jar benchmarks/target/benchmarks.jar PastEpochView -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class PastEpochViewBenchmark {
    private static final int EPOCHS = 1_000_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private GlassboxModel model;
    private JPanel views;
    private BufferedImage image;
    private Graphics2D g;
    private final SplittableRandom random = new SplittableRandom(13);

    @Setup
    public void setUp() throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.session().run(EPOCHS);
            model.setSelected(new Connection(0, 0, 1));
            views = new JPanel(new GridLayout(2, 4));
            views.add(new NetworkView(model));
            views.add(new JScrollPane(new ChainRulePanel(model)));
            views.add(new LossCalculationPanel(model));
            views.add(new LossChartPanel(model));
            views.add(new JScrollPane(new ActivationsTable(model)));
            views.add(new JScrollPane(new DeltasTable(model)));
            views.add(new JScrollPane(new WeightsTable(model)));
            views.addNotify();
            views.setSize(WIDTH, HEIGHT);
            views.validate();
        });
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
    }

    @TearDown
    public void tearDown() throws InterruptedException, InvocationTargetException {
        g.dispose();
        SwingUtilities.invokeAndWait(() -> model.close());
    }

    /** A random past epoch viewed and every view painted. */
    @Benchmark
    public BufferedImage viewAndPaint() throws InterruptedException, InvocationTargetException {
        int epoch = random.nextInt(EPOCHS);
        SwingUtilities.invokeAndWait(() -> {
            model.viewEpoch(epoch);
            views.validate();
            views.paint(g);
        });
        return image;
    }
}
