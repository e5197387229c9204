package dev.glassbox.bench;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.boundary.DecisionBoundaryView;
import dev.glassbox.swing.internal.boundary.BoundaryFrame;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.internal.boundary.Plane;
import dev.glassbox.swing.model.GlassboxModel;
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
 * The decision boundary of the built-in {@code spiral} (a 2-8-8-1 tanh network): what one change of
 * the parameters costs — the frame, 100 × 100 forward passes of core's {@code Backprop.activations},
 * and the images of the output and of every neuron (the mini maps), computed on the view's worker
 * thread, not the event thread — and what a repaint of the view at 420 × 460 costs the event thread
 * (target: ≤ 2 ms), a copy of the scaled map, the axes and the 200 samples.
 *
 * <p>Nothing is shown, so the view and its model are confined to the benchmark thread. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar DecisionBoundary -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class DecisionBoundaryBenchmark {
    private Architecture architecture;
    private Parameters parameters;
    private Plane plane;
    private MapPalette palette;
    private DecisionBoundaryView view;
    private BufferedImage image;
    private Graphics2D g;

    @Setup
    public void setUp() {
        Scenario spiral = BuiltInScenarios.get("spiral");
        TrainingSession session = new TrainingSession(spiral);
        session.run(500);
        architecture = spiral.architecture();
        parameters = session.parameters();
        plane = Plane.over(spiral.samples(), 0, 1, Plane.means(spiral.samples()));
        palette = new MapPalette(java.awt.Color.ORANGE, java.awt.Color.WHITE, java.awt.Color.BLUE);
        view = new DecisionBoundaryView(new GlassboxModel(session));
        view.setSize(420, 460);
        view.doLayout();
        image = new BufferedImage(420, 460, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
    }

    @TearDown
    public void tearDown() {
        g.dispose();
    }

    /**
     * One frame of new parameters, as the worker thread computes it: the 100 × 100 output map, the
     * maps of all 19 neurons, and the output's map smoothly scaled to 380 × 380 pixels.
     */
    @Benchmark
    public BoundaryFrame frameWithNeuronMaps() {
        BoundaryFrame frame = BoundaryFrame.compute(architecture, parameters, plane);
        for (int l = 0; l <= architecture.depth(); l++) {
            for (int j = 0; j < architecture.size(l); j++) {
                frame.image(new NeuronId(l, j), false, palette);
            }
        }
        frame.scaled(new NeuronId(architecture.depth(), 0), false, palette, 380, 380);
        return frame;
    }

    /** A repaint of the view, its frame cached: the map scaled, the axes, the 200 samples. */
    @Benchmark
    public BufferedImage repaint() {
        view.paint(g);
        return image;
    }
}
