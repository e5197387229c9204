package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In online mode "Phase" walks the epoch a sample at a time: forward, backward and update of
 * sample 1, then of sample 2 with the weights sample 1 left, and so on; the viewed sample follows,
 * and the epoch is committed only when the last sample's update ends. The numbers are the xor
 * lesson's (η = 2, weights 0.15 0.20 / 0.25 0.30, 0.40 0.45, biases 0.35 0.35, 0.60), worked by hand:
 *
 * <pre>
 * sample 1, x = (0, 0), y = 0:  a_h = σ(0.35) = 0.586617578917 (both hidden)
 *   z_o = 0.40·a_h + 0.45·a_h + 0.60,  a_o = σ(z_o) = 0.750002372507
 *   δ_o = (a_o − y)·a_o·(1 − a_o) = 0.140624555148
 *   b_o ← 0.60 − 2·0.140624555148 = 0.318750889704
 *   w_o1 ← 0.40 − 2·0.140624555148·0.586617578917 = 0.235014327846
 *   w_o2 ← 0.45 − 2·0.140624555148·0.586617578917 = 0.285014327846
 * sample 2, x = (0, 1), y = 1, with those:  a_h1 = 0.627783369561, δ_o = −0.0771744171711
 *   w_o1 ← 0.235014327846 − 2·(−0.0771744171711·0.627783369561) = 0.331911959157
 * after all four samples:  w_o1 = 0.219311985115, w_o2 = 0.26357038935, b_o = 0.313955422914
 * </pre>
 */
class OnlineSamplesGuiTest extends GuiTest {
    private final ManualClock clock = new ManualClock();
    private GlassboxPanel panel;

    @BeforeEach
    void showXorOnline() {
        show(() -> {
            panel = new GlassboxPanel(new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), clock));
            return panel;
        }, 1366, 768);
        selectItem(window.comboBox("updateModeCombo"), 1);
        assertThat(onEdt(() -> model().session().scenario().updateMode().id())).isEqualTo("online");
    }

    private GlassboxModel model() {
        return panel.model();
    }

    /** Clicks "Phase" and lets the phase run to its end (no phase takes more than 2 s). */
    private void phase() {
        window.button("phaseButton").click();
        robot.waitForIdle();
        onEdtRun(() -> clock.frame(2500));
        robot.waitForIdle();
    }

    /** What the network view draws now: its labels' texts and its caption. */
    private List<String> labels() {
        return onEdt(() -> {
            NetworkView view = panel.networkView();
            BufferedImage image = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paintSnapshot(g, model().phase(), model().phaseProgress());
            g.dispose();
            return view.paintedLabels().stream().map(Labels.Label::text).toList();
        });
    }

    private String caption() {
        return onEdt(() -> panel.networkView().paintedCaption().shownText());
    }

    @Test
    void phaseWalksTheSamplesOneAtATimeEachWithTheWeightsTheOneBeforeLeft() {
        phase();
        phase();
        phase();
        assertThat(onEdt(() -> model().phase())).as("sample 1's update holds at its end").isEqualTo(Phase.UPDATE);
        assertThat(labels()).as("sample 1's update moved the output weights and bias")
                .contains("0.235", "0.285", "b = 0.319");
        assertThat(onEdt(() -> model().session().epoch())).as("nothing committed yet").isZero();
        window.button("phaseButton").requireText("Phase: forward");

        phase();
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.FORWARD);
        assertThat(onEdt(() -> model().viewedSample())).as("the view follows to sample 2").isEqualTo(1);
        window.comboBox("sampleCombo").requireSelection(1);
        assertThat(caption()).startsWith("sample 2 of 4");
        assertThat(labels()).as("sample 2 is computed with the weights sample 1 left")
                .contains("0.235", "0.285", "b = 0.319").doesNotContain("0.400", "0.450", "b = 0.600");

        // The chain rule of the first output weight on sample 2: its own update, from 0.2350.
        onEdtRun(() -> model().setSelected(new Connection(1, 0, 0)));
        robot.waitForIdle();
        String chain = onEdt(() -> panel.chainRulePanel().plainText());
        assertThat(chain).contains("after sample 2").contains("0.2350").contains("0.3319");

        for (int p = 0; p < 7; p++) {
            phase();
        }
        assertThat(onEdt(() -> model().viewedSample())).isEqualTo(3);
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.BACKWARD);
        assertThat(onEdt(() -> model().session().epoch())).isZero();
        phase();
        assertThat(onEdt(() -> model().session().epoch())).as("the last sample's update commits the epoch").isEqualTo(1);
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.IDLE);
        Parameters after = onEdt(() -> model().session().parameters());
        assertThat(after.weight(new Connection(1, 0, 0))).isCloseTo(0.219311985115, offset(1e-11));
        assertThat(after.weight(new Connection(1, 1, 0))).isCloseTo(0.26357038935, offset(1e-11));
        assertThat(after.bias(1, 0)).isCloseTo(0.313955422914, offset(1e-11));
    }
}
