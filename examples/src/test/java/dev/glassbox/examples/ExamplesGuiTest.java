package dev.glassbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Loss;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.junit.jupiter.api.Test;

/** Every example's window, shown as its main shows it: its views appear, train, and end with the window. */
class ExamplesGuiTest extends ExampleGuiTest {

    private void requireClosedWithItsWindow(GlassboxModel model) {
        window.close();
        robot.waitForIdle();
        assertThat(onEdt(model::isClosed)).as("closed with its window").isTrue();
        assertThat(onEdt(model::isTimerRunning)).as("timer running").isFalse();
        assertThat(onEdt(model::isPlaying)).as("playing").isFalse();
    }

    @Test
    void threeLinePanelTrainsInAWindowThatFitsAndClosesWithIt() {
        showExample(ThreeLinePanel::frame);
        requireFitsSmallScreen();
        for (String view : List.of("networkView", "chainRulePanel", "lossChart", "playButton", "scenarioCombo")) {
            requireShowing(view);
        }
        GlassboxModel model = panels(window.target()).get(0).model();
        waitUntil("training under way", () -> model.epoch() > 0);
        assertThat(onEdt(model::isPlaying)).isTrue();
        requireClosedWithItsWindow(model);
    }

    @Test
    void sharedModelViewsAllFollowOneModel() {
        showExample(SharedModelViews::frame);
        requireFitsSmallScreen();
        for (String view : List.of("networkView", "lossChart", "chainRulePanel", "lossCalculationPanel",
                "playButton", "stepButton", "resetButton", "speedSlider", "epochLabel")) {
            requireShowing(view);
        }
        ChainRulePanel chain = (ChainRulePanel) robot.finder().findByName("chainRulePanel");
        assertThat(onEdt(() -> ancestor(chain, JScrollPane.class))).as("the chain rule scrolls").isNotNull();
        GlassboxModel model = onEdt(() -> ((NetworkView) robot.finder().findByName("networkView")).model());

        window.button("stepButton").click();
        waitUntil("one epoch stepped", () -> model.epoch() == 1);
        window.label("epochLabel").requireText(Pattern.compile("Epoch 1\\b.*"));
        window.pressAndReleaseKeys(KeyEvent.VK_R);
        waitUntil("reset by its key", () -> model.epoch() == 0);
        window.menuItemWithPath("Training", "Step").click();
        waitUntil("one epoch stepped from the menu", () -> model.epoch() == 1);

        window.tabbedPane().selectTab("Weights");
        requireShowing("weightsTable");
        assertThat(onEdt(() -> window.table("weightsTable").target().getModel().getRowCount())).isPositive();
        requireClosedWithItsWindow(model);
    }

    @Test
    void lessonDialogOpensPlayingAndDoneClosesThePanel() {
        showExample(LessonDialog::frame);
        window.button("openLessonButton").click();
        DialogFixture dialog = WindowFinder.findDialog(JDialog.class).withTimeout(10_000).using(robot);
        assertThat(onEdt(() -> dialog.target().isModal())).isTrue();
        List<GlassboxPanel> inDialog = panels(dialog.target());
        assertThat(inDialog).hasSize(1);
        GlassboxModel model = inDialog.get(0).model();
        assertThat(onEdt(() -> inDialog.get(0).networkView().isShowing())).isTrue();
        waitUntil("training under way", () -> model.epoch() > 0);
        assertThat(onEdt(model::isPlaying)).isTrue();

        dialog.button("doneButton").click();
        robot.waitForIdle();
        assertThat(onEdt(() -> dialog.target().isDisplayable())).as("dialog disposed").isFalse();
        assertThat(onEdt(model::isClosed)).as("panel closed").isTrue();
        assertThat(onEdt(model::isTimerRunning)).isFalse();
        int epoch = onEdt(model::epoch);
        robot.waitForIdle();
        assertThat(onEdt(model::epoch)).as("no training after Done").isEqualTo(epoch);
        // The course's window is still there, and opens the lesson again.
        window.requireVisible();
        window.button("openLessonButton").requireEnabled();
    }

    @Test
    void sideBySideTrainsTwoModelsOfTheirOwn() {
        showExample(SideBySide::frame);
        requireFitsSmallScreen();
        List<GlassboxPanel> both = panels(window.target());
        assertThat(both).hasSize(2);
        GlassboxModel mse = both.get(0).model();
        GlassboxModel crossEntropy = both.get(1).model();
        assertThat(mse).isNotSameAs(crossEntropy);
        assertThat(onEdt(() -> mse.architecture().loss())).isEqualTo(Loss.MSE);
        assertThat(onEdt(() -> crossEntropy.architecture().loss())).isEqualTo(Loss.CROSS_ENTROPY);
        for (GlassboxPanel panel : both) {
            assertThat(onEdt(() -> panel.networkView().isShowing())).isTrue();
            assertThat(onEdt(() -> panel.lossChart().isShowing())).isTrue();
            assertThat(onEdt(() -> panel.parameterControls().isShowing())).isTrue();
            assertThat(onEdt(() -> panel.activationsTable().isShowing())).as("state tables left out").isFalse();
        }
        assertThat(robot.finder().findAll(window.target(), new GenericTypeMatcher<>(Component.class, true) {
            @Override
            protected boolean isMatching(Component c) {
                return "scenarioCombo".equals(c.getName());
            }
        })).as("scenario chooser hidden").isEmpty();
        waitUntil("both training", () -> mse.epoch() > 100 && crossEntropy.epoch() > 100);
        window.close();
        robot.waitForIdle();
        assertThat(onEdt(() -> mse.isClosed() && crossEntropy.isClosed())).isTrue();
        assertThat(onEdt(() -> mse.isTimerRunning() || crossEntropy.isTimerRunning())).isFalse();
    }

    @Test
    void lossEvery100EpochsPrintsEachHundredthEpochsLoss() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        showExample(() -> LossEvery100Epochs.frame(out));
        GlassboxModel model = panels(window.target()).get(0).model();
        waitUntil("450 epochs trained", () -> model.epoch() >= 450);
        onEdtRun(model::pause);
        int epochs = onEdt(model::epoch);

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(epochs / 100);
        for (int i = 0; i < lines.size(); i++) {
            int epoch = 100 * (i + 1);
            double loss = onEdt(() -> model.lossHistory().get(epoch - 1));
            assertThat(lines.get(i)).isEqualTo("epoch " + epoch + ": loss " + loss);
        }
        requireClosedWithItsWindow(model);
    }

    @Test
    void courseScenariosReplaceTheBuiltInOnesUnderTheirOwnNames() {
        showExample(CourseScenarios::frame);
        requireFitsSmallScreen();
        JComboBoxFixture scenarios = window.comboBox("scenarioCombo");
        assertThat(scenarios.contents()).containsExactly("Week 2: NAND", "Week 3: XOR");
        window.label("lessonTitle").requireText("Week 2: NAND");
        GlassboxModel model = panels(window.target()).get(0).model();
        assertThat(onEdt(() -> model.samples().get(3).y().get(0))).as("NAND of (1, 1)").isEqualTo(0.0);
        assertThat(onEdt(() -> panels(window.target()).get(0).activationsTable().isShowing())).isFalse();

        selectItem(scenarios, 1);
        waitUntil("XOR loaded", () -> model.scenario().name().equals("Week 3: XOR"));
        window.label("lessonTitle").requireText("Week 3: XOR");
        requireClosedWithItsWindow(model);
    }
}
