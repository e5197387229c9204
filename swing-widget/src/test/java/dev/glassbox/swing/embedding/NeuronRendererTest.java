package dev.glassbox.swing.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NeuronCell;
import dev.glassbox.swing.network.NeuronRenderer;
import dev.glassbox.swing.network.NetworkView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * An embedder's own neuron renderer, through the public API only (this package is outside the
 * widget's): the view hands it every neuron with its place and numbers, and paints what it draws.
 */
class NeuronRendererTest {
    private static final Color MINE = new Color(0x12, 0xab, 0x34);

    @Test
    void aRendererIsHandedEveryNeuronWithItsPlaceAndNumbers() {
        GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(new GlassboxModel(BuiltInScenarios.get("xor")));
            view.setSize(900, 560);
            List<NeuronCell> cells = new ArrayList<>();
            view.setNeuronRenderer((g, cell) -> cells.add(cell));
            paint(view);
            assertThat(cells).extracting(NeuronCell::id).containsExactly(new NeuronId(0, 0), new NeuronId(0, 1),
                    new NeuronId(1, 0), new NeuronId(1, 1), new NeuronId(2, 0));
            for (NeuronCell cell : cells) {
                Point2D at = view.pointOf(cell.id());
                assertThat(cell.x()).isEqualTo(at.getX());
                assertThat(cell.y()).isEqualTo(at.getY());
                assertThat(cell.radius()).isPositive();
                assertThat(cell.sample()).isEqualTo(view.model().viewedSample());
                assertThat(cell.finite()).isTrue();
                assertThat(cell.health()).isEqualTo(NeuronHealth.HEALTHY);
                assertThat(cell.hovered()).isFalse();
                assertThat(cell.selected()).isFalse();
            }
            // xor's first sample is x = (0, 0); the output's number is its activation, as the standard view writes it.
            assertThat(cells.get(0).value()).isEqualTo("0");
            double a = cells.get(4).neuron().a();
            assertThat(Double.parseDouble(cells.get(4).value())).isCloseTo(a, within(0.005));
            assertThat(cells.get(4).valueFont()).isNotNull();
            return null;
        });
    }

    @Test
    void whatTheRendererDrawsIsPaintedAndTheSelectionIsHandedToIt() {
        GuiActionRunner.execute(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
            NetworkView view = new NetworkView(model);
            view.setSize(900, 560);
            model.setSelected(new NeuronId(1, 1));
            List<NeuronId> selected = new ArrayList<>();
            // Draws over the standard neuron: a small square of its own color at the center of the selected one.
            view.setNeuronRenderer((g, cell) -> {
                NeuronRenderer.standard().paintNeuron(g, cell);
                if (cell.selected()) {
                    selected.add(cell.id());
                    g.setColor(MINE);
                    g.fill(new Ellipse2D.Double(cell.x() - 4, cell.y() - 4, 8, 8));
                }
            });
            BufferedImage image = paint(view);
            assertThat(selected).containsExactly(new NeuronId(1, 1));
            Point2D mine = view.pointOf(new NeuronId(1, 1));
            Point2D other = view.pointOf(new NeuronId(1, 0));
            assertThat(new Color(image.getRGB((int) mine.getX(), (int) mine.getY()))).isEqualTo(MINE);
            assertThat(new Color(image.getRGB((int) other.getX(), (int) other.getY()))).isNotEqualTo(MINE);
            return null;
        });
    }

    @Test
    void theRendererIsABoundPropertyAndTheStandardOneIsTheDefault() {
        GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(new GlassboxModel(BuiltInScenarios.get("xor")));
            assertThat(view.getNeuronRenderer()).isSameAs(NeuronRenderer.standard());
            List<Object> changes = new ArrayList<>();
            view.addPropertyChangeListener("neuronRenderer", e -> changes.add(e.getNewValue()));
            NeuronRenderer mine = (g, cell) -> { };
            view.setNeuronRenderer(mine);
            assertThat(view.getNeuronRenderer()).isSameAs(mine);
            assertThat(changes).containsExactly(mine);
            return null;
        });
    }

    private static BufferedImage paint(NetworkView view) {
        BufferedImage image = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        view.paintSnapshot(g, Phase.IDLE, 0);
        g.dispose();
        return image;
    }
}
