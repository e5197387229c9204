package dev.glassbox.swing.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undoing a reset after a long history trains it again a frame at a time: meanwhile the epoch label
 * counts towards the epoch it goes back to, and the commands wait (disabled) until it is there.
 */
class RetrainingGuiTest extends GuiTest {
    private static final int TRAINED = 200_000;
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();
    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void showTrainedPanel() {
        show(() -> {
            TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
            // 1 µs an epoch on the test's clock: a frame's budget is some 8,000 epochs.
            clock.chargeTraining(s, 1_000);
            GlassboxModel m = new GlassboxModel(s, clock);
            GlassboxPanel p = new GlassboxPanel(m);
            m.runToEpoch(TRAINED);
            while (m.isRunningToGoal()) {
                clock.frame(16);
            }
            panel.set(p);
            return p;
        }, 1200, 768);
    }

    private GlassboxModel model() {
        return panel.get().model();
    }

    @Test
    void theEpochLabelCountsWhileAnUndoneResetTrainsAgainAndTheCommandsWait() {
        window.button("resetButton").click();
        assertThat(onEdt(() -> model().epoch())).isZero();
        window.label("epochLabel").requireText("Epoch 0");

        robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        robot.waitForIdle();
        assertThat(onEdt(() -> model().isRetraining())).isTrue();
        int first = onEdt(() -> model().epoch());
        assertThat(first).isBetween(1, TRAINED - 1);
        window.label("epochLabel").requireText(Pattern.compile(
                Pattern.quote("Epoch " + first + " of " + TRAINED + " (training again) · loss ") + ".*"));
        for (String button : new String[] {"playButton", "stepButton", "phaseButton", "resetButton",
                "bookmarkButton"}) {
            window.button(button).requireDisabled();
        }
        window.slider("timelineSlider").requireDisabled();
        assertThat(onEdt(() -> panel.get().undoActions().undo().isEnabled())).isFalse();
        assertThat(onEdt(() -> panel.get().undoActions().redo().isEnabled())).isFalse();

        onEdtRun(() -> clock.frames(3, 16));
        int later = onEdt(() -> model().epoch());
        assertThat(later).as("the label counts").isGreaterThan(first);
        window.label("epochLabel").requireText(Pattern.compile(
                Pattern.quote("Epoch " + later + " of " + TRAINED + " (training again) · loss ") + ".*"));

        onEdtRun(() -> {
            while (model().isRetraining()) {
                clock.frame(16);
            }
        });
        window.label("epochLabel").requireText(Pattern.compile(Pattern.quote("Epoch " + TRAINED + " · loss ") + ".*"));
        for (String button : new String[] {"playButton", "stepButton", "phaseButton", "resetButton",
                "bookmarkButton"}) {
            window.button(button).requireEnabled();
        }
        window.slider("timelineSlider").requireEnabled();
        assertThat(onEdt(() -> panel.get().undoActions().redo().isEnabled())).isTrue();
        assertThat(onEdt(() -> model().session().lossHistory().size())).isEqualTo(TRAINED);
    }
}
