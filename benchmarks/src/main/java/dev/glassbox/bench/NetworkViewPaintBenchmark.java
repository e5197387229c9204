package dev.glassbox.bench;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NetworkView;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
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
 * Painting the network view of {@code xor} at 1280 × 800 into an image, headless: the idle picture
 * (target: median ≤ 1 ms) and one frame of the forward animation (its allocation per frame, with
 * {@code -prof gc}, must stay flat from iteration to iteration: bounded garbage, nothing that grows).
 *
 * <p>Nothing is shown, so the view and its model are confined to the benchmark thread instead of
 * the event thread. The frame is painted through {@link NetworkView#paintSnapshot}, since the model's
 * phase only moves with its timer. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * NetworkViewPaint -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class NetworkViewPaintBenchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private NetworkView view;
    private BufferedImage image;
    private Graphics2D g;
    private long frame;

    @Setup
    public void setUp() {
        view = new NetworkView(new GlassboxModel(BuiltInScenarios.get("xor")));
        view.setSize(WIDTH, HEIGHT);
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
    }

    @TearDown
    public void tearDown() {
        g.dispose();
        view.model().close();
    }

    /** The whole view, nothing moving. */
    @Benchmark
    public BufferedImage idle() {
        view.paintSnapshot(g, Phase.IDLE, 0);
        return image;
    }

    /** One frame of the forward phase around its middle, the packets a little further on each frame. */
    @Benchmark
    public BufferedImage forwardFrame() {
        view.paintSnapshot(g, Phase.FORWARD, 0.4 + 0.2 * (frame++ % 100) / 100.0);
        return image;
    }
}
