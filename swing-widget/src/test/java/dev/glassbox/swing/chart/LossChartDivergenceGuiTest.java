package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Divergence;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's divergence and warnings appear on the loss chart at their epochs, and go with a reset. */
class LossChartDivergenceGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<LossChartPanel> chart = new AtomicReference<>();

    private void showChart(Scenario scenario) {
        show(() -> {
            GlassboxModel m = new GlassboxModel(scenario);
            model.set(m);
            LossChartPanel c = new LossChartPanel(m);
            chart.set(c);
            return c;
        }, 900, 500);
    }

    @AfterEach
    void disposeModel() {
        if (model.get() != null) {
            onEdtRun(() -> model.get().close());
        }
    }

    /** The labelled divergence lines on the chart: "label@epoch". */
    private List<String> marks() {
        return onEdt(() -> {
            List<String> marks = new ArrayList<>();
            @SuppressWarnings("unchecked")
            java.util.Collection<Marker> all = chart.get().plot().getDomainMarkers(Layer.FOREGROUND);
            if (all != null) {
                for (Marker m : all) {
                    marks.add(m.getLabel() + "@" + (int) ((ValueMarker) m).getValue());
                }
            }
            return marks;
        });
    }

    private String tooltipAtEpoch(int epoch) {
        return onEdt(() -> {
            ChartView view = (ChartView) window.panel("lossChartView").target();
            Rectangle2D area = view.getScreenDataArea();
            double x = chart.get().plot().getDomainAxis().valueToJava2D(epoch, area, RectangleEdge.BOTTOM);
            MouseEvent hover = new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(x), (int) area.getCenterY(), 0, false);
            return view.getToolTipText(hover);
        });
    }

    @Test
    void aDivergenceIsMarkedAtItsEpochWithTheSessionsSentenceAndAResetClearsIt() {
        showChart(BuiltInScenarios.get("xor").toBuilder()
                .activations(Activation.SIGMOID, Activation.LINEAR).learningRate(50).build());
        onEdtRun(() -> model.get().session().run(200));
        robot.waitForIdle();
        Divergence d = onEdt(() -> model.get().session().divergence().orElseThrow());
        assertThat(marks()).contains("diverged@" + d.epoch());
        // The epoch that diverged was never committed, yet its line is in view.
        assertThat(onEdt(() -> chart.get().plot().getDomainAxis().getRange().contains(d.epoch()))).isTrue();
        assertThat(tooltipAtEpoch(d.epoch())).contains(d.message());

        onEdtRun(() -> model.get().reset());
        robot.waitForIdle();
        assertThat(marks()).isEmpty();
    }

    @Test
    void everyWarningOfTheSessionIsMarkedAtItsEpoch() {
        showChart(BuiltInScenarios.get("xor").toBuilder().learningRate(1000).build());
        onEdtRun(() -> model.get().session().run(3000));
        robot.waitForIdle();
        List<Divergence> warnings = onEdt(() -> model.get().session().warnings());
        assertThat(warnings).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (Divergence w : warnings) {
            expected.add(switch (w.kind()) {
                case LOSS_JUMP -> "loss jump";
                case SATURATION -> "saturated";
                case STALL -> "stalled";
                case NON_FINITE -> "diverged";
            } + "@" + w.epoch());
        }
        assertThat(marks()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
