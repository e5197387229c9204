package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.BorderLayout;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/** The README's embedding examples, line for line: they compile, show, and train. */
class ReadmeExamplesGuiTest extends GuiTest {

    private void requireShowing(String name) {
        assertThat(onEdt(() -> robot.finder().findByName(name, true).isShowing())).as(name).isTrue();
    }

    @Test
    void threeLineEmbedding() {
        AtomicReference<GlassboxPanel> shown = new AtomicReference<>();
        show(() -> {
            JPanel frame = new JPanel(new BorderLayout());
            // --- README ---
            GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
            frame.add(glassbox);                                  // any JFrame, JDialog or JPanel
            glassbox.model().play();                              // or let the user press Play
            // --- end ---
            shown.set(glassbox);
            return frame;
        }, 1366, 768);
        requireShowing("networkView");
        requireShowing("chainRulePanel");
        Pause.pause(new Condition("training under way") {
            @Override
            public boolean test() {
                return onEdt(() -> shown.get().model().session().epoch()) > 0;
            }
        }, Timeout.timeout(10_000));
        onEdtRun(() -> shown.get().model().pause());
    }

    @Test
    void viewsOnASharedModel() {
        AtomicReference<GlassboxModel> shared = new AtomicReference<>();
        show(() -> {
            // --- README ---
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor-saturated-mse"));
            JPanel pane = new JPanel(new BorderLayout());
            pane.add(new NetworkView(model), BorderLayout.CENTER);       // animated packets, hover, click
            pane.add(new ChainRulePanel(model), BorderLayout.EAST);      // ∂L/∂w = δ · a with the numbers
            pane.add(new LossChartPanel(model), BorderLayout.SOUTH);     // loss per epoch, fast at 10⁷ epochs
            // --- end ---
            shared.set(model);
            return pane;
        }, 1200, 800);
        requireShowing("networkView");
        requireShowing("lossChart");
        onEdtRun(() -> shared.get().session().run(10));
        assertThat(onEdt(() -> shared.get().session().epoch())).isEqualTo(10);
    }
}
