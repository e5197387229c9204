package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.atomic.AtomicReference;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A point of the loss chart explains itself: the epoch, the mean over the samples with its formula,
 * and when it was measured. Xor's first epoch, worked by hand from xor.json: the samples' losses
 * ½(a − y)² are 0.28125, 0.02895, 0.02938 and 0.29356, their mean 0.63314 / 4 = 0.1583.
 */
class LossChartPointTooltipGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<LossChartPanel> chart = new AtomicReference<>();

    @AfterEach
    void closeModel() {
        onEdtRun(() -> model.get().close());
    }

    private String tooltipAt(double epoch, double loss, double dyPixels) {
        return onEdt(() -> {
            ChartView view = (ChartView) window.panel("lossChartView").target();
            Rectangle2D area = view.getScreenDataArea();
            double x = chart.get().plot().getDomainAxis().valueToJava2D(epoch, area, RectangleEdge.BOTTOM);
            double y = chart.get().plot().getRangeAxis().valueToJava2D(loss, area, RectangleEdge.LEFT) + dyPixels;
            return view.getToolTipText(new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(x), (int) Math.round(y), 0, false));
        });
    }

    @Test
    void aMeanLossPointSaysItsEpochItsFormulaAndItsValue() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.set(m);
            m.session().run(20);
            LossChartPanel c = new LossChartPanel(m);
            chart.set(c);
            return c;
        }, 900, 500);
        robot.waitForIdle();
        double first = onEdt(() -> model.get().lossHistory().get(0));
        String tooltip = tooltipAt(1, first, 0);
        assertThat(tooltip).isEqualTo("<html>epoch 1: mean loss L = (L₁ + … + L₄) / 4 = 0.1583"
                + "<br>each sample's Lᵢ = ½(a − y)²<br>loss 0.1583 before update 1"
                + "<br>Conventions (the ½, the means, the sign of the update): see Conventions in the help</html>");
        assertThat(tooltipAt(1, first, -60)).as("far from every point").isNull();
    }
}
