package dev.glassbox.swing.loss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.junit.jupiter.api.Test;

class LossCalculationPanelGuiTest extends GuiTest {
    private GlassboxModel model;
    private LossCalculationPanel panel;

    private void show(String scenario) {
        show(scenario, 640);
    }

    private void show(String scenario, int width) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get(scenario));
            panel = new LossCalculationPanel(model);
            return panel;
        }, width, 300);
    }

    private JTable table() {
        return window.table("lossTable").target();
    }

    private String cell(int row, int column) {
        return onEdt(() -> String.valueOf(table().getValueAt(row, column)));
    }

    private Color background(int row) {
        return onEdt(() -> table().prepareRenderer(table().getCellRenderer(row, 0), row, 0).getBackground());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void everySampleWithItsLossFormulaAndTheMean() {
        show("xor");
        // Sample 1 by hand: x = (0, 0), so each hidden z is its bias 0.35; output z = 0.40·a + 0.45·a + 0.60.
        double hidden = sigmoid(0.35);
        double a = sigmoid(0.40 * hidden + 0.45 * hidden + 0.60);
        assertThat(a).isBetween(0.75, 0.7501);
        String row1 = "½(" + Numbers.format(a) + " − 0)² = " + Numbers.format(0.5 * a * a);
        assertThat(row1).isEqualTo("½(0.7500 − 0)² = 0.2813");
        assertThat(cell(0, 0)).isEqualTo("1");
        assertThat(cell(0, 1)).isEqualTo("(0, 0)");
        assertThat(cell(0, 2)).isEqualTo("0");
        assertThat(cell(0, 3)).isEqualTo("0.7500");
        assertThat(cell(0, 4)).isEqualTo(row1);
        assertThat(cell(1, 4)).isEqualTo("½(0.75938 − 1)² = 0.02895");

        EpochTrace t = onEdt(() -> model.trace());
        StringBuilder mean = new StringBuilder("mean before any update = " + Numbers.format(t.loss()) + "\n= (");
        for (SampleTrace s : t.samples()) {
            double out = s.output(0).a();
            double y = s.sample().y().get(0);
            // a with the digits that make the square check by hand: 0.7594 would give 0.02894, not 0.02895.
            String written = cell(s.index(), 4);
            assertThat(written).startsWith("½(").endsWith(" − " + Numbers.compact(y) + ")² = " + Numbers.format(s.loss()));
            double shown = Double.parseDouble(written.substring(2, written.indexOf(" − ")));
            assertThat(Numbers.format(shown)).isEqualTo(Numbers.format(out));
            assertThat(Numbers.format(0.5 * (shown - y) * (shown - y))).isEqualTo(Numbers.format(s.loss()));
            mean.append(s.index() == 0 ? "" : " + ").append(Numbers.format(s.loss()));
        }
        mean.append(") / 4");
        assertThat(onEdt(() -> panel.meanText())).isEqualTo(mean.toString());
        assertThat(onEdt(() -> ((javax.swing.JTextArea) window.textBox("lossMean").target()).getText()))
                .isEqualTo(mean.toString());
    }

    @Test
    void crossEntropyRowsUseTheirFormula() {
        show("xor-saturated-ce");
        SampleTrace s = onEdt(() -> model.trace().sample(1));
        // Target 1: −[1·ln a + (1 − 1) ln(1 − a)] reduces to −ln a, with the digits of a that check by hand.
        assertThat(cell(1, 4)).startsWith("−ln 0.99925").endsWith(" = " + Numbers.format(s.loss()));
        String a = cell(1, 4).substring("−ln ".length(), cell(1, 4).indexOf(" = "));
        assertThat(Numbers.format(-Math.log(Double.parseDouble(a)))).isEqualTo(Numbers.format(s.loss()));
        // Target 0: −ln(1 − a).
        SampleTrace first = onEdt(() -> model.trace().sample(0));
        String written = cell(0, 4);
        assertThat(written).startsWith("−ln(1 − ").endsWith(") = " + Numbers.format(first.loss()));
        double a0 = Double.parseDouble(written.substring("−ln(1 − ".length(), written.indexOf(")")));
        assertThat(Numbers.format(-Math.log(1 - a0))).isEqualTo(Numbers.format(first.loss()));
    }

    @Test
    void crossEntropyFormulasFitTheTableWithoutScrollingSideways() {
        // As wide as the window's left column at 1366 × 768.
        show("xor-saturated-ce", 420);
        JTable table = table();
        assertThat(onEdt(() -> table.getPreferredSize().width)).isLessThanOrEqualTo(onEdt(() -> table.getParent().getWidth()));
    }

    @Test
    void clickingARowViewsThatSampleAndHighlightsIt() {
        show("xor");
        Color highlight = onEdt(() -> GlassboxTheme.color(GlassboxTheme.ROW_HIGHLIGHT));
        assertThat(background(0)).isEqualTo(highlight);
        window.table("lossTable").cell(TableCell.row(2).column(1)).click();
        assertThat(onEdt(() -> model.viewedSample())).isEqualTo(2);
        assertThat(background(2)).isEqualTo(highlight);
        assertThat(background(0)).isNotEqualTo(highlight);

        onEdtRun(() -> model.setViewedSample(3));
        window.table("lossTable").requireSelectedRows(3);
        assertThat(background(3)).isEqualTo(highlight);
    }

    @Test
    void rowsFollowTrainingAndKeepTheViewedSample() {
        show("xor");
        onEdtRun(() -> model.setViewedSample(1));
        String before = cell(0, 4);
        onEdtRun(() -> {
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.stepEpoch();
        });
        SampleTrace s = onEdt(() -> model.trace().sample(0));
        assertThat(cell(0, 4)).isNotEqualTo(before).endsWith(" = " + Numbers.format(s.loss()));
        assertThat(onEdt(() -> panel.meanText())).startsWith("mean after update 1 = "
                + Numbers.format(onEdt(() -> model.trace().loss())) + "\n");
        window.table("lossTable").requireSelectedRows(1);
        assertThat(onEdt(() -> model.viewedSample())).isEqualTo(1);
    }
}
