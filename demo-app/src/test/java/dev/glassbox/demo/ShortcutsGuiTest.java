package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShortcutsGuiTest extends AppGuiTest {

    @BeforeEach
    void open() {
        showApp();
        onEdtRun(() -> model().setSpeed(GlassboxModel.MAX_SPEED));
    }

    private int epoch() {
        return onEdt(() -> model().session().epoch());
    }

    @Test
    void rightArrowStepsAndRResets() {
        window.button("playButton").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(2);
        robot.pressAndReleaseKey(KeyEvent.VK_R);
        assertThat(epoch()).isZero();
    }

    @Test
    void clickingTheNetworkOrATableLeavesTheShortcutsLive() {
        window.button("playButton").focus();
        robot.click(robot.finder().findByName(app, "networkView"));
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(1);
        window.tabbedPane("tablesTabs").selectTab("Activations");
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right after clicking a tab steps, not switches tabs").isEqualTo(2);
        window.table("activationsTable").cell(TableCell.row(2).column(0)).click();
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(3);
        robot.click(robot.finder().findByName(app, "lossChartView"));
        robot.pressAndReleaseKey(KeyEvent.VK_R);
        assertThat(epoch()).isZero();
    }

    /** Right steps, R resets, Space plays and pauses, with the focus on the component named {@code name}. */
    private void theKeysTrainFrom(String name) {
        onEdtRun(() -> model().reset());
        Component c = robot.finder().findByName(app, name);
        robot.focusAndWaitForFocusGain(c);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right on " + name).isEqualTo(2);
        robot.pressAndReleaseKey(KeyEvent.VK_R);
        assertThat(epoch()).as("R on " + name).isZero();
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        assertThat(onEdt(() -> model().isPlaying())).as("Space on " + name).isTrue();
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        assertThat(onEdt(() -> model().isPlaying())).as("Space again on " + name).isFalse();
        assertThat(onEdt(c::isFocusOwner)).as(name + " keeps the focus").isTrue();
    }

    @Test
    void theKeysWorkWithTheFocusOnEveryKindOfComponent() {
        for (String name : new String[] {"stepButton", "speedSlider", "scenarioCombo", "themeCombo", "tablesTabs",
            "lessonText", "networkView", "lossChartView", "lossTable"}) {
            theKeysTrainFrom(name);
        }
        window.tabbedPane("tablesTabs").selectTab("Weights");
        theKeysTrainFrom("weightsTable");
        assertThat(onEdt(() -> ((javax.swing.JComboBox<?>) robot.finder().findByName(app, "themeCombo"))
                .isPopupVisible())).as("Space on a combo does not open its popup").isFalse();
        assertThat(settings.theme()).as("Right on the theme combo steps, it does not switch").isEmpty();
    }

    @Test
    void aClickOnTheNetworkTheChartOrATableFocusesIt() {
        window.slider("speedSlider").focus();
        for (String name : new String[] {"networkView", "lossChartView", "lossTable"}) {
            Component c = robot.finder().findByName(app, name);
            robot.click(c, new java.awt.Point(8, 8));
            robot.waitForIdle();
            assertThat(onEdt(c::isFocusOwner)).as("a click on " + name + " focuses it").isTrue();
            window.slider("speedSlider").focus();
        }
        window.tabbedPane("tablesTabs").selectTab("Activations");
        window.table("activationsTable").cell(TableCell.row(1).column(1)).click();
        assertThat(onEdt(() -> window.table("activationsTable").target().isFocusOwner())).isTrue();
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        assertThat(epoch()).as("Right in the clicked table steps").isEqualTo(1);
        assertThat(onEdt(() -> model().speed())).isEqualTo(GlassboxModel.MAX_SPEED);
    }

    @Test
    void spacePlaysAndPauses() {
        window.textBox("lessonText").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        assertThat(onEdt(() -> model().isPlaying())).isTrue();
        await("training under way", () -> model().session().epoch() > 10);
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        assertThat(onEdt(() -> model().isPlaying())).isFalse();
    }

    @Test
    void typingInTheLearningRateFieldIsNotTakenForCommands() {
        onEdtRun(() -> model().session().run(5));
        var field = new JTextComponentFixture(robot, (JTextComponent) robot.finder()
                .findByName(window.spinner("learningRateSpinner").target(), "Spinner.formattedTextField"));
        field.focus();
        field.pressAndReleaseKeys(KeyEvent.VK_R, KeyEvent.VK_SPACE, KeyEvent.VK_RIGHT);
        assertThat(epoch()).isEqualTo(5);
        assertThat(onEdt(() -> model().isPlaying())).isFalse();
    }

    @Test
    void theHelpDialogListsTheShortcuts() {
        window.menuItemWithPath("Help", "Keyboard shortcuts").click();
        DialogFixture help = WindowFinder.findDialog("helpDialog").withTimeout(10_000).using(robot);
        List<String> keys = texts(help, "shortcutKey");
        List<String> descriptions = texts(help, "shortcutDescription");
        assertThat(keys).startsWith("Space", "Right arrow", "R").contains("Ctrl+O", "Ctrl+S", "F1");
        assertThat(descriptions).startsWith("Play / pause", "Step one epoch", "Reset to the starting weights");
        help.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        help.requireNotVisible();
    }

    private List<String> texts(DialogFixture dialog, String name) {
        return onEdt(() -> robot.finder().findAll(dialog.target(), new GenericTypeMatcher<>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return name.equals(label.getName());
            }
        }).stream().sorted(java.util.Comparator.comparingInt(Component::getY)).map(c -> ((JLabel) c).getText()).toList());
    }
}
