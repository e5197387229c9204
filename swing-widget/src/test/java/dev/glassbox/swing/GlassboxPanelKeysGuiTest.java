package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import javax.swing.JComboBox;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training keys in a bare {@code JFrame} holding only a {@link GlassboxPanel}, as an embedder
 * gets them without writing anything: Space, Right and R wherever the focus is, but for typing in
 * a text field; and the buttons follow the same actions.
 */
class GlassboxPanelKeysGuiTest extends GuiTest {
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            p.model().setSpeed(GlassboxModel.MAX_SPEED);
            panel.set(p);
            return p;
        }, 1366, 768);
    }

    private GlassboxModel model() {
        return panel.get().model();
    }

    private int epoch() {
        return onEdt(() -> model().session().epoch());
    }

    private boolean playing() {
        return onEdt(() -> model().isPlaying());
    }

    private void focus(String name) {
        robot.focusAndWaitForFocusGain(robot.finder().findByName(panel.get(), name));
    }

    private void press(int key) {
        robot.pressAndReleaseKey(key);
        robot.waitForIdle();
    }

    /** Right steps, R resets, Space plays and pauses, with the focus on {@code name}. */
    private void theKeysTrainFrom(String name) {
        onEdtRun(() -> model().reset());
        focus(name);
        press(KeyEvent.VK_RIGHT);
        press(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right on " + name).isEqualTo(2);
        press(KeyEvent.VK_R);
        assertThat(epoch()).as("R on " + name).isZero();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).as("Space on " + name).isTrue();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).as("Space again on " + name).isFalse();
    }

    @Test
    void spaceRightAndRTrainWhereverTheFocusIs() {
        for (String name : new String[] {"speedSlider", "networkView", "lessonText", "stepButton", "resetButton",
            "lossCombo", "lossChartView"}) {
            theKeysTrainFrom(name);
        }
    }

    @Test
    void theSliderKeepsItsSpeedWhenRightSteps() {
        focus("speedSlider");
        press(KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(1);
        assertThat(onEdt(() -> model().speed())).isEqualTo(GlassboxModel.MAX_SPEED);
        press(KeyEvent.VK_DOWN);
        assertThat(onEdt(() -> model().speed())).as("Down still slows it").isLessThan(GlassboxModel.MAX_SPEED);
    }

    @Test
    void spaceOnAComboPlaysWithoutOpeningItsPopupAndAltDownOpensIt() {
        focus("scenarioCombo");
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).isTrue();
        JComboBox<?> combo = window.comboBox("scenarioCombo").target();
        assertThat(onEdt(combo::isPopupVisible)).isFalse();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).isFalse();
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN, KeyEvent.ALT_MASK);
        robot.waitForIdle();
        assertThat(onEdt(combo::isPopupVisible)).isTrue();
        press(KeyEvent.VK_ESCAPE);
    }

    @Test
    void clickingTheNetworkFocusesItAndTheKeysStillTrain() {
        focus("speedSlider");
        Component network = panel.get().networkView();
        robot.click(network, new Point(5, 5));
        robot.waitForIdle();
        assertThat(onEdt(network::isFocusOwner)).isTrue();
        press(KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(1);
    }

    private JTextComponentFixture rateField() {
        return new JTextComponentFixture(robot, (JTextComponent) robot.finder()
                .findByName(window.spinner("learningRateSpinner").target(), "Spinner.formattedTextField"));
    }

    @Test
    void inTheLearningRateFieldSpacePlaysUntilTheUserTypes() {
        JTextComponentFixture field = rateField();
        field.focus();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).as("Space in the untouched field").isTrue();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).isFalse();
        onEdtRun(() -> model().reset());
        press(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right in the untouched field").isEqualTo(1);
        field.requireText("2");
        window.label("parameterMessage").requireText(" ");

        field.pressAndReleaseKeys(KeyEvent.VK_5, KeyEvent.VK_SPACE, KeyEvent.VK_R, KeyEvent.VK_RIGHT);
        assertThat(playing()).as("Space once typing").isFalse();
        assertThat(epoch()).as("R and Right once typing").isEqualTo(1);
        assertThat(onEdt(() -> field.target().getText())).contains("5 r");
    }

    @Test
    void enterCommitsTheLearningRateAndEscapeRevertsItThenTheKeysTrainAgain() {
        JTextComponentFixture field = rateField();
        field.focus();
        onEdtRun(() -> field.target().selectAll());
        field.pressAndReleaseKeys(KeyEvent.VK_0, KeyEvent.VK_PERIOD, KeyEvent.VK_5, KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(onEdt(() -> model().session().learningRate())).isEqualTo(0.5);
        press(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right after Enter").isEqualTo(1);

        field.pressAndReleaseKeys(KeyEvent.VK_7, KeyEvent.VK_SPACE);
        assertThat(playing()).as("Space while typing").isFalse();
        press(KeyEvent.VK_ESCAPE);
        field.requireText("0.5");
        assertThat(onEdt(() -> model().session().learningRate())).isEqualTo(0.5);
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).as("Space after Escape").isTrue();
        press(KeyEvent.VK_SPACE);
        assertThat(playing()).isFalse();
    }

    @Test
    void theActionsCarryNamesMnemonicsKeysAndAccessibleDescriptions() {
        TrainingActions actions = onEdt(() -> panel.get().trainingControls().actions());
        assertThat(onEdt(() -> actions.all().stream().map(a -> TrainingActions.keyText(
                (KeyStroke) a.getValue(Action.ACCELERATOR_KEY))).toList()))
                .containsExactly("Space", "Right arrow", "R", "Shift+Right arrow");
        for (String name : new String[] {"playButton", "stepButton", "phaseButton", "resetButton"}) {
            javax.swing.JButton b = window.button(name).target();
            assertThat(onEdt(b::getMnemonic)).as(name + " mnemonic").isNotZero();
            assertThat(onEdt(() -> b.getAccessibleContext().getAccessibleDescription())).as(name)
                    .isEqualTo(onEdt(b::getToolTipText)).isNotBlank();
        }
        window.button("resetButton").requireToolTip("Back to the scenario's starting weights (R)");
    }

    @Test
    void theButtonsFollowTheActionsThroughADivergence() {
        window.button("playButton").requireText("Play").requireToolTip("Play or pause training (Space)");
        window.button("phaseButton").requireText("Phase: forward");
        focus("lessonText");
        press(KeyEvent.VK_SPACE);
        window.button("playButton").requireText("Pause");
        press(KeyEvent.VK_SPACE);
        onEdtRun(() -> {
            model().load(BuiltInScenarios.get("xor").toBuilder()
                    .activations(Activation.SIGMOID, Activation.LINEAR).learningRate(50).build());
            model().session().run(200);
        });
        assertThat(onEdt(() -> model().session().divergence())).isPresent();
        window.button("playButton").requireDisabled();
        window.button("stepButton").requireDisabled();
        window.button("phaseButton").requireDisabled();
        int diverged = epoch();
        focus("networkView");
        press(KeyEvent.VK_RIGHT);
        press(KeyEvent.VK_SPACE);
        assertThat(epoch()).as("no step after a divergence").isEqualTo(diverged);
        assertThat(playing()).isFalse();
        press(KeyEvent.VK_R);
        assertThat(epoch()).isZero();
        window.button("stepButton").requireEnabled();
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT, KeyEvent.SHIFT_MASK);
        robot.waitForIdle();
        assertThat(onEdt(() -> model().phase())).isNotEqualTo(dev.glassbox.swing.model.Phase.IDLE);
    }
}
