package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.internal.text.Numbers;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assembled widget, driven with the mouse: hovering a connection in the network view puts
 * its chain rule, with the trace's own numbers, into the chain-rule panel.
 */
class GlassboxPanelGuiTest extends GuiTest {
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            panel.set(p);
            return p;
        }, 1366, 768);
    }

    private GlassboxModel model() {
        return panel.get().model();
    }

    private void hover(Connection c) {
        Point at = onEdt(() -> {
            Point2D p = panel.get().networkView().pointOf(c);
            return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
        robot.moveMouse(panel.get().networkView(), at);
        robot.waitForIdle();
    }

    private String chainRule() {
        return onEdt(() -> panel.get().chainRulePanel().plainText());
    }

    /** The chain rule's numbers for {@code c} on the viewed sample, straight from the core's trace. */
    private String[] expectedNumbers(Connection c) {
        return onEdt(() -> {
            SampleTrace s = model().trace().sample(model().viewedSample());
            return new String[] {
                Numbers.format(s.neuron(c.target()).delta()),
                Numbers.format(s.gradient(c)),
                Numbers.format(s.neuron(c.target()).rawError()),
                Numbers.format(s.neuron(c.target()).slope()),
                Numbers.format(model().trace().meanGradient(c)),
            };
        });
    }

    @Test
    void hoveringAHiddenConnectionShowsItsBackpropSumWithTheTracesNumbers() {
        Connection hidden = new Connection(0, 0, 0);
        hover(hidden);
        assertThat(onEdt(() -> model().hovered())).isEqualTo(hidden);
        String text = chainRule();
        assertThat(text).contains("Backprop Sum").doesNotContain("Raw Error").contains(expectedNumbers(hidden));
    }

    @Test
    void hoveringAnOutputConnectionShowsItsRawErrorWithTheTracesNumbers() {
        Connection output = new Connection(1, 1, 0);
        hover(output);
        assertThat(onEdt(() -> model().hovered())).isEqualTo(output);
        String text = chainRule();
        assertThat(text).contains("Raw Error").doesNotContain("Backprop Sum").contains(expectedNumbers(output));
    }

    @Test
    void aClickedConnectionStaysExplainedThroughStepsWithLiveNumbers() {
        Connection output = new Connection(1, 0, 0);
        hover(output);
        robot.click(panel.get().networkView(), onEdt(() -> {
            Point2D p = panel.get().networkView().pointOf(output);
            return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        }));
        robot.moveMouse(window.button("stepButton").target());
        assertThat(onEdt(() -> model().selected())).isEqualTo(output);
        String before = chainRule();
        onEdtRun(() -> model().setSpeed(GlassboxModel.MAX_SPEED));
        window.button("stepButton").click();
        window.button("stepButton").click();
        assertThat(onEdt(() -> model().session().epoch())).isEqualTo(2);
        assertThat(onEdt(() -> model().inspected())).isEqualTo(output);
        String after = chainRule();
        assertThat(after).isNotEqualTo(before).contains(expectedNumbers(output));
    }

    @Test
    void clickingASampleRowExplainsThatSample() {
        Connection output = new Connection(1, 0, 0);
        onEdtRun(() -> model().setSelected(output));
        window.tabbedPane("detailTabs").selectTab("Loss calculation");
        window.table("lossTable").cell(org.assertj.swing.data.TableCell.row(3).column(0)).click();
        assertThat(onEdt(() -> model().viewedSample())).isEqualTo(3);
        assertThat(chainRule()).contains("sample 4 of 4").contains(expectedNumbers(output));
    }
}
