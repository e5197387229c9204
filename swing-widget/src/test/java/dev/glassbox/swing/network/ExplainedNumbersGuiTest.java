package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.concurrent.atomic.AtomicReference;
import javax.accessibility.AccessibleState;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every number explained, on the xor scenario's first epoch: hovering a neuron, a weight or a table
 * cell shows what the number is, its formula and the formula with the numbers put in, and the
 * accessible description says the same. The numbers were worked by hand from xor.json: on sample 1
 * (x = (0, 0), y = 0) both hidden neurons have z = 0.35, a = σ(0.35) = 0.58662, slope 0.24250; the
 * output z = 0.85·0.58662 + 0.60 = 1.09862, a = 0.75000, δ = 0.75000 × 0.18750 = 0.14062.
 */
class ExplainedNumbersGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<NetworkView> view = new AtomicReference<>();

    /** The network over the activations, deltas, weights and loss tables, all of {@code m}. */
    static JPanel everyView(GlassboxModel m, NetworkView v) {
        JPanel p = new JPanel(new GridLayout(3, 2));
        p.add(v);
        p.add(new JScrollPane(new ActivationsTable(m)));
        p.add(new JScrollPane(new DeltasTable(m)));
        p.add(new JScrollPane(new WeightsTable(m)));
        p.add(new LossCalculationPanel(m));
        return p;
    }

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.set(m);
            view.set(new NetworkView(m));
            return everyView(m, view.get());
        }, 1100, 900);
    }

    @AfterEach
    void closeModel() {
        onEdtRun(() -> model.get().close());
    }

    private String tooltipAt(NetworkElement e) {
        return onEdt(() -> {
            NetworkLayout lay = view.get().networkLayout();
            Point2D p = e instanceof Connection c ? lay.pointAlong(c, 0.5) : lay.center((NeuronId) e);
            return view.get().getToolTipText(new MouseEvent(view.get(), MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(p.getX()), (int) Math.round(p.getY()), 0, false));
        });
    }

    /** A tooltip's text as a screen reader gets it: its HTML lines, a line each. */
    static String plain(String html) {
        return html.replace("<html>", "").replace("</html>", "").replace("<br>", "\n")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String cellTooltip(JTable table, int row, int column) {
        return onEdt(() -> cellTooltipNow(table, row, column));
    }

    /** The tooltip of a cell as the mouse over its middle gets it; on the event thread. */
    static String cellTooltipNow(JTable table, int row, int column) {
        Rectangle r = table.getCellRect(row, column, true);
        return table.getToolTipText(new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0,
                r.x + r.width / 2, r.y + r.height / 2, 0, false));
    }

    static String cellDescription(JTable table, int row, int column) {
        return onEdt(() -> table.getAccessibleContext().getAccessibleChild(row * table.getColumnCount() + column)
                .getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void theHiddenDeltaSTooltipWritesItsFormulaWithTheNumbersThatCheckByHand() {
        String tooltip = tooltipAt(new NeuronId(1, 0));
        // (0.4000 × 0.1406) × 0.2425 = 0.05624 × 0.2425 = 0.013638…, which reads 0.01364.
        assertThat(plain(tooltip)).contains("δ hidden 1 = (Σ w·δ) × a(1 − a) = (0.4000·0.1406) × 0.2425 = 0.01364");
        assertThat(plain(tooltip)).contains("z hidden 1 = Σ w·a + b = 0.1500·0 + 0.2000·0 + 0.3500 = 0.3500")
                .contains("a hidden 1 = σ(z) = 1 / (1 + e^−z) = σ(0.3500) = 1 / (1 + e^−0.3500) = 0.5866")
                .contains("slope f′(z) hidden 1 = a(1 − a) = 0.5866·(1 − 0.5866) = 0.2425")
                .contains("Conventions");
    }

    @Test
    void anOutputWeightSTooltipWritesItsGradientTheBatchMeanAndTheUpdate() {
        String tooltip = plain(tooltipAt(new Connection(1, 0, 0)));
        // Four digits would not check: 0.1406 × 0.5866 = 0.08248; 0.14062 × 0.58662 = 0.082490 does.
        assertThat(tooltip).contains("∂L/∂w on sample 1 = δ output · a hidden 1 = 0.14062 · 0.58662 = 0.08249");
        // The four samples' δ·a: 0.08249, −0.02788, −0.02771, 0.09171; their mean 0.11861 / 4.
        assertThat(tooltip).contains("ḡ = (g₁ + … + g₄) / 4, the mean of the samples' ∂L/∂w"
                + " = (0.08249 − 0.02788 − 0.02771 + 0.09171) / 4 = 0.02965");
        // η = 2: 0.4000 − 2·0.02965 = 0.3407.
        assertThat(tooltip).contains("w ← w − η·ḡ = 0.4000 − 2·0.02965 = 0.3407");
        assertThat(tooltip).contains("w hidden 1 → output = 0.4000, before the update (the backward pass uses it)");
    }

    /** The network's accessible child for {@code e}. */
    private javax.accessibility.AccessibleContext child(NetworkElement e) {
        return onEdt(() -> {
            int i = FocusOrder.all(model.get().architecture()).indexOf(e);
            return view.get().getAccessibleContext().getAccessibleChild(i).getAccessibleContext();
        });
    }

    @Test
    void everyElementIsAnAccessibleChildDescribedByItsTooltipAndFocusedWithTheCursor() {
        int count = onEdt(() -> view.get().getAccessibleContext().getAccessibleChildrenCount());
        assertThat(count).as("5 neurons and 6 connections").isEqualTo(11);
        // The tooltip of the mouse over an output weight and its accessible child's description.
        assertThat(onEdt(() -> child(new Connection(1, 0, 0)).getAccessibleDescription()))
                .isEqualTo(plain(tooltipAt(new Connection(1, 0, 0))));
        for (NetworkElement e : onEdt(() -> FocusOrder.all(model.get().architecture()))) {
            assertThat(onEdt(() -> child(e).getAccessibleDescription())).as("%s", e).isEqualTo(plain(onEdt(() ->
                    view.get().getTooltipGenerator().generateToolTip(model.get().trace(), model.get().viewedSample(), e,
                            model.get().inspection()))));
        }
        assertThat(onEdt(() -> child(new NeuronId(1, 0)).getAccessibleDescription()))
                .contains("δ hidden 1 = (Σ w·δ) × a(1 − a) = (0.4000·0.1406) × 0.2425 = 0.01364");
        robot.focusAndWaitForFocusGain(view.get());
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.waitForIdle();
        NetworkElement cursor = onEdt(() -> view.get().cursor());
        assertThat(onEdt(() -> child(cursor).getAccessibleStateSet().contains(AccessibleState.FOCUSED))).isTrue();
        assertThat(onEdt(() -> child(new NeuronId(2, 0)).getAccessibleStateSet().contains(AccessibleState.FOCUSED)))
                .isFalse();
        assertThat(onEdt(() -> child(cursor).getAccessibleName())).isEqualTo(onEdt(() ->
                view.get().getAccessibleContext().getAccessibleName()));
    }

    @Test
    void everyTableCellWithANumberExplainsItAndItsAccessibleDescriptionSaysTheSame() {
        JTable activations = window.table("activationsTable").target();
        JTable deltas = window.table("deltasTable").target();
        JTable weights = window.table("weightsTable").target();
        JTable losses = window.table("lossTable").target();
        // Row 2 of the activations is hidden 1; its z, a and slope columns.
        assertThat(plain(cellTooltip(activations, 2, 2))).startsWith("a hidden 1 = σ(z)").endsWith(
                "= 0.5866\nConventions (the ½, the means, the sign of the update): see Conventions in the help");
        assertThat(plain(cellTooltip(activations, 0, 2))).startsWith("x input 1 = 0, the sample's input");
        // Row 0 of the deltas is hidden 1; row 2 the output: (a − y) × slope = 0.7500 × 0.1875.
        assertThat(plain(cellTooltip(deltas, 0, 3)))
                .startsWith("δ hidden 1 = (Σ w·δ) × a(1 − a) = (0.4000·0.1406) × 0.2425 = 0.01364");
        assertThat(plain(cellTooltip(deltas, 2, 3))).startsWith("δ output = (a − y) × a(1 − a) = (0.7500 − 0) × 0.1875 = 0.1406");
        // 0.4000 × 0.1406 = 0.05624 would not check against 0.05625; 0.40000 × 0.14062 = 0.056248 does.
        assertThat(plain(cellTooltip(deltas, 0, 1))).startsWith("backprop sum hidden 1 = Σ w·δ = 0.40000·0.14062 = 0.05625");
        // Row 6 of the weights is w hidden 1 → output: value and ḡ.
        assertThat(onEdt(() -> weights.getValueAt(6, 0))).isEqualTo("w hidden 1 → output");
        assertThat(plain(cellTooltip(weights, 6, 2))).contains("= 0.02965");
        assertThat(plain(cellTooltip(weights, 6, 1))).startsWith("w hidden 1 → output = 0.4000");
        // The first sample's loss: ½(0.7500 − 0)² = 0.2813.
        assertThat(plain(cellTooltip(losses, 0, 4))).startsWith("L sample 1 = ½(a − y)² = ½(0.7500 − 0)² = 0.2813");
        assertThat(cellTooltip(losses, 0, 0)).isNull();
        for (JTable t : new JTable[] {activations, deltas, weights, losses}) {
            int rows = onEdt(t::getRowCount);
            int columns = onEdt(t::getColumnCount);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    String tooltip = cellTooltip(t, r, c);
                    if (tooltip != null) {
                        assertThat(cellDescription(t, r, c)).as(t.getName() + " " + r + "," + c).isEqualTo(plain(tooltip));
                    }
                    int row = r;
                    int column = c;
                    if (onEdt(() -> t.getValueAt(row, column)) instanceof Double) {
                        assertThat(tooltip).as("the number in " + t.getName() + " " + r + "," + c).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void aPointedElementIsStillNamedShortlyForScreenReaders() {
        onEdtRun(() -> model.get().setSelected(new Connection(1, 0, 0)));
        assertThat(onEdt(() -> view.get().getAccessibleContext().getAccessibleName()))
                .isEqualTo("weight hidden 1 → output, 0.4000, gradient 0.02965");
    }
}
