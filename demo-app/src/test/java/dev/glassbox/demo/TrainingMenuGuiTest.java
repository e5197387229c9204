package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Training menu's time travel and runs to a goal: Show present, Continue from here, Add
 * bookmark…, Run to epoch… and Run until loss below…, each enabled only when it applies, with its
 * key (Ctrl+P, Ctrl+B, Ctrl+G, Ctrl+L; Continue from here drops epochs and has none).
 */
class TrainingMenuGuiTest extends AppGuiTest {
    private static final int TRAINED = 300;

    @BeforeEach
    void open() {
        showApp();
        onEdtRun(() -> model().session().run(TRAINED));
        robot.waitForIdle();
    }

    private int viewed() {
        return onEdt(() -> model().viewedEpoch());
    }

    private int epoch() {
        return onEdt(() -> model().epoch());
    }

    /** Views a past epoch with the timeline's keys: Home, then a tenth of the history per Page Up. */
    private void viewTenthsOfTheHistory(int tenths) {
        window.slider("timelineSlider").focus();
        window.slider("timelineSlider").pressAndReleaseKeys(KeyEvent.VK_HOME);
        for (int k = 0; k < tenths; k++) {
            window.slider("timelineSlider").pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
        }
        assertThat(viewed()).isEqualTo(tenths * TRAINED / 10);
    }

    @Test
    void showPresentContinueAndBookmarkFromTheMenuApplyToThePastEpochViewed() {
        window.menuItemWithPath("Training", "Show present").requireDisabled();
        window.menuItemWithPath("Training", "Continue from here").requireDisabled();
        window.menuItemWithPath("Training", "Add bookmark…").requireEnabled();

        viewTenthsOfTheHistory(4);
        window.menuItemWithPath("Training", "Show present").requireEnabled().click();
        assertThat(viewed()).isEqualTo(TRAINED);
        assertThat(onEdt(() -> model().isViewingPast())).isFalse();
        window.menuItemWithPath("Training", "Show present").requireDisabled();

        viewTenthsOfTheHistory(4);
        robot.pressAndReleaseKey(KeyEvent.VK_P, InputEvent.CTRL_MASK);
        robot.waitForIdle();
        assertThat(viewed()).as("Ctrl+P shows the present").isEqualTo(TRAINED);

        viewTenthsOfTheHistory(4);
        window.menuItemWithPath("Training", "Add bookmark…").click();
        JOptionPaneFixture dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().deleteText().enterText("plateau ends here");
        dialog.okButton().click();
        assertThat(onEdt(() -> model().bookmarks())).containsExactly(new Bookmark(120, "plateau ends here"));
        assertThat(epoch()).as("a bookmark trains and drops nothing").isEqualTo(TRAINED);

        window.menuItemWithPath("Training", "Continue from here").requireEnabled().click();
        assertThat(epoch()).isEqualTo(120);
        assertThat(onEdt(() -> model().isViewingPast())).isFalse();
        window.menuItemWithPath("Training", "Continue from here").requireDisabled();
        window.menuItemWithPath("Edit", "Undo continue from epoch 120").requireEnabled();

        robot.pressAndReleaseKey(KeyEvent.VK_B, InputEvent.CTRL_MASK);
        dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().deleteText().enterText("from here on");
        dialog.okButton().click();
        assertThat(onEdt(() -> model().bookmarks())).as("Ctrl+B bookmarks the epoch shown")
                .containsExactly(new Bookmark(120, "from here on"));
    }

    @Test
    void theRunsFromTheMenuTakeTheirNumberInTheirFieldAndRunOnEnter() {
        window.menuItemWithPath("Training", "Run to epoch…").requireEnabled().click();
        window.textBox("runToField").requireFocused().enterText("450").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the run to epoch 450", () -> !model().isRunningToGoal());
        assertThat(epoch()).as("the field's number was typed over").isEqualTo(450);

        robot.pressAndReleaseKey(KeyEvent.VK_G, InputEvent.CTRL_MASK);
        window.textBox("runToField").requireFocused().enterText("4000").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the run to epoch 4000", () -> !model().isRunningToGoal());
        assertThat(epoch()).as("Ctrl+G").isEqualTo(4000);
        onEdtRun(() -> model().reset());

        window.menuItemWithPath("Training", "Run until loss below…").requireEnabled().click();
        window.textBox("untilLossField").requireFocused().enterText("0.05").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the run below 0.05", () -> !model().isRunningToGoal());
        TrainingSession expected = new TrainingSession(BuiltInScenarios.get("xor"));
        expected.runUntilLossBelow(4000, 0.05);
        assertThat(epoch()).as("stopped where train --until-loss stops").isEqualTo(expected.epoch());
        assertThat(onEdt(() -> model().parameters())).isEqualTo(expected.parameters());

        robot.pressAndReleaseKey(KeyEvent.VK_L, InputEvent.CTRL_MASK);
        window.textBox("untilLossField").requireFocused();
    }

    /** The optimizer race from the Training menu: once raced, "Clear the race" applies, and clears it. */
    @Test
    void theOptimizerRaceRunsAndClearsFromTheMenu() {
        window.menuItemWithPath("Training", "Clear the race").requireDisabled();
        window.menuItemWithPath("Training", "Race optimizers").requireEnabled().click();
        window.menuItemWithPath("Training", "Clear the race").requireEnabled().click();
        window.menuItemWithPath("Training", "Clear the race").requireDisabled();
        window.menuItemWithPath("Training", "Race optimizers").requireEnabled();
    }
}
