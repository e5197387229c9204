package dev.glassbox.swing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.internal.boundary.BoundaryFrame;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The "What it learned" tab of the panel, clicked as a student would: the neuron maps switched on
 * draw each neuron as its map, pointing at a neuron enlarges its map into the view, discretize toggles.
 */
class DecisionBoundaryGuiTest extends GuiTest {
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    private DecisionBoundaryView boundary() {
        return panel.get().decisionBoundaryView();
    }

    private NetworkView network() {
        return panel.get().networkView();
    }

    /** The color the network view paints at a neuron's centre. */
    private int centreOf(NeuronId id) {
        return onEdt(() -> {
            NetworkView view = network();
            BufferedImage image = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paint(g);
            g.dispose();
            Point2D p = view.pointOf(id);
            return image.getRGB((int) p.getX(), (int) p.getY()) & 0xFFFFFF;
        });
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }

    @Test
    void theNeuronMapsToggleDrawsEachNeuronAsItsMapAndPointingAtOneEnlargesIt() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            p.model().session().run(500);
            panel.set(p);
            return p;
        }, 1366, 768);
        window.tabbedPane("detailTabs").selectTab("What it learned");
        window.panel("decisionBoundaryView").requireVisible();
        NeuronId hidden = new NeuronId(1, 0);
        int standard = centreOf(hidden);
        assertThat(onEdt(() -> boundary().shownNeuron())).isEqualTo(new NeuronId(2, 0));

        window.checkBox("neuronMapsToggle").click().requireSelected();
        assertThat(onEdt(() -> boundary().isNeuronMapsShown())).isTrue();
        int mapped = centreOf(hidden);
        int expected = onEdt(() -> {
            BoundaryFrame frame = boundary().currentFrame();
            BufferedImage map = frame.image(hidden, false, MapPalette.current());
            return map.getRGB(frame.columns() / 2, frame.rows() / 2) & 0xFFFFFF;
        });
        assertThat(distance(mapped, expected)).as("the neuron's centre shows its map's centre").isLessThan(12);
        assertThat(mapped).isNotEqualTo(standard);

        // pointing at the second hidden neuron shows its map in the boundary view
        NeuronId other = new NeuronId(1, 1);
        Point2D at = onEdt(() -> network().pointOf(other));
        robot.moveMouse(network(), new Point((int) at.getX(), (int) at.getY()));
        robot.waitForIdle();
        assertThat(onEdt(() -> panel.get().model().hovered())).isEqualTo(other);
        assertThat(onEdt(() -> boundary().shownNeuron())).isEqualTo(other);

        window.checkBox("discretizeToggle").click().requireSelected();
        assertThat(onEdt(() -> boundary().isDiscretized())).isTrue();
        int discrete = centreOf(hidden);
        MapPalette palette = onEdt(MapPalette::current);
        assertThat(discrete == palette.rgb(0) || discrete == palette.rgb(1)).as("a discretized neuron map").isTrue();

        window.checkBox("neuronMapsToggle").click().requireNotSelected();
        assertThat(onEdt(() -> boundary().shownNeuron())).as("no maps: the output again").isEqualTo(new NeuronId(2, 0));
        assertThat(centreOf(hidden)).as("the standard neuron again").isEqualTo(standard);
    }

    /** Three classes: the map's combo box offers each output, and choosing one maps it; a two-class net has no such combo. */
    @Test
    void withThreeOutputsTheMapComboChoosesTheOutputMapped() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("three-classes"));
            p.model().session().run(100);
            panel.set(p);
            return p;
        }, 1366, 768);
        window.tabbedPane("detailTabs").selectTab("What it learned");
        window.comboBox("boundaryOutputCombo").requireItemCount(3).requireSelection(0);
        window.comboBox("boundaryOutputCombo").selectItem(2);
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("output 3 mapped") {
            @Override
            public boolean test() {
                return onEdt(() -> boundary().shownOutput()) == 2;
            }
        }, org.assertj.swing.timing.Timeout.timeout(5_000));
        assertThat(onEdt(() -> boundary().shownNeuron())).isEqualTo(new NeuronId(2, 2));
        onEdtRun(() -> panel.get().model().load(BuiltInScenarios.get("xor")));
        robot.waitForIdle();
        assertThat(onEdt(() -> boundary().shownOutput())).as("a new network maps its first output").isZero();
        assertThat(window.robot().finder().findAll(c -> "boundaryOutputCombo".equals(c.getName()) && c.isShowing()))
                .as("no output combo for one output").isEmpty();
    }
}
