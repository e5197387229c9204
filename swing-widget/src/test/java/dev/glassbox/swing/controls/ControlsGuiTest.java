package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.BorderLayout;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlsGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void showControls() {
        show(() -> {
            TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
            clock.chargeTraining(session, 1000);
            GlassboxModel m = new GlassboxModel(session, clock);
            model.set(m);
            JPanel p = new JPanel(new BorderLayout());
            p.add(new ParameterControls(m), BorderLayout.CENTER);
            p.add(new TrainingControls(m), BorderLayout.SOUTH);
            p.add(new LessonPanel(m), BorderLayout.NORTH);
            return p;
        }, 900, 600);
    }

    private GlassboxModel m() {
        return model.get();
    }

    @Test
    void switchingTheScenarioLoadsItAndShowsItsLesson() {
        selectItem(window.comboBox("scenarioCombo"), 5);
        assertThat(onEdt(() -> m().session().scenario().name())).isEqualTo(BuiltInScenarios.get("dying-relu").name());
        window.textBox("lessonText").requireText(BuiltInScenarios.get("dying-relu").lesson());
        window.label("lessonTitle").requireText(BuiltInScenarios.get("dying-relu").name());
        window.comboBox("hiddenActivationCombo").requireSelection("relu");
    }

    @Test
    void stepAdvancesTheEpochLabelAndResetReturns() {
        onEdtRun(() -> m().setSpeed(GlassboxModel.MAX_SPEED));
        window.button("stepButton").click();
        window.button("stepButton").click();
        window.label("epochLabel").requireText(onEdt(() -> "Epoch 2 · loss "
                + dev.glassbox.swing.internal.text.Numbers.format(m().session().lossHistory().last())
                + " before update 2"));
        window.button("resetButton").click();
        assertThat(onEdt(() -> m().session().epoch())).isZero();
        window.label("epochLabel").requireText("Epoch 0");
    }

    @Test
    void changingTheLossReloadsTheScenarioFromItsStartingWeights() {
        onEdtRun(() -> m().session().run(50));
        Parameters start = BuiltInScenarios.get("xor").initialParameters();
        selectItem(window.comboBox("lossCombo"), 1);
        assertThat(onEdt(() -> m().session().architecture().loss())).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(onEdt(() -> m().session().epoch())).isZero();
        assertThat(onEdt(() -> m().session().parameters())).isEqualTo(start);
    }

    @Test
    void crossEntropyWithALinearOutputIsRefusedAndNothingChanges() {
        selectItem(window.comboBox("lossCombo"), 1);
        onEdtRun(() -> m().session().run(7));
        Parameters before = onEdt(() -> m().session().parameters());
        // The refusal is under test, not the popup: choose the item directly (the same action event).
        onEdtRun(() -> window.comboBox("outputActivationCombo").target().setSelectedIndex(Activation.LINEAR.ordinal()));
        window.label("parameterMessage").requireText("loss: cross-entropy needs a sigmoid output layer, not linear");
        window.comboBox("outputActivationCombo").requireSelection("sigmoid");
        assertThat(onEdt(() -> m().session().epoch())).isEqualTo(7);
        assertThat(onEdt(() -> m().session().parameters())).isEqualTo(before);
    }

    @Test
    void sampleComboChoosesTheViewedSample() {
        selectItem(window.comboBox("sampleCombo"), 2);
        assertThat(onEdt(() -> m().viewedSample())).isEqualTo(2);
        window.comboBox("sampleCombo").requireSelection("#3  x = (1, 0) → y = 1");
    }

    @Test
    void playTrainsUntilPaused() {
        onEdtRun(() -> m().setSpeed(GlassboxModel.MAX_SPEED));
        window.button("playButton").click();
        window.button("playButton").requireText("Pause");
        onEdtRun(() -> clock.frames(3, 15));
        assertThat(onEdt(() -> m().session().epoch())).as("some epochs trained").isGreaterThan(100);
        window.button("playButton").click();
        window.button("playButton").requireText("Play");
        int paused = onEdt(() -> m().session().epoch());
        onEdtRun(() -> clock.frames(3, 15));
        robot.waitForIdle();
        assertThat(onEdt(() -> m().session().epoch())).isEqualTo(paused);
    }

    @Test
    void learningRateSpinnerSetsTheSessionRate() {
        window.spinner("learningRateSpinner").enterTextAndCommit("0.75");
        assertThat(onEdt(() -> m().session().learningRate())).isEqualTo(0.75);
        window.spinner("learningRateSpinner").increment();
        assertThat(onEdt(() -> m().session().learningRate())).isEqualTo(0.938);
    }

    @Test
    void aRateOutsideTheSpinnersStepsIsShownAsTheSessionHasIt() {
        onEdtRun(() -> m().load(BuiltInScenarios.get("xor").toBuilder().learningRate(500).build()));
        assertThat(onEdt(() -> ((Number) window.spinner("learningRateSpinner").target().getValue()).doubleValue()))
                .isEqualTo(500.0);
        assertThat(onEdt(() -> m().session().learningRate())).isEqualTo(500.0);
        window.spinner("learningRateSpinner").decrement();
        assertThat(onEdt(() -> m().session().learningRate())).isEqualTo(400.0);
    }

    @Test
    void theLearningRateMessageNamesTheRangeAsPeopleWriteItAndGoesOnAValidValue() {
        JTextComponentFixture field = new JTextComponentFixture(robot, onEdt(() ->
                ((JSpinner.DefaultEditor) window.spinner("learningRateSpinner").target().getEditor()).getTextField()));
        field.deleteText().enterText("fast");
        window.label("parameterMessage").requireText("The learning rate must be a number from 0.0001 to 100.");
        field.deleteText().enterText("0.5");
        window.label("parameterMessage").requireText(" ");
    }

    @Test
    void aLongMessageDoesNotWidenTheControls() {
        int before = onEdt(() -> window.label("parameterMessage").target().getParent().getPreferredSize().width);
        selectItem(window.comboBox("lossCombo"), 1);
        onEdtRun(() -> window.comboBox("outputActivationCombo").target().setSelectedIndex(Activation.LINEAR.ordinal()));
        window.label("parameterMessage").requireText("loss: cross-entropy needs a sigmoid output layer, not linear");
        assertThat(onEdt(() -> window.label("parameterMessage").target().getParent().getPreferredSize().width))
                .isEqualTo(before);
    }
}
