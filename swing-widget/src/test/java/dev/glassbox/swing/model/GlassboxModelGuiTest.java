package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.testing.GuiTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

class GlassboxModelGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();

    private void showStepButton(int speed) {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
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
        onEdtRun(() -> model.get().addListener(e -> {
            Phase p = e.model().phase();
            if (e.kind() == GlassboxModelEvent.Kind.ANIMATION && (seen.isEmpty() || seen.get(seen.size() - 1) != p)) {
                seen.add(p);
            }
        }));
        window.button("stepButton").click();
        Pause.pause(new Condition("epoch 1 committed") {
            @Override
            public boolean test() {
                return epoch() == 1;
            }
        }, Timeout.timeout(10_000));
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
        Pause.pause(new Condition("forward phase done") {
            @Override
            public boolean test() {
                return onEdt(() -> model.get().phase() == Phase.FORWARD && model.get().phaseProgress() >= 1.0);
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
        assertThat(onEdt(() -> model.get().phase())).isEqualTo(Phase.FORWARD);
        assertThat(epoch()).isZero();
        onEdtRun(() -> model.get().stepPhase());
        assertThat(onEdt(() -> model.get().phase())).isEqualTo(Phase.BACKWARD);
    }

    private void waitForEpochAbove(int epoch, String what) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return epoch() > epoch;
            }
        }, Timeout.timeout(10_000));
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
