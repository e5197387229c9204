package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.GlassboxPanelOptions;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The teacher's bookmarks are notes on the scenario being taught: another loss, activation or update
 * mode (which reloads the scenario from epoch 0) keeps them, on the timeline too; choosing another
 * scenario brings that scenario's own.
 */
class BookmarksThroughReloadGuiTest extends GuiTest {
    private static final Bookmark FROM_FILE = new Bookmark(20, "from the file");
    private static final Bookmark OTHERS = new Bookmark(5, "the other file's");
    private static final Scenario MARKED = BuiltInScenarios.get("xor").toBuilder().bookmarks(List.of(FROM_FILE))
            .build();
    private static final Scenario OTHER = BuiltInScenarios.get("and").toBuilder().bookmarks(List.of(OTHERS)).build();
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    @BeforeEach
    void showPanel() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(new TrainingSession(MARKED), new ManualClock());
            m.session().run(100);
            GlassboxPanel p = new GlassboxPanel(m, GlassboxPanelOptions.all()
                    .withScenarios(List.of(ScenarioEntry.of(MARKED), ScenarioEntry.of(OTHER))));
            panel.set(p);
            return p;
        }, 1200, 768);
    }

    private List<Bookmark> bookmarks() {
        return onEdt(() -> panel.get().model().bookmarks());
    }

    @Test
    void aBookmarkTypedByTheTeacherSurvivesAnotherLossActivationAndUpdateModeButNotAnotherScenario() {
        window.slider("timelineSlider").focus();
        window.slider("timelineSlider").pressAndReleaseKeys(KeyEvent.VK_HOME, KeyEvent.VK_PAGE_UP,
                KeyEvent.VK_PAGE_UP, KeyEvent.VK_PAGE_UP, KeyEvent.VK_PAGE_UP);
        assertThat(onEdt(() -> panel.get().model().viewedEpoch())).isEqualTo(40);
        window.button("bookmarkButton").click();
        JOptionPaneFixture dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().deleteText().enterText("plateau ends here");
        dialog.okButton().click();
        Bookmark typed = new Bookmark(40, "plateau ends here");
        assertThat(bookmarks()).containsExactly(FROM_FILE, typed);

        selectItem(window.comboBox("lossCombo"), 1);
        assertThat(onEdt(() -> panel.get().model().architecture().loss())).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(onEdt(() -> panel.get().model().epoch())).as("the change trains again from epoch 0").isZero();
        assertThat(bookmarks()).as("another loss").containsExactly(FROM_FILE, typed);

        window.comboBox("hiddenActivationCombo").selectItem("tanh");
        assertThat(onEdt(() -> panel.get().model().architecture().activation(1))).isEqualTo(Activation.TANH);
        assertThat(bookmarks()).as("another hidden activation").containsExactly(FROM_FILE, typed);

        window.comboBox("updateModeCombo").selectItem("online");
        assertThat(onEdt(() -> panel.get().model().scenario().updateMode())).isEqualTo(UpdateMode.ONLINE);
        assertThat(bookmarks()).as("another update mode").containsExactly(FROM_FILE, typed);

        assertThat(onEdt(() -> panel.get().model().scenario().bookmarks()))
                .as("the scenario trained carries them, so that a save keeps them").containsExactly(FROM_FILE, typed);

        selectItem(window.comboBox("scenarioCombo"), 1);
        assertThat(onEdt(() -> panel.get().model().scenario().name())).isEqualTo(OTHER.name());
        assertThat(bookmarks()).as("another scenario brings its own").containsExactly(OTHERS);
    }
}
