package dev.glassbox.swing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Backprop;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.testing.ManualClock;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The decision boundary painted into an image, no window: the map's color at each sample's point is
 * the color of core's output there, discretized it is exactly one class's color, and a one-input
 * network gets its output's curve.
 */
class DecisionBoundaryPaintTest {
    private static final int W = 420;
    private static final int H = 460;

    private static <T> T onEdt(Supplier<T> action) {
        return GuiActionRunner.execute(action::get);
    }

    /** A view of {@code scenario} after {@code epochs} epochs, laid out at W × H. */
    private static DecisionBoundaryView view(Scenario scenario, int epochs) {
        TrainingSession session = new TrainingSession(scenario);
        session.run(epochs);
        DecisionBoundaryView view = new DecisionBoundaryView(new GlassboxModel(session));
        view.setSize(W, H);
        view.doLayout();
        return view;
    }

    /** The map alone (no samples on top), as the plot paints it. */
    private static BufferedImage paintMap(DecisionBoundaryView view) {
        return paint(view, g -> view.plot().paintMap(g, view.plot().area()));
    }

    /** The whole plot: map, axes, samples. */
    private static BufferedImage paintPlot(DecisionBoundaryView view) {
        return paint(view, g -> view.plot().paint(g));
    }

    private static BufferedImage paint(DecisionBoundaryView view, Consumer<Graphics2D> painter) {
        BoundaryPlot plot = view.plot();
        BufferedImage image = new BufferedImage(plot.getWidth(), plot.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        painter.accept(g);
        g.dispose();
        return image;
    }

    private static double output(GlassboxModel model, Sample s) {
        return output(model, s, 0);
    }

    private static double output(GlassboxModel model, Sample s, int k) {
        double[] x = s.x().stream().mapToDouble(Double::doubleValue).toArray();
        double[][] a = Backprop.activations(model.architecture(), model.parameters(), x);
        return a[model.architecture().depth()][k];
    }

    private static int[] rgb(int c) {
        return new int[] {c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF};
    }

    private static int distance(int a, int b) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return Math.max(Math.abs(x[0] - y[0]), Math.max(Math.abs(x[1] - y[1]), Math.abs(x[2] - y[2])));
    }

    private static int pixelAt(BufferedImage image, Point2D p) {
        return image.getRGB((int) Math.floor(p.getX()), (int) Math.floor(p.getY())) & 0xFFFFFF;
    }

    @Test
    void theMapsColorAtEverySamplesPointIsTheColorOfTheNetworksOutputThere() {
        onEdt(() -> {
            for (String id : List.of("xor", "spiral")) {
                // the spiral early in training, while its output is smooth at the scale of a cell (1/100 of the
                // plane): later it turns nearly as steep as a step, and a cell's centre is not the sample's value
                DecisionBoundaryView view = view(BuiltInScenarios.get(id), id.equals("xor") ? 3000 : 300);
                BufferedImage image = paintMap(view);
                MapPalette palette = MapPalette.current();
                List<Integer> distances = new ArrayList<>();
                for (Sample s : view.model().samples()) {
                    double out = output(view.model(), s);
                    int expected = palette.rgb(MapPalette.share(out, 0, 1, false));
                    int painted = pixelAt(image, view.plot().pointOf(s.x().get(0), s.x().get(1)));
                    distances.add(distance(painted, expected));
                    if (id.equals("xor")) {
                        // learned: each sample sits in its own class's color
                        assertThat(distance(painted, palette.rgb(s.y().get(0)))).as("xor sample " + s).isLessThan(40);
                    }
                }
                // a map of 100 × 100 cells, smoothly scaled: at a sample within a few levels of 255 on average,
                // and within 12 where the output is steepest (it changes by some 0.05 over one cell there)
                assertThat(distances).as(id).allMatch(d -> d <= 12);
                assertThat(distances.stream().mapToInt(Integer::intValue).average().orElseThrow()).as(id).isLessThan(2);
            }
            return null;
        });
    }

    /**
     * Three classes (softmax): the output chosen is mapped — at every sample its color is that
     * output's activation there — and once learned each class's samples sit in target 1's color on
     * their own output's map and in target 0's on the others'; the samples are drawn by their target
     * for the output shown.
     */
    @Test
    void withSeveralOutputsTheChosenOutputIsMappedAndTheSamplesDrawnByItsTarget() {
        onEdt(() -> {
            DecisionBoundaryView view = view(BuiltInScenarios.get("three-classes"), 300);
            MapPalette palette = MapPalette.current();
            assertThat(view.shownOutput()).isZero();
            for (int k = 0; k < 3; k++) {
                view.setShownOutput(k);
                BufferedImage map = paintMap(view);
                for (Sample s : view.model().samples()) {
                    Point2D p = view.plot().pointOf(s.x().get(0), s.x().get(1));
                    int expected = palette.rgb(MapPalette.share(output(view.model(), s, k), 0, 1, false));
                    assertThat(distance(pixelAt(map, p), expected)).as("output %d at %s", k + 1, s).isLessThanOrEqualTo(12);
                    assertThat(distance(pixelAt(map, p), palette.rgb(s.y().get(k)))).as("learned: output %d at %s", k + 1, s)
                            .isLessThan(60);
                }
                BufferedImage plot = paintPlot(view);
                int positive = GlassboxTheme.color(GlassboxTheme.BOUNDARY_POSITIVE).getRGB() & 0xFFFFFF;
                for (Sample s : view.model().samples()) {
                    Point2D p = view.plot().pointOf(s.x().get(0), s.x().get(1));
                    // a target-1 sample is a filled disc in target 1's color at its centre; a target-0 one, not
                    boolean disc = distance(pixelAt(plot, p), positive) < 30;
                    assertThat(disc).as("output %d: sample %s drawn by its target %s", k + 1, s, s.y().get(k))
                            .isEqualTo(s.y().get(k) >= 0.5);
                }
            }
            return null;
        });
    }

    @Test
    void discretizedTheMapIsExactlyTheColorOfTheSideOfOneHalfTheOutputIsOn() {
        onEdt(() -> {
            DecisionBoundaryView view = view(BuiltInScenarios.get("xor"), 3000);
            List<Object> changes = new ArrayList<>();
            view.addPropertyChangeListener("discretized", e -> changes.add(e.getNewValue()));
            view.setDiscretized(true);
            assertThat(changes).containsExactly(true);
            BufferedImage image = paintMap(view);
            MapPalette palette = MapPalette.current();
            for (Sample s : view.model().samples()) {
                int painted = pixelAt(image, view.plot().pointOf(s.x().get(0), s.x().get(1)));
                assertThat(painted).isEqualTo(palette.rgb(output(view.model(), s) >= 0.5 ? 1 : 0));
            }
            // and the map takes only the two colors: no shade of the middle (the bilinear edge aside)
            Point2D centre = view.plot().pointOf(0.5, 0.5);
            int middle = pixelAt(image, centre);
            assertThat(middle == palette.rgb(1) || middle == palette.rgb(0) || distance(middle, palette.rgb(0.5)) > 20)
                    .isTrue();
            view.setDiscretized(false);
            assertThat(changes).containsExactly(true, false);
            return null;
        });
    }

    @Test
    void aOneInputNetworkGetsItsOutputsCurveOverTheInputWithTheSamplesAtTheirTargets() {
        Scenario bump = Scenario.builder().name("bump")
                .architecture(new Architecture(List.of(1, 3, 1), List.of(Activation.TANH, Activation.SIGMOID), Loss.MSE))
                .learningRate(1).seed(4)
                .samples(List.of(Sample.of(new double[] {0}, new double[] {0}),
                        Sample.of(new double[] {0.5}, new double[] {1}),
                        Sample.of(new double[] {1}, new double[] {0})))
                .build();
        onEdt(() -> {
            DecisionBoundaryView view = view(bump, 2000);
            assertThat(view.secondInput()).isEqualTo(-1);
            BufferedImage image = paintPlot(view);
            int curve = GlassboxTheme.color(GlassboxTheme.BOUNDARY_OUTLINE).getRGB() & 0xFFFFFF;
            int background = GlassboxTheme.color(GlassboxTheme.BACKGROUND).getRGB() & 0xFFFFFF;
            for (double x : new double[] {0.2, 0.3, 0.7, 0.8}) {
                double out = output(view.model(), Sample.of(new double[] {x}, new double[] {0}));
                Point2D on = view.plot().pointOf(x, out);
                assertThat(distance(pixelAt(image, on), curve)).as("on the curve at " + x).isLessThan(60);
                Point2D off = view.plot().pointOf(x, out + 0.25);
                assertThat(pixelAt(image, off)).as("off the curve at " + x).isEqualTo(background);
            }
            // the sample of target 1 is a filled disc in target 1's color
            Point2D one = view.plot().pointOf(0.5, 1);
            Color positive = GlassboxTheme.color(GlassboxTheme.BOUNDARY_POSITIVE);
            assertThat(distance(pixelAt(image, new Point2D.Double(one.getX() + 1.5, one.getY() + 1.5)),
                    positive.getRGB())).isLessThan(40);
            // no map for the neurons of a curve: the renderer draws them as the standard one does
            view.setNeuronMapsShown(true);
            assertThat(view.shownNeuron()).isEqualTo(new NeuronId(2, 0));
            return null;
        });
    }

    @Test
    void duringAnAnimatedUpdateTheOldMapCrossFadesIntoTheNewOne() {
        ManualClock clock = new ManualClock();
        onEdt(() -> {
            TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor").toBuilder().learningRate(40).build());
            session.run(20);
            GlassboxModel model = new GlassboxModel(session, clock);
            model.setSpeed(GlassboxModel.BULK_SPEED - 1);
            DecisionBoundaryView view = new DecisionBoundaryView(model);
            view.setSize(W, H);
            view.doLayout();
            model.stepEpoch();
            while (model.phase() != Phase.UPDATE || model.phaseProgress() < 0.4) {
                clock.frame(5);
            }
            double progress = model.phaseProgress();
            assertThat(progress).isLessThan(1);
            // the frames of both parameters, as the worker hands them over when the view is shown
            Rectangle r = BoundaryPlot.pixels(view.plot().area());
            NeuronId out = new NeuronId(2, 0);
            MapPalette palette = MapPalette.current();
            BufferedImage before = view.frameOf(model.parameters()).scaled(out, false, palette, r.width, r.height);
            BufferedImage after = view.frameOf(model.trace().after()).scaled(out, false, palette, r.width, r.height);
            BufferedImage painted = paintMap(view);
            int changed = 0;
            for (int y = 0; y < r.height; y += 7) {
                for (int x = 0; x < r.width; x += 7) {
                    int[] b = rgb(before.getRGB(x, y));
                    int[] a = rgb(after.getRGB(x, y));
                    int[] p = rgb(painted.getRGB(r.x + x, r.y + y));
                    for (int c = 0; c < 3; c++) {
                        assertThat((double) p[c]).isCloseTo(b[c] + (a[c] - b[c]) * progress, within(2.0));
                    }
                    changed += distance(before.getRGB(x, y), after.getRGB(x, y)) > 10 ? 1 : 0;
                }
            }
            assertThat(changed).as("points where the update moves the map visibly").isPositive();
            return null;
        });
    }

    @Test
    void withThreeInputsTwoArePlottedAndTheThirdIsHeldAtAChosenValue() {
        Scenario three = Scenario.builder().name("three inputs")
                .architecture(new Architecture(List.of(3, 2, 1), List.of(Activation.TANH, Activation.SIGMOID), Loss.MSE))
                .learningRate(1).seed(2)
                .samples(List.of(Sample.of(new double[] {0, 0, 0}, new double[] {0}),
                        Sample.of(new double[] {1, 0, 1}, new double[] {1}),
                        Sample.of(new double[] {0, 1, 0.5}, new double[] {1})))
                .build();
        onEdt(() -> {
            DecisionBoundaryView view = view(three, 200);
            assertThat(view.firstInput()).isZero();
            assertThat(view.secondInput()).isEqualTo(1);
            assertThat(view.fixedValue(2)).isEqualTo(0.5);   // the samples' mean
            assertThat(named(view, "boundaryInputAcross")).isInstanceOf(javax.swing.JComboBox.class);
            assertThat(named(view, "boundaryFixedInput.3")).isInstanceOf(javax.swing.JSpinner.class);

            view.setPlottedInputs(0, 2);
            view.setFixedValue(1, 0.7);
            assertThat(named(view, "boundaryFixedInput.2")).isInstanceOf(javax.swing.JSpinner.class);
            assertThat(named(view, "boundaryFixedInput.3")).isNull();
            assertThat(((Number) ((javax.swing.JSpinner) named(view, "boundaryFixedInput.2")).getValue()).doubleValue())
                    .isEqualTo(0.7);
            BufferedImage image = paintMap(view);
            MapPalette palette = MapPalette.current();
            for (double[] xz : new double[][] {{0.2, 0.3}, {0.8, 0.6}, {0.5, 0.9}}) {
                double out = output(view.model(), Sample.of(new double[] {xz[0], 0.7, xz[1]}, new double[] {0}));
                int painted = pixelAt(image, view.plot().pointOf(xz[0], xz[1]));
                assertThat(distance(painted, palette.rgb(MapPalette.share(out, 0, 1, false)))).isLessThanOrEqualTo(3);
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> view.setPlottedInputs(2, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("needs two different inputs from 0 to 2, got 2 and 2");
            return null;
        });
    }

    /** The component of {@code name} inside {@code c}, or null. */
    private static java.awt.Component named(java.awt.Container c, String name) {
        for (java.awt.Component k : c.getComponents()) {
            if (name.equals(k.getName())) {
                return k;
            }
            if (k instanceof java.awt.Container inner && named(inner, name) != null) {
                return named(inner, name);
            }
        }
        return null;
    }
}
