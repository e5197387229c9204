package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.BorderLayout;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The README's three-line embedding, line for line: it compiles, shows and trains. (The README's
 * other example is demo-app's {@code EmbedExample}, run by its own test.)
 */
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
}
