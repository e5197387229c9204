package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The view painted into an image, no window: geometry, colors and markers read back from pixels. */
class NetworkViewPaintTest {
    private static final int W = 640;
    private static final int H = 400;

    private GlassboxModel model;
    private NetworkView view;
    private BufferedImage image;

    @AfterEach
    void resetPalette() {
        UIManager.put(GlassboxTheme.COLOR_BLIND, null);
    }

    private static <T> T onEdt(Supplier<T> action) {
        return GuiActionRunner.execute(action::get);
    }

    /** Builds the view of {@code scenario} viewing sample {@code s}, and paints it at {@code phase}. */
    private void paint(Scenario scenario, int s, Phase phase, double progress) {
        onEdt(() -> {
            model = new GlassboxModel(scenario);
            model.setViewedSample(s);
            view = new NetworkView(model);
            view.setSize(W, H);
            image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paintSnapshot(g, phase, progress);
            g.dispose();
            return null;
        });
    }

    private void paint(String scenario, int s) {
        paint(BuiltInScenarios.get(scenario), s, Phase.IDLE, 0);
    }

    private NetworkLayout layout() {
        return onEdt(() -> view.networkLayout());
    }

    private static boolean near(int rgb, Color c, int tolerance) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) <= tolerance && Math.abs(p.getGreen() - c.getGreen()) <= tolerance
                && Math.abs(p.getBlue() - c.getBlue()) <= tolerance;
    }

    private Color pixel(Point2D p) {
        return new Color(image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())));
    }

    /** How many pixels in the box have (nearly) the color. */
    private int count(Rectangle2D box, Color c) {
        int n = 0;
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
                if (near(image.getRGB(x, y), c, 6)) {
                    n++;
                }
            }
        }
        return n;
    }

    private int countNear(Point2D p, int half, Color c) {
        return count(new Rectangle2D.Double(p.getX() - half, p.getY() - half, 2 * half, 2 * half), c);
    }

    @Test
    void theViewCarriesItsNameAndPaintsTheLayoutOfItsSize() {
        paint("xor", 0);
        assertThat(view.getName()).isEqualTo("networkView");
        NetworkLayout lay = layout();
        assertThat(lay.width()).isEqualTo(W);
        assertThat(lay.height()).isEqualTo(H);
        assertThat(lay.layers()).isEqualTo(3);
        // Every neuron's fill is where the layout says.
        Color fill = onEdt(() -> GlassboxTheme.color(GlassboxTheme.NEURON));
        for (NeuronId n : NetworkLayoutTest.neurons(lay)) {
            Point2D c = lay.center(n);
            Point2D inside = new Point2D.Double(c.getX(), c.getY() - lay.radius() * 0.7);
            assertThat(pixel(inside)).as("inside %s", n).isEqualTo(fill);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weightsArePaintedInTheColorOfTheirSign(boolean colorBlind) {
        UIManager.put(GlassboxTheme.COLOR_BLIND, colorBlind);
        // xor-saturated-mse: input 1 → hidden 1 is +4, input 2 → hidden 2 is −3; both wires are horizontal.
        paint("xor-saturated-mse", 1);
        NetworkLayout lay = layout();
        Connection positive = new Connection(0, 0, 0);
        Connection negative = new Connection(0, 1, 1);
        EpochTrace t = onEdt(() -> model.trace());
        assertThat(t.before().weight(positive)).isPositive();
        assertThat(t.before().weight(negative)).isNegative();
        Color plus = onEdt(() -> GlassboxTheme.signColor(1));
        Color minus = onEdt(() -> GlassboxTheme.signColor(-1));
        assertThat(plus).isEqualTo(onEdt(() -> GlassboxTheme.color(colorBlind ? GlassboxTheme.POSITIVE_CB : GlassboxTheme.POSITIVE)));
        assertThat(pixel(lay.pointAlong(positive, 0.5))).isEqualTo(plus);
        assertThat(pixel(lay.pointAlong(negative, 0.5))).isEqualTo(minus);
    }

    @Test
    void padlocksSitExactlyOnTheSaturatedNeuronsOfEverySample() {
        Scenario scenario = BuiltInScenarios.get("xor-saturated-mse");
        for (int s = 0; s < scenario.samples().size(); s++) {
            paint(scenario, s, Phase.IDLE, 0);
            NetworkLayout lay = layout();
            EpochTrace t = onEdt(() -> model.trace());
            Color lock = onEdt(() -> GlassboxTheme.color(GlassboxTheme.LOCK));
            for (NeuronId n : NetworkLayoutTest.neurons(lay)) {
                Rectangle2D box = lay.markerBox(n);
                int pixels = count(box, lock);
                if (t.saturated(s, n)) {
                    assertThat(pixels).as("padlock on %s, sample %d", n, s)
                            .isGreaterThan((int) (box.getWidth() * box.getHeight() * 0.25));
                } else {
                    assertThat(pixels).as("no padlock on %s, sample %d", n, s).isZero();
                }
            }
        }
        // The lesson's point: on sample 2 only the output is locked.
        paint(scenario, 1, Phase.IDLE, 0);
        assertThat(onEdt(() -> model.trace().saturatedNeurons(1))).containsExactly(new NeuronId(2, 0));
    }

    @Test
    void theDeadMarkSitsOnTheDeadReluOnly() {
        paint("dying-relu", 0);
        NetworkLayout lay = layout();
        Color dead = onEdt(() -> GlassboxTheme.color(GlassboxTheme.DEAD));
        assertThat(onEdt(() -> model.trace().deadNeurons())).containsExactly(new NeuronId(1, 1));
        for (NeuronId n : NetworkLayoutTest.neurons(lay)) {
            Rectangle2D box = lay.markerBox(n);
            if (n.equals(new NeuronId(1, 1))) {
                assertThat(count(box, dead)).isGreaterThan((int) (box.getWidth() * box.getHeight() * 0.2));
            } else {
                assertThat(count(box, dead)).as("no dead mark on %s", n).isLessThan(3);
            }
        }
    }

    @Test
    void aNonFiniteValueShowsTheWarningTriangle() {
        // Linear neurons with huge weights overflow to infinity on the sample (1, 1); the output and,
        // through the backward pass, every δ follow. The inputs stay finite.
        Scenario xor = BuiltInScenarios.get("xor").toBuilder().activations(Activation.LINEAR, Activation.LINEAR).build();
        Parameters huge = Parameters.of(new double[][][] {{{1e308, 1e308}, {1, 1}}, {{1, 1}}},
                new double[][] {{0, 0}, {0}});
        paint(xor.toBuilder().parameters(huge).build(), 3, Phase.IDLE, 0);
        NetworkLayout lay = layout();
        Color warning = onEdt(() -> GlassboxTheme.color(GlassboxTheme.WARNING));
        assertThat(onEdt(() -> model.trace().sample(3).neuron(1, 0).a())).isInfinite();
        assertThat(count(lay.markerBox(new NeuronId(1, 0)), warning)).isGreaterThan(20);
        assertThat(count(lay.markerBox(new NeuronId(2, 0)), warning)).isGreaterThan(20);
        assertThat(count(lay.markerBox(new NeuronId(0, 0)), warning)).isZero();
        assertThat(count(lay.markerBox(new NeuronId(0, 1)), warning)).isZero();
    }

    @Test
    void forwardPacketsCarryValuesAcrossTheFirstLayerFirst() {
        // Two weight layers: at a quarter of the phase, the packets are half way along the first.
        paint(BuiltInScenarios.get("xor"), 0, Phase.FORWARD, 0.25);
        NetworkLayout lay = layout();
        Color forward = onEdt(() -> GlassboxTheme.color(GlassboxTheme.FORWARD));
        assertThat(countNear(lay.pointAlong(new Connection(0, 0, 0), 0.5), 6, forward)).isGreaterThan(20);
        assertThat(countNear(lay.pointAlong(new Connection(1, 0, 0), 0.5), 6, forward)).isZero();
    }

    @Test
    void backwardPacketsCarryDeltasFromTheOutputFirst() {
        paint(BuiltInScenarios.get("xor"), 0, Phase.BACKWARD, 0.25);
        NetworkLayout lay = layout();
        Color backward = onEdt(() -> GlassboxTheme.color(GlassboxTheme.BACKWARD));
        assertThat(countNear(lay.pointAlong(new Connection(1, 0, 0), 0.5), 6, backward)).isGreaterThan(20);
        assertThat(countNear(lay.pointAlong(new Connection(0, 0, 0), 0.5), 6, backward)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"and", "or", "xor", "xor-saturated-mse", "xor-saturated-ce", "dying-relu", "vanishing-gradient"})
    void everyScenarioPaintsEveryPhaseAtBothSizes(String id) {
        for (Phase phase : Phase.values()) {
            for (double progress : new double[] {0, 0.3, 0.5, 0.99, 1}) {
                for (int[] size : new int[][] {{1280, 800}, {500, 350}}) {
                    onEdt(() -> {
                        NetworkView v = new NetworkView(new GlassboxModel(BuiltInScenarios.get(id)));
                        v.setShowDetails(progress > 0.4);
                        v.setSize(size[0], size[1]);
                        BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
                        Graphics2D g = img.createGraphics();
                        v.paintSnapshot(g, phase, progress);
                        g.dispose();
                        return null;
                    });
                }
            }
        }
    }

    @Test
    void theDeepNetworkIsLaidOutInSevenColumns() {
        paint("vanishing-gradient", 0);
        NetworkLayout lay = layout();
        assertThat(lay.layers()).isEqualTo(7);
        Color plus = onEdt(() -> GlassboxTheme.signColor(1));
        Color minus = onEdt(() -> GlassboxTheme.signColor(-1));
        EpochTrace t = onEdt(() -> model.trace());
        // A wire between the middle neurons of two hidden layers runs straight, uncrossed, at its midpoint.
        for (int l = 1; l < 5; l++) {
            Connection c = new Connection(l, 1, 1);
            double w = t.before().weight(c);
            if (Math.abs(w) > 0.5) {
                assertThat(pixel(lay.pointAlong(c, 0.5))).as("%s (w = %s)", c, w).isEqualTo(w > 0 ? plus : minus);
            }
        }
    }

    @Test
    void screenReadersAndTooltipsGetTheNumbersOfTheTrace() {
        paint("xor", 1);
        NetworkLayout lay = layout();
        Connection c = new Connection(1, 0, 0);
        onEdt(() -> {
            model.setSelected(c);
            return null;
        });
        EpochTrace t = onEdt(() -> model.trace());
        String description = onEdt(() -> view.getAccessibleContext().getAccessibleDescription());
        assertThat(description).isEqualTo("weight hidden 1 → output, " + Numbers.format(t.before().weight(c))
                + ", gradient " + Numbers.format(t.meanGradient(c)));

        NeuronId hidden2 = new NeuronId(1, 1);
        Point2D p = lay.center(hidden2);
        String tip = onEdt(() -> view.getToolTipText(new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0,
                (int) p.getX(), (int) p.getY(), 0, false)));
        var n = t.sample(1).neuron(hidden2);
        assertThat(tip).contains("hidden 2", "z = " + Numbers.format(n.z()), "a = " + Numbers.format(n.a()),
                "slope = " + Numbers.format(n.slope()), "δ = " + Numbers.format(n.delta()));
        assertThat(onEdt(() -> view.getToolTipText(new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0, 2, 2, 0, false))))
                .isNull();
    }

    /** The vanishing-gradient net (2-3-3-3-3-3-1) painted at 500 × 300 with {@code selected} selected. */
    private BufferedImage paintDeepSelecting(NetworkElement selected) {
        return onEdt(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("vanishing-gradient"));
            m.setSelected(selected);
            NetworkView v = new NetworkView(m);
            v.setSize(500, 300);
            view = v;
            model = m;
            BufferedImage img = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            v.paintSnapshot(g, Phase.IDLE, 0);
            g.dispose();
            return img;
        });
    }

    /** How far a color is from the background, summed over its channels. */
    private static int contrast(int rgb) {
        Color p = new Color(rgb);
        Color bg = onEdt(() -> GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        return Math.abs(p.getRed() - bg.getRed()) + Math.abs(p.getGreen() - bg.getGreen())
                + Math.abs(p.getBlue() - bg.getBlue());
    }

    @Test
    void inADenseNetTheConnectionsAwayFromTheSelectedNeuronFadeAndItsOwnStay() {
        BufferedImage plain = paintDeepSelecting(null);
        NetworkLayout lay = layout();
        assertThat(lay.weightLabelsFit()).as("a net too dense to label every weight").isFalse();
        NeuronId chosen = new NeuronId(3, 1);
        BufferedImage selecting = paintDeepSelecting(chosen);
        Point2D away = lay.pointAlong(new Connection(0, 0, 0), 0.5);
        // Near the neuron, where no other connection crosses it.
        Point2D own = lay.pointAlong(new Connection(3, 1, 1), 0.15);
        int x = (int) Math.round(away.getX());
        int y = (int) Math.round(away.getY());
        assertThat(contrast(selecting.getRGB(x, y))).isLessThan(contrast(plain.getRGB(x, y)) / 2);
        int ox = (int) Math.round(own.getX());
        int oy = (int) Math.round(own.getY());
        assertThat(contrast(selecting.getRGB(ox, oy))).isGreaterThanOrEqualTo(contrast(plain.getRGB(ox, oy)));
    }
}
