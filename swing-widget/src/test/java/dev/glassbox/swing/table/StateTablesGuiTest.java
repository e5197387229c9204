package dev.glassbox.swing.table;

import dev.glassbox.swing.internal.table.NeuronState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Insets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

class StateTablesGuiTest extends GuiTest {
    private GlassboxModel model;
    private ActivationsTable activations;
    private DeltasTable deltas;
    private WeightsTable weights;

    private void show(String scenario) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get(scenario));
            activations = new ActivationsTable(model);
            deltas = new DeltasTable(model);
            weights = new WeightsTable(model);
            JPanel p = new JPanel(new java.awt.GridLayout(3, 1));
            p.add(new JScrollPane(activations));
            p.add(new JScrollPane(deltas));
            p.add(new JScrollPane(weights));
            return p;
        }, 500, 700);
    }

    private static Object value(JTable table, int row, int column) {
        return onEdt(() -> table.getValueAt(row, column));
    }

    private EpochTrace trace() {
        return onEdt(() -> model.trace());
    }

    private void step() {
        onEdtRun(() -> {
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.stepEpoch();
        });
    }

    @Test
    void tablesAreFoundByName() {
        show("xor");
        window.table("activationsTable").requireRowCount(5);
        window.table("deltasTable").requireRowCount(3);
        window.table("weightsTable").requireRowCount(9);
    }

    @Test
    void activationsAreTheViewedSamplesTrace() {
        show("xor-saturated-mse");
        onEdtRun(() -> model.setViewedSample(2));
        NeuronTrace in = trace().sample(2).neuron(0, 0);
        assertThat(value(activations, 0, 0)).isEqualTo("input 1");
        assertThat(value(activations, 0, 1)).isNull();
        assertThat(value(activations, 0, 2)).isEqualTo(in.a());
        int row = 2;
        for (int l = 1; l <= 2; l++) {
            for (int j = 0; j < (l == 1 ? 2 : 1); j++, row++) {
                NeuronTrace n = trace().sample(2).neuron(l, j);
                assertThat(value(activations, row, 1)).isEqualTo(n.z());
                assertThat(value(activations, row, 2)).isEqualTo(n.a());
                assertThat(value(activations, row, 3)).isEqualTo(n.slope());
                assertThat(value(activations, row, 4))
                        .isEqualTo(n.saturated() ? NeuronState.SATURATED : NeuronState.NORMAL);
            }
        }
        assertThat(value(activations, 4, 0)).isEqualTo("output");
        assertThat(value(activations, 4, 4)).isEqualTo(NeuronState.SATURATED);
    }

    @Test
    void deadReluIsFlagged() {
        show("dying-relu");
        onEdtRun(() -> model.session().run(200));
        EpochTrace t = trace();
        for (int j = 0; j < t.architecture().size(1); j++) {
            boolean dead = t.dead(new NeuronId(1, j));
            assertThat(value(activations, t.architecture().size(0) + j, 4) == NeuronState.DEAD).isEqualTo(dead);
        }
    }

    @Test
    void deltasAreTheViewedSamplesTrace() {
        show("xor");
        onEdtRun(() -> model.setViewedSample(3));
        EpochTrace t = trace();
        NeuronTrace hidden = t.sample(3).neuron(1, 1);
        NeuronTrace out = t.sample(3).output(0);
        assertThat(value(deltas, 1, 0)).isEqualTo("hidden 2");
        assertThat(value(deltas, 1, 1)).isEqualTo(hidden.rawError());
        assertThat(value(deltas, 1, 2)).isEqualTo(hidden.slope());
        assertThat(value(deltas, 1, 3)).isEqualTo(hidden.delta());
        assertThat(value(deltas, 2, 1)).isEqualTo(out.rawError());
        assertThat(value(deltas, 2, 3)).isEqualTo(out.delta());
    }

    @Test
    void weightsFollowTraining() {
        show("xor");
        assertThat(value(weights, 0, 0)).isEqualTo("w input 1 → hidden 1");
        assertThat(value(weights, 2, 0)).isEqualTo("b hidden 1");
        assertThat(value(weights, 6, 0)).isEqualTo("w hidden 1 → output");
        assertThat(value(weights, 8, 0)).isEqualTo("b output");
        assertThat(value(weights, 6, 3)).isEqualTo(0.0);
        step();
        EpochTrace t = trace();
        Parameters change = onEdt(() -> model.session().lastChange());
        Connection c = new Connection(1, 0, 0);
        assertThat(value(weights, 6, 1)).isEqualTo(t.before().weight(c));
        assertThat(value(weights, 6, 2)).isEqualTo(t.meanGradient(c));
        assertThat(value(weights, 6, 3)).isEqualTo(change.weight(c));
        assertThat((double) value(weights, 6, 3)).isNotZero();
        assertThat(value(weights, 8, 1)).isEqualTo(t.before().bias(1, 0));
        assertThat(value(weights, 8, 2)).isEqualTo(t.meanGradient().bias(1, 0));
    }

    @Test
    void oneTableEventPerRelevantModelEvent() {
        show("xor");
        AtomicInteger a = new AtomicInteger();
        AtomicInteger w = new AtomicInteger();
        onEdtRun(() -> {
            activations.getModel().addTableModelListener(e -> a.incrementAndGet());
            weights.getModel().addTableModelListener(e -> w.incrementAndGet());
        });
        onEdtRun(() -> model.setHovered(new Connection(0, 0, 0)));
        assertThat(a).hasValue(0);
        assertThat(w).hasValue(0);
        onEdtRun(() -> model.setViewedSample(1));
        assertThat(a).hasValue(1);
        assertThat(w).hasValue(0);
        step();
        assertThat(a).hasValue(2);
        assertThat(w).hasValue(1);
    }

    @Test
    void numbersAreTintedBySign() {
        show("xor");
        step();
        Color blue = null;
        Color red = null;
        for (int row = 0; row < 9; row++) {
            for (int column = 1; column <= 3; column++) {
                double v = (double) value(weights, row, column);
                if (v > 0 && blue == null) {
                    blue = tint(weights, row, column);
                } else if (v < 0 && red == null) {
                    red = tint(weights, row, column);
                }
            }
        }
        assertThat(blue).isNotNull();
        assertThat(red).isNotNull();
        assertThat(blue.getBlue()).isGreaterThan(blue.getRed());
        assertThat(red.getRed()).isGreaterThan(red.getBlue());
    }

    private static Color tint(JTable table, int row, int column) {
        return onEdt(() -> table.prepareRenderer(table.getCellRenderer(row, column), row, column).getBackground());
    }

    /** Every cell's text, as rendered, fits its column: nothing is cut with "…". */
    private static void requireNothingCut(JTable table) {
        onEdtRun(() -> {
            table.getParent().doLayout();
            table.doLayout();
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    JLabel cell = (JLabel) table.prepareRenderer(table.getCellRenderer(r, c), r, c);
                    Insets in = cell.getInsets();
                    int needed = cell.getFontMetrics(cell.getFont()).stringWidth(cell.getText()) + in.left + in.right;
                    assertThat(needed).as("row %d column %d: %s", r, c, cell.getText())
                            .isLessThanOrEqualTo(table.getColumnModel().getColumn(c).getWidth());
                }
            }
        });
    }

    @Test
    void longValuesAreNotCutAfterTrainingOrAFontChange() {
        show("xor-saturated-mse");
        requireNothingCut(activations);
        onEdtRun(() -> model.session().run(300));
        String longest = onEdt(() -> {
            String widest = "";
            for (int r = 0; r < activations.getRowCount(); r++) {
                for (int c = 1; c < 4; c++) {
                    if (activations.getValueAt(r, c) instanceof Double v && Numbers.format(v).length() > widest.length()) {
                        widest = Numbers.format(v);
                    }
                }
            }
            return widest;
        });
        assertThat(longest).as("a long value such as −4.540e−5").hasSizeGreaterThanOrEqualTo(8);
        requireNothingCut(activations);
        onEdtRun(() -> activations.setFont(activations.getFont().deriveFont(activations.getFont().getSize2D() * 2)));
        requireNothingCut(activations);
        requireNothingCut(weights);
    }

    @Test
    void thePresentationZoomEnlargesTheTablesTextAndRows() {
        show("xor");
        float font = onEdt(() -> activations.getFont().getSize2D());
        int row = onEdt(() -> activations.getRowHeight());
        float header = onEdt(() -> activations.getTableHeader().getFont().getSize2D());
        try {
            onEdtRun(() -> {
                UIManager.put(GlassboxTheme.ZOOM, 2f);
                SwingUtilities.updateComponentTreeUI(SwingUtilities.getWindowAncestor(activations));
            });
            assertThat(onEdt(() -> activations.getFont().getSize2D())).isEqualTo(font * 2);
            // Twice the look and feel's row height, or (where it sets none) the doubled font's line height.
            assertThat(onEdt(() -> activations.getRowHeight())).isBetween(row * 2 - 2, row * 2 + 2);
            assertThat(onEdt(() -> activations.getTableHeader().getFont().getSize2D())).isEqualTo(header * 2);
            requireNothingCut(activations);
            requireNothingCut(weights);
        } finally {
            onEdtRun(() -> {
                UIManager.put(GlassboxTheme.ZOOM, null);
                SwingUtilities.updateComponentTreeUI(SwingUtilities.getWindowAncestor(activations));
            });
        }
        assertThat(onEdt(() -> activations.getFont().getSize2D())).isEqualTo(font);
        assertThat(onEdt(() -> activations.getRowHeight())).isEqualTo(row);
    }

    @Test
    void aTableInAHiddenTabIsSizedWhenItsTabIsShown() {
        JTabbedPane[] tabs = new JTabbedPane[1];
        ActivationsTable[] hidden = new ActivationsTable[1];
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor-saturated-mse"));
            activations = new ActivationsTable(model);
            hidden[0] = new ActivationsTable(model);
            tabs[0] = new JTabbedPane();
            tabs[0].addTab("Weights", new JScrollPane(new WeightsTable(model)));
            tabs[0].addTab("Activations", new JScrollPane(hidden[0]));
            JPanel p = new JPanel(new java.awt.GridLayout(2, 1));
            p.add(new JScrollPane(activations));
            p.add(tabs[0]);
            return p;
        }, 500, 500);
        onEdtRun(() -> model.session().run(300));
        robot.waitForIdle();
        onEdtRun(() -> tabs[0].setSelectedIndex(1));
        robot.waitForIdle();
        // Sized once shown, it is sized as its twin that was in sight all along.
        for (int c = 0; c < 5; c++) {
            int column = c;
            assertThat(onEdt(() -> hidden[0].getColumnModel().getColumn(column).getPreferredWidth()))
                    .isEqualTo(onEdt(() -> activations.getColumnModel().getColumn(column).getPreferredWidth()));
        }
        requireNothingCut(hidden[0]);
    }
}
