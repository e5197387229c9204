package dev.glassbox.swing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.LinearNeuron;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

/**
 * The weights table's optimizer columns on one linear neuron worked by hand ({@link LinearNeuron}:
 * the first batch gradients are ḡ_w = 6.75 and ḡ_b = 1.5).
 */
class WeightsTableOptimizerGuiTest extends GuiTest {
    private static final String MOMENTUM = LinearNeuron.MOMENTUM;
    private static final String ADAM = LinearNeuron.ADAM;
    private static final double EXACT = 1e-12;

    private GlassboxModel model;
    private JTableFixture table;

    private void show(String optimizer, int epochs) {
        show(() -> {
            model = new GlassboxModel(LinearNeuron.scenario(optimizer));
            model.session().run(epochs);
            model.viewEpoch(epochs);
            return new JScrollPane(new WeightsTable(model));
        }, 700, 300);
        table = window.table("weightsTable");
    }

    private List<String> headers() {
        return onEdt(() -> {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < table.target().getColumnCount(); c++) {
                names.add(table.target().getColumnName(c));
            }
            return names;
        });
    }

    private Object cell(int row, String column) {
        return onEdt(() -> table.target().getValueAt(row, table.target().getColumn(column).getModelIndex()));
    }

    private double number(int row, String column) {
        return (Double) cell(row, column);
    }

    private String headerTooltip(int column) {
        return onEdt(() -> {
            JTableHeader header = table.target().getTableHeader();
            Rectangle r = header.getHeaderRect(column);
            return header.getToolTipText(new MouseEvent(header, MouseEvent.MOUSE_MOVED, 0, 0,
                    r.x + r.width / 2, r.y + r.height / 2, 0, false));
        });
    }

    @Test
    void plainGradientDescentHasNoStateColumns() {
        show("", 1);
        assertThat(headers()).containsExactly("parameter", "value", "ḡ", "last change");
        assertThat(headerTooltip(3)).isEqualTo("last change: what the last update did to the value, −η·g (g = ḡ)");
    }

    @Test
    void momentumShowsTheVelocityTheLastStepWasMadeOf() {
        show(MOMENTUM, 1);
        assertThat(headers()).containsExactly("parameter", "value", "ḡ", "v", "last change");
        // Update 1: v = 0.5·0 + 6.75 = 6.75, w = 3 − 0.5·6.75 = −0.375; for b, v = 1.5, b = 0.5 − 0.75.
        assertThat(number(0, "value")).isCloseTo(-0.375, within(EXACT));
        assertThat(number(0, "v")).isCloseTo(6.75, within(EXACT));
        assertThat(number(0, "last change")).isCloseTo(-3.375, within(EXACT));
        assertThat(number(1, "v")).isCloseTo(1.5, within(EXACT));
        assertThat(number(1, "last change")).isCloseTo(-0.75, within(EXACT));
        assertThat(headerTooltip(3)).isEqualTo("v, momentum's velocity: v ← μ·v + g, 0 before the first update; "
                + "each update steps η·v");
        assertThat(headerTooltip(4)).isEqualTo("last change: what the last update did to the value, −η·v (g = ḡ)");
    }

    @Test
    void aPastEpochShowsItsOwnVelocity() {
        show(MOMENTUM, 2);
        // Update 2: ḡ = −2.0625 at w = −0.375, v = 0.5·6.75 − 2.0625 = 1.3125, w = −0.375 − 0.65625.
        assertThat(number(0, "v")).isCloseTo(1.3125, within(EXACT));
        assertThat(number(0, "last change")).isCloseTo(-0.65625, within(EXACT));
        onEdtRun(() -> model.viewEpoch(1));
        assertThat(number(0, "v")).isCloseTo(6.75, within(EXACT));
        assertThat(number(0, "last change")).isCloseTo(-3.375, within(EXACT));
        onEdtRun(() -> model.viewEpoch(0));
        assertThat(number(0, "v")).isEqualTo(0.0);
    }

    @Test
    void adamShowsBothMomentsAndTheirBiasCorrection() {
        show(ADAM, 1);
        assertThat(headers()).containsExactly("parameter", "value", "ḡ", "m", "v", "m̂", "v̂", "last change");
        // Update 1, g = 6.75: m = 0.5·6.75 = 3.375, v = 0.25·6.75² = 11.390625, m̂ = 3.375/0.5 = 6.75,
        // v̂ = 11.390625/0.25 = 45.5625; the step 0.5·6.75/(√45.5625 + 2) = 3.375/8.75.
        assertThat(number(0, "m")).isCloseTo(3.375, within(EXACT));
        assertThat(number(0, "v")).isCloseTo(11.390625, within(EXACT));
        assertThat(number(0, "m̂")).isCloseTo(6.75, within(EXACT));
        assertThat(number(0, "v̂")).isCloseTo(45.5625, within(EXACT));
        assertThat(number(0, "last change")).isCloseTo(-3.375 / 8.75, within(EXACT));
        assertThat(number(0, "value")).isCloseTo(3 - 3.375 / 8.75, within(EXACT));
        // b: g = 1.5, m = 0.75, v = 0.5625, m̂ = 1.5, v̂ = 2.25, step 0.5·1.5/(1.5 + 2) = 0.75/3.5.
        assertThat(number(1, "m̂")).isCloseTo(1.5, within(EXACT));
        assertThat(number(1, "v̂")).isCloseTo(2.25, within(EXACT));
        assertThat(number(1, "last change")).isCloseTo(-0.75 / 3.5, within(EXACT));
        assertThat(headerTooltip(5)).startsWith("m̂ = m / (1 − β1^t)");
        // Every number explained: the cell's tooltip says what the moment is, its formula and its value.
        String tip = onEdt(() -> {
            javax.swing.JTable t = table.target();
            int view = t.convertColumnIndexToView(t.getColumn("m̂").getModelIndex());
            javax.swing.JComponent c = (javax.swing.JComponent) t.prepareRenderer(t.getCellRenderer(0, view), 0, view);
            return c.getAccessibleContext().getAccessibleDescription();
        });
        assertThat(tip).contains("m̂ = m / (1 − β1^t)").contains("m̂ = 6.750");
        assertThat(headerTooltip(6)).startsWith("v̂ = v / (1 − β2^t)").endsWith("η·m̂ / (√v̂ + ε)");
    }

    @Test
    void beforeAdamsFirstUpdateTheCorrectionsAreUndefined() {
        show(ADAM, 0);
        assertThat(number(0, "m")).isEqualTo(0.0);
        assertThat(cell(0, "m̂")).isNull();
        assertThat(cell(0, "v̂")).isNull();
    }

    @Test
    void theColumnsFollowTheLoadedScenariosOptimizer() {
        show(ADAM, 1);
        onEdtRun(() -> model.load(LinearNeuron.scenario(MOMENTUM)));
        assertThat(headers()).containsExactly("parameter", "value", "ḡ", "v", "last change");
        onEdtRun(() -> model.load(LinearNeuron.scenario("")));
        assertThat(headers()).containsExactly("parameter", "value", "ḡ", "last change");
    }

    @Test
    void theValueStaysEditableBesideAdamsColumns() {
        show(ADAM, 1);
        table.cell(TableCell.row(0).column(1)).doubleClick();
        window.textBox("weightsTableEditor").deleteText().enterText("1.25\n");
        assertThat(onEdt(() -> model.parameters().weight(new Connection(0, 0, 0)))).isEqualTo(1.25);
        assertThat(number(0, "value")).isEqualTo(1.25);
        assertThat(onEdt(() -> table.target().isEditing())).isFalse();
        JTable t = table.target();
        assertThat(onEdt(t::getColumnCount)).isEqualTo(8);
    }
}
