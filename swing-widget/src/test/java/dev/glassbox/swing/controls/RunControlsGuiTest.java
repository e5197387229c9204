package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Run to epoch" and "Run until loss <" typed and clicked as a user would, on a clock the test moves. */
class RunControlsGuiTest extends GuiTest {
    private final ManualClock clock = new ManualClock();
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();

    @BeforeEach
    void showPanel() {
        show(() -> {
            TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
            clock.chargeTraining(session, 20_000);
            GlassboxModel m = new GlassboxModel(session, clock);
            model.set(m);
            return new GlassboxPanel(m);
        }, 1200, 768);
    }

    private int framesUntilStopped() {
        return onEdt(() -> {
            int frames = 0;
            while (model.get().isPlaying() && frames < 100_000) {
                clock.frame(16);
                frames++;
            }
            return frames;
        });
    }

    @Test
    void runUntilTheLossIsBelowEpsilonStopsAtTheFirstEpochBelowIt() {
        TrainingSession plain = new TrainingSession(BuiltInScenarios.get("xor"));
        plain.runUntilLossBelow(5000, 0.05);
        window.textBox("runToField").deleteText().enterText("5000");
        window.textBox("untilLossField").deleteText().enterText("0.05");
        window.button("runUntilButton").click();
        window.button("playButton").requireText("Pause");
        assertThat(framesUntilStopped()).isGreaterThan(1);
        assertThat(onEdt(() -> model.get().epoch())).isEqualTo(plain.epoch());
        window.label("epochLabel").requireText(Pattern.compile(Pattern.quote("Epoch " + plain.epoch() + " · loss ") + ".*"));
        window.button("playButton").requireText("Play");
        window.label("runMessage").requireText("");
    }

    @Test
    void runToAnEpochStopsThereAndPauseCancelsARun() {
        window.textBox("runToField").deleteText().enterText("1500\n");
        framesUntilStopped();
        assertThat(onEdt(() -> model.get().epoch())).isEqualTo(1500);

        window.textBox("untilLossField").deleteText().enterText("1e-12");
        window.textBox("runToField").deleteText().enterText("100000");
        window.button("runUntilButton").click();
        onEdtRun(() -> clock.frames(2, 16));
        window.button("playButton").click();
        int paused = onEdt(() -> model.get().epoch());
        assertThat(paused).isBetween(1501, 99_999);
        onEdtRun(() -> clock.frames(5, 16));
        assertThat(onEdt(() -> model.get().epoch())).isEqualTo(paused);
    }

    @Test
    void aFieldWithoutAFittingNumberSaysSoAndNothingRuns() {
        window.textBox("runToField").deleteText().enterText("soon");
        window.button("runToButton").click();
        window.label("runMessage").requireText("The epoch to run to must be a whole number after epoch 0, got 'soon'");
        window.textBox("runToField").deleteText().enterText("300");
        window.textBox("untilLossField").deleteText().enterText("-1");
        window.button("runUntilButton").click();
        window.label("runMessage").requireText("The loss to run below must be a number above 0, got '-1'");
        window.textBox("untilLossField").requireText("-1");
        assertThat(onEdt(() -> model.get().isPlaying())).isFalse();
        assertThat(onEdt(() -> model.get().epoch())).isZero();
    }
}
