package dev.glassbox.swing.loss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.junit.jupiter.api.Test;

class LossCalculationPanelGuiTest extends GuiTest {
    private GlassboxModel model;
    private LossCalculationPanel panel;

    private void show(String scenario) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get(scenario));
            panel = new LossCalculationPanel(model);
            return panel;
        }, 640, 300);
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

        EpochTrace t = onEdt(() -> model.trace());
        StringBuilder mean = new StringBuilder("mean = (");
        for (SampleTrace s : t.samples()) {
            double out = s.output(0).a();
            double y = s.sample().y().get(0);
            assertThat(cell(s.index(), 4)).isEqualTo("½(" + Numbers.format(out) + " − " + Numbers.compact(y) + ")² = "
                    + Numbers.format(s.loss()));
            mean.append(s.index() == 0 ? "" : " + ").append(Numbers.format(s.loss()));
        }
        mean.append(") / 4 = ").append(Numbers.format(t.loss()));
        assertThat(onEdt(() -> panel.meanText())).isEqualTo(mean.toString());
        assertThat(onEdt(() -> ((javax.swing.JTextArea) window.textBox("lossMean").target()).getText()))
                .isEqualTo(mean.toString());
    }

    @Test
    void crossEntropyRowsUseTheirFormula() {
        show("xor-saturated-ce");
        SampleTrace s = onEdt(() -> model.trace().sample(1));
        assertThat(cell(1, 4)).startsWith("−[1·ln 0.99925").contains(" + (1 − 1) ln(1 − 0.99925")
                .endsWith(")] = " + Numbers.format(s.loss()));
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
        assertThat(onEdt(() -> panel.meanText())).endsWith(" = " + Numbers.format(onEdt(() -> model.trace().loss())));
        window.table("lossTable").requireSelectedRows(1);
        assertThat(onEdt(() -> model.viewedSample())).isEqualTo(1);
    }
}
