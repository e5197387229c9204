package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/** Stepping and playing through real buttons, on a clock the test advances (milliseconds of test time). */
class GlassboxModelGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final ManualClock clock = new ManualClock();

    private void showStepButton(int speed) {
        show(() -> {
            GlassboxModel m = new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), clock);
            m.setSpeed(speed);
            model.set(m);
            JButton step = new JButton("Step");
            step.setName("stepButton");
            step.addActionListener(e -> m.stepEpoch());
            JPanel p = new JPanel();
            p.add(step);
            return p;
        }, 300, 200);
    }

    private int epoch() {
        return onEdt(() -> model.get().session().epoch());
    }

    @Test
    void animatedStepCommitsTheEpochWhenItsUpdatePhaseEnds() {
        showStepButton(GlassboxModel.BULK_SPEED - 1);
        List<Phase> seen = new CopyOnWriteArrayList<>();
        onEdtRun(() -> model.get().addAnimationListener(e -> {
            Phase p = e.model().phase();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != p) {
                seen.add(p);
            }
        }));
        window.button("stepButton").click();
        frames(30, "epoch 1 committed: three phases of 0.1 s");
        assertThat(onEdt(() -> model.get().phase())).isEqualTo(Phase.IDLE);
        assertThat(onEdt(() -> model.get().session().lossHistory().size())).isEqualTo(1);
        assertThat(seen).containsExactly(Phase.FORWARD, Phase.BACKWARD, Phase.UPDATE, Phase.IDLE);
    }

    @Test
    void bulkStepTrainsAtOnce() {
        showStepButton(GlassboxModel.MAX_SPEED);
        window.button("stepButton").click();
        window.button("stepButton").click();
        assertThat(epoch()).isEqualTo(2);
    }

    @Test
    void phaseByPhaseStepsHoldBetweenPhases() {
        showStepButton(GlassboxModel.BULK_SPEED - 1);
        onEdtRun(() -> model.get().stepPhase());
        frames(10, "forward phase done");
        assertThat(onEdt(() -> model.get().phaseProgress())).isEqualTo(1.0);
        assertThat(onEdt(() -> model.get().phase())).isEqualTo(Phase.FORWARD);
        assertThat(epoch()).isZero();
        onEdtRun(() -> model.get().stepPhase());
        assertThat(onEdt(() -> model.get().phase())).isEqualTo(Phase.BACKWARD);
    }

    /** Runs {@code count} frames of 15 ms of test time on the event thread. */
    private void frames(int count, String what) {
        onEdtRun(() -> clock.frames(count, 15));
    }

    /** Runs frames of 15 ms of test time until the epoch passes {@code epoch} (at most 10 s of test time). */
    private void waitForEpochAbove(int epoch, String what) {
        for (int k = 0; k < 700 && epoch() <= epoch; k++) {
            frames(1, what);
        }
        assertThat(epoch()).as(what).isGreaterThan(epoch);
    }

    @Test
    void playingGoesOnAnimatedWhenTheSpeedDropsBelowBulk() {
        showStepButton(GlassboxModel.BULK_SPEED);
        onEdtRun(() -> model.get().play());
        waitForEpochAbove(10, "bulk training");
        onEdtRun(() -> model.get().setSpeed(GlassboxModel.BULK_SPEED - 1));
        int slowed = epoch();
        waitForEpochAbove(slowed + 1, "animated epochs after the speed dropped");
        assertThat(onEdt(() -> model.get().isPlaying())).isTrue();
    }

    @Test
    void playingGoesOnAfterAResetCancelsTheAnimatedEpoch() {
        showStepButton(GlassboxModel.BULK_SPEED - 1);
        onEdtRun(() -> model.get().play());
        waitForEpochAbove(0, "a first animated epoch");
        onEdtRun(() -> model.get().reset());
        assertThat(epoch()).isZero();
        waitForEpochAbove(0, "animated epochs after the reset");
        assertThat(onEdt(() -> model.get().isPlaying())).isTrue();
    }
}
