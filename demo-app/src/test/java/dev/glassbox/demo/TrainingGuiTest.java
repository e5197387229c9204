package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import org.assertj.swing.fixture.JLabelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingGuiTest extends AppGuiTest {

    @BeforeEach
    void open() {
        showApp();
    }

    private void selectScenario(String id) {
        select("scenarioCombo", ".*\\(" + Pattern.quote(id) + "\\)");
    }

    @Test
    void switchingTheScenarioShowsItsLesson() {
        selectScenario("dying-relu");
        window.textBox("lessonText").requireText(BuiltInScenarios.get("dying-relu").lesson());
        window.label("lessonTitle").requireText(BuiltInScenarios.get("dying-relu").name());
        selectScenario("and");
        window.textBox("lessonText").requireText(BuiltInScenarios.get("and").lesson());
    }

    @Test
    void stepAdvancesTheEpochLabelAndChangesTheWeightsTable() {
        window.slider("speedSlider").slideToMaximum();
        window.tabbedPane("tablesTabs").selectTab("Weights");
        String[][] before = window.table("weightsTable").contents();
        window.button("stepButton").click();
        window.label("epochLabel").requireText(Pattern.compile("Epoch 1 · loss .*"));
        String[][] after = window.table("weightsTable").contents();
        assertThat(after).isNotEqualTo(before);
        // Column 1 is the value: the first weight now shows the session's new w[0][0][0].
        String w = onEdt(() -> Numbers.format(model().session().parameters().weight(new Connection(0, 0, 0))));
        assertThat(after[0][1]).isEqualTo(w);
        window.button("stepButton").click();
        window.label("epochLabel").requireText(Pattern.compile("Epoch 2 · loss .*"));
        assertThat(window.table("weightsTable").contents()).isNotEqualTo(after);
    }

    @Test
    void playTrainsUntilPaused() {
        window.slider("speedSlider").slideToMaximum();
        window.button("playButton").click();
        window.button("playButton").requireText("Pause");
        await("training under way", () -> model().session().epoch() > 200);
        window.button("playButton").click();
        window.button("playButton").requireText("Play");
        int paused = onEdt(() -> model().session().epoch());
        robot.waitForIdle();
        assertThat(onEdt(() -> model().session().epoch())).isEqualTo(paused);
    }

    @Test
    void changingTheLossReloadsTheScenarioWeights() {
        onEdtRun(() -> model().session().run(120));
        select("lossCombo", Pattern.quote(Loss.CROSS_ENTROPY.id()));
        assertThat(onEdt(() -> model().session().epoch())).isZero();
        assertThat(onEdt(() -> model().session().parameters()))
                .isEqualTo(BuiltInScenarios.get("xor").initialParameters());
        window.label("epochLabel").requireText("Epoch 0");
    }

    @Test
    void crossEntropyEscapesTheSaturatedOutputFasterThanMse() {
        double mse = relativeLossAfter("xor-saturated-mse", 300);
        double ce = relativeLossAfter("xor-saturated-ce", 300);
        // MSE barely moves off its plateau; cross-entropy has cut its loss many times over.
        assertThat(mse).isGreaterThan(0.95);
        assertThat(ce).isLessThan(mse / 5);
    }

    /** Trains {@code id} through the controls and returns loss(epochs) / loss(1). */
    private double relativeLossAfter(String id, int epochs) {
        selectScenario(id);
        window.slider("speedSlider").slideToMaximum();
        window.button("playButton").click();
        await(epochs + " epochs of " + id, () -> model().session().epoch() >= epochs);
        window.button("playButton").click();
        return onEdt(() -> {
            LossHistory h = model().session().lossHistory();
            return h.get(epochs - 1) / h.get(0);
        });
    }

    @Test
    void aDivergingRunPausesWithTheEpochAndResetRecovers() {
        select("outputActivationCombo", Activation.LINEAR.id());
        window.spinner("learningRateSpinner").enterTextAndCommit("50");
        assertThat(onEdt(() -> model().session().learningRate())).isEqualTo(50.0);
        window.slider("speedSlider").slideToMaximum();
        banner().requireNotVisible();
        window.button("playButton").click();
        await("divergence", () -> model().session().divergence().isPresent());
        robot.waitForIdle();

        var divergence = onEdt(() -> model().session().divergence().orElseThrow());
        window.label("divergenceMessage").requireVisible().requireText(divergence.message());
        assertThat(divergence.message()).contains("epoch " + divergence.epoch());
        assertThat(onEdt(() -> model().isPlaying())).isFalse();
        window.button("playButton").requireDisabled();

        window.button("resetButton").click();
        await("the reset", () -> model().session().divergence().isEmpty());
        banner().requireNotVisible();
        assertThat(onEdt(() -> model().session().divergence())).isEmpty();
        assertThat(onEdt(() -> model().session().epoch())).isZero();
        window.button("playButton").requireEnabled();
        window.button("stepButton").click();
        assertThat(onEdt(() -> model().session().epoch())).isEqualTo(1);
    }

    /** The divergence banner, found whether it is showing or not. */
    private JLabelFixture banner() {
        return new JLabelFixture(robot, robot.finder().findByName(app, "divergenceMessage", JLabel.class, false));
    }

    @Test
    void speedSliderDrivesTheModel() {
        window.slider("speedSlider").slideToMaximum();
        assertThat(onEdt(() -> model().speed())).isEqualTo(GlassboxModel.MAX_SPEED);
    }
}
