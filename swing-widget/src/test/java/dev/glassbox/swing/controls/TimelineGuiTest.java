package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.swing.JTable;
import javax.swing.plaf.basic.BasicSliderUI;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.assertj.swing.fixture.JSliderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline: dragging it or moving it with its keys views a past epoch in the tables and the
 * epoch label; "Continue from here" and Play from a past epoch go on from there.
 */
class TimelineGuiTest extends GuiTest {
    private static final int TRAINED = 200;
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    @BeforeEach
    void showTrainedPanel() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), new ManualClock());
            m.setSpeed(GlassboxModel.MAX_SPEED);
            m.session().run(TRAINED);
            GlassboxPanel p = new GlassboxPanel(m);
            panel.set(p);
            return p;
        }, 1200, 768);
    }

    private GlassboxModel model() {
        return panel.get().model();
    }

    private static Parameters trainedTo(int epochs) {
        TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
        s.run(epochs);
        return s.parameters();
    }

    /** The weights table's value column, as the table model gives it to its renderer. */
    private double[] weightsShown() {
        return onEdt(() -> {
            JTable t = panel.get().weightsTable();
            double[] values = new double[t.getRowCount()];
            for (int r = 0; r < values.length; r++) {
                values[r] = (Double) t.getValueAt(r, 1);
            }
            return values;
        });
    }

    /** The weights table's value column for {@code p}, in the table's order: each neuron's weights, then its bias. */
    private static double[] rows(Parameters p) {
        double[][][] w = p.weights();
        double[][] b = p.biases();
        double[] rows = new double[9];
        int r = 0;
        for (int l = 0; l < w.length; l++) {
            for (int j = 0; j < w[l].length; j++) {
                for (int i = 0; i < w[l][j].length; i++) {
                    rows[r++] = w[l][j][i];
                }
                rows[r++] = b[l][j];
            }
        }
        return rows;
    }

    private void requireTimeline(int value) {
        assertThat(onEdt(() -> timeline().target().getValue())).as("the timeline's epoch").isEqualTo(value);
    }

    private JSliderFixture timeline() {
        return window.slider("timelineSlider");
    }

    @Test
    void draggingTheTimelineShowsThatEpochInTheTablesAndTheEpochLabel() {
        requireTimeline(TRAINED);
        assertThat(onEdt(() -> timeline().target().getMaximum())).isEqualTo(TRAINED);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(TRAINED)));

        timeline().slideTo(80);
        int viewed = onEdt(() -> timeline().target().getValue());
        assertThat(viewed).as("the drag lands near the middle").isBetween(60, 100);
        assertThat(onEdt(() -> model().viewedEpoch())).isEqualTo(viewed);
        assertThat(onEdt(() -> model().epoch())).as("viewing trains and forgets nothing").isEqualTo(TRAINED);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(viewed)));
        window.label("epochLabel").requireText(Pattern.compile(
                Pattern.quote("Epoch " + viewed + " of " + TRAINED + " (past) · loss ") + ".* before update " + viewed));
        window.button("continueButton").requireEnabled();

        timeline().slideToMaximum();
        assertThat(onEdt(() -> model().isViewingPast())).isFalse();
        window.label("epochLabel").requireText(Pattern.compile(Pattern.quote("Epoch " + TRAINED + " · loss ") + ".*"));
        window.button("continueButton").requireDisabled();
    }

    @Test
    void theTimelinesKeysMoveItAndComeBeforeTheTrainingKeys() {
        timeline().focus();
        timeline().pressAndReleaseKeys(KeyEvent.VK_LEFT);
        requireTimeline(TRAINED - 1);
        assertThat(onEdt(() -> model().epoch())).as("Left and Right do not train while the timeline has the focus")
                .isEqualTo(TRAINED);
        timeline().pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        requireTimeline(TRAINED - 1 - TRAINED / 10);
        timeline().pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        requireTimeline(TRAINED - TRAINED / 10);
        timeline().pressAndReleaseKeys(KeyEvent.VK_HOME);
        requireTimeline(0);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(0)));
        window.label("epochLabel").requireText("Epoch 0 of " + TRAINED + " (past)");
        timeline().pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
        requireTimeline(TRAINED / 10);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(TRAINED / 10)));
        timeline().pressAndReleaseKeys(KeyEvent.VK_END);
        requireTimeline(TRAINED);
        assertThat(onEdt(() -> model().isViewingPast())).isFalse();
        assertThat(onEdt(() -> model().epoch())).isEqualTo(TRAINED);
    }

    @Test
    void continueFromHereDropsTheLaterEpochsAndTrainingGoesOnFromThere() {
        timeline().focus();
        timeline().pressAndReleaseKeys(KeyEvent.VK_HOME, KeyEvent.VK_PAGE_UP, KeyEvent.VK_PAGE_UP);
        requireTimeline(40);
        window.button("continueButton").click();
        assertThat(onEdt(() -> model().epoch())).isEqualTo(40);
        assertThat(onEdt(() -> model().lossHistory().size())).isEqualTo(40);
        assertThat(onEdt(() -> timeline().target().getMaximum())).isEqualTo(40);
        requireTimeline(40);
        window.button("continueButton").requireDisabled();
        window.label("epochLabel").requireText(Pattern.compile(Pattern.quote("Epoch 40 · loss ") + ".*"));

        timeline().pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        requireTimeline(36);
        window.button("stepButton").click();
        assertThat(onEdt(() -> model().epoch())).as("a step from a past epoch continues from there").isEqualTo(37);
        assertThat(onEdt(() -> model().parameters())).isEqualTo(trainedTo(37));
        requireTimeline(37);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(37)));
    }

    @Test
    void aBookmarkTypedInItsDialogShowsOnTheTimelineAndAClickOnItsTickJumpsThere() {
        timeline().focus();
        timeline().pressAndReleaseKeys(KeyEvent.VK_HOME, KeyEvent.VK_PAGE_UP, KeyEvent.VK_PAGE_UP,
                KeyEvent.VK_PAGE_UP);
        requireTimeline(60);
        window.button("bookmarkButton").click();
        JOptionPaneFixture dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().deleteText().enterText("plateau ends here");
        dialog.okButton().click();
        assertThat(onEdt(() -> model().bookmarks())).containsExactly(new Bookmark(60, "plateau ends here"));

        timeline().slideToMaximum();
        requireTimeline(TRAINED);
        Point tick = onEdt(() -> {
            TimelineSlider slider = panel.get().trainingControls().timeline();
            BasicSliderUI ui = (BasicSliderUI) slider.getUI();
            int x = 0;
            while (ui.valueForXPosition(x) < 60) {
                x++;
            }
            return new Point(x, slider.getHeight() - 2);
        });
        robot.click(timeline().target(), tick);
        robot.waitForIdle();
        requireTimeline(60);
        assertThat(onEdt(() -> model().viewedEpoch())).isEqualTo(60);
        assertThat(weightsShown()).containsExactly(rows(trainedTo(60)));

        window.button("bookmarkButton").click();
        dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().requireText("plateau ends here").deleteText();
        dialog.okButton().click();
        assertThat(onEdt(() -> model().bookmarks())).as("an emptied label removes the bookmark").isEmpty();
    }

    /**
     * While the thumb is dragged (the slider adjusting) the model views only the latest position,
     * once the events already queued are handled: the pointer moves faster than every view can
     * follow a past epoch. A value set without dragging (keys, a click) is viewed at once.
     */
    @Test
    void aDragViewsOnlyTheLatestPositionAndAKeyAtOnce() {
        java.util.List<Integer> viewed = new java.util.ArrayList<>();
        onEdtRun(() -> {
            model().addListener(e -> {
                if (e.kind() == dev.glassbox.swing.model.GlassboxModelEvent.Kind.VIEWED) {
                    viewed.add(model().viewedEpoch());
                }
            });
            TimelineSlider slider = panel.get().trainingControls().timeline();
            slider.setValueIsAdjusting(true);
            slider.setValue(150);
            slider.setValue(100);
            slider.setValue(50);
            assertThat(model().viewedEpoch()).as("not yet: the drag's events come first").isEqualTo(TRAINED);
        });
        robot.waitForIdle();
        assertThat(onEdt(() -> List.copyOf(viewed))).containsExactly(50);
        onEdtRun(() -> {
            TimelineSlider slider = panel.get().trainingControls().timeline();
            slider.setValueIsAdjusting(false);
            slider.setValue(40);
            assertThat(model().viewedEpoch()).as("no drag: viewed at once").isEqualTo(40);
        });
        requireTimeline(40);
    }
}
