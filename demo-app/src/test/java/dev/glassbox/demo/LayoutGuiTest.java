package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import java.awt.Component;
import java.net.URI;
import java.nio.file.Path;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import dev.glassbox.swing.network.NetworkView;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.junit.jupiter.api.Test;

class LayoutGuiTest extends AppGuiTest {
    private static final List<String> VIEWS = List.of("networkView", "chainRulePanel", "lossCalculationPanel",
            "lossChart");
    /** The state tables share a tabbed pane: each must be one click away and then fully usable. */
    private static final List<String> TABLES = List.of("activationsTable", "deltasTable", "weightsTable");
    private static final List<String> CONTROLS = List.of("scenarioCombo", "lossCombo", "hiddenActivationCombo",
            "outputActivationCombo", "learningRateSpinner", "updateModeCombo", "sampleCombo", "playButton",
            "stepButton", "phaseButton", "resetButton", "speedSlider", "epochLabel", "themeCombo", "lessonText");

    @Test
    void everyViewAndControlIsVisibleAt1366x768WithoutOverlap() {
        showApp();
        List<Rectangle> views = new ArrayList<>();
        for (String name : VIEWS) {
            Rectangle r = visibleBounds(name);
            assertThat(r.width).as(name + " width").isGreaterThanOrEqualTo(150);
            assertThat(r.height).as(name + " height").isGreaterThanOrEqualTo(100);
            views.add(r);
        }
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                assertThat(views.get(i).intersects(views.get(j))).as(VIEWS.get(i) + " overlaps " + VIEWS.get(j)).isFalse();
            }
        }
        for (String name : CONTROLS) {
            Rectangle r = visibleBounds(name);
            assertThat(r.width).as(name).isPositive();
        }
        List<String> tabs = List.of("Activations", "Deltas", "Weights");
        for (int k = 0; k < TABLES.size(); k++) {
            window.tabbedPane("tablesTabs").selectTab(tabs.get(k));
            Rectangle r = visibleBounds(TABLES.get(k));
            assertThat(r.width).as(TABLES.get(k) + " width").isGreaterThanOrEqualTo(400);
            assertThat(r.height).as(TABLES.get(k) + " height").isGreaterThanOrEqualTo(60);
            for (int v = 0; v < views.size(); v++) {
                assertThat(r.intersects(views.get(v))).as(TABLES.get(k) + " overlaps " + VIEWS.get(v)).isFalse();
            }
        }
    }

    @Test
    void theNetworkIsTallEnoughForItsWeightLabels() {
        showApp();
        assertThat(onEdt(() -> ((NetworkView) robot.finder().findByName(app, "networkView"))
                .labelsEveryWeight())).isTrue();
    }

    @Test
    void theWholeDerivationOfAnOutputWeightShowsWithoutScrollingAt1366x768() {
        showApp();
        onEdtRun(() -> model().setSelected(new dev.glassbox.core.math.Connection(1, 0, 0)));
        robot.waitForIdle();
        Component chain = robot.finder().findByName(app, "chainRulePanel");
        javax.swing.JViewport viewport = onEdt(() -> (javax.swing.JViewport) chain.getParent());
        assertThat(onEdt(() -> chain.getPreferredSize().height)).isLessThanOrEqualTo(onEdt(viewport::getHeight));
        assertThat(onEdt(() -> chain.getPreferredSize().width)).isLessThanOrEqualTo(onEdt(viewport::getWidth));
    }

    @Test
    void aLongDerivationLeavesTheRowsAsTheyAre() {
        showApp();
        Rectangle network = visibleBounds("networkView");
        Rectangle chart = visibleBounds("lossChart");
        // The largest network: the chain rule of a weight into a 16-wide layer runs to many screens.
        Path file = Path.of(URI.create(String.valueOf(getClass().getResource("largest-8x16.json"))));
        assertThat(onEdt(() -> app.openScenario(file))).isTrue();
        onEdtRun(() -> model().setSelected(new Connection(1, 0, 0)));
        robot.waitForIdle();
        // (Within a few pixels: other texts round the rows' shares differently.)
        for (String name : List.of("networkView", "lossChart")) {
            Rectangle before = name.equals("networkView") ? network : chart;
            Rectangle after = visibleBounds(name);
            assertThat(Math.abs(after.y - before.y)).as(name + " top: " + after + " was " + before).isLessThanOrEqualTo(3);
            assertThat(Math.abs(after.height - before.height)).as(name + " height: " + after + " was " + before)
                    .isLessThanOrEqualTo(3);
        }
    }

    /**
     * The quiz takes the loss calculation's room while it is the selected tab (a question, its
     * feedback and the worked solution in a third of the column were cut); answering reveals the
     * whole chain rule, taller than the window, which must not squeeze the network and the chart or
     * push the status line up (it did: the chain rule's height went into the last row it spans).
     */
    @Test
    void theQuizGetsTheColumnAndTheRevealedChainRuleLeavesTheRowsAsTheyAre() {
        // A desktop's font: in Cacio's smaller one the revealed chain rule still fits its room.
        useDesktopFont();
        showApp();
        Rectangle network = visibleBounds("networkView");
        Rectangle chart = visibleBounds("lossChart");
        Rectangle theme = visibleBounds("themeCombo");
        window.tabbedPane("tablesTabs").selectTab("Quiz");
        window.button("quizNextButton").click();
        robot.waitForIdle();
        assertThat(onEdt(() -> robot.finder().findByName(app, "lossCalculationPanel", false).isShowing())).isFalse();
        assertThat(window.tabbedPane("tablesTabs").tabTitles()).contains("Loss calculation");
        window.textBox("quizAnswerField").enterText("12345\n");
        robot.waitForIdle();
        assertThat(window.textBox("quizFeedback").text()).startsWith("Not quite");
        assertThat(visibleBounds("quizSteps").height).as("the worked solution").isGreaterThanOrEqualTo(40);
        Component chain = robot.finder().findByName(app, "chainRulePanel");
        assertThat(onEdt(() -> chain.getPreferredSize().height)).as("the revealed chain rule is taller than its room")
                .isGreaterThan(onEdt(() -> chain.getParent().getHeight()));
        for (String name : List.of("networkView", "lossChart", "themeCombo")) {
            Rectangle before = name.equals("networkView") ? network : name.equals("lossChart") ? chart : theme;
            Rectangle after = visibleBounds(name);
            assertThat(Math.abs(after.y - before.y)).as(name + " top: " + after + " was " + before).isLessThanOrEqualTo(3);
            assertThat(Math.abs(after.height - before.height)).as(name + " height: " + after + " was " + before)
                    .isLessThanOrEqualTo(3);
        }
        window.tabbedPane("tablesTabs").selectTab("Lesson");
        robot.waitForIdle();
        assertThat(visibleBounds("lossCalculationPanel").height).isGreaterThanOrEqualTo(60);
        assertThat(window.tabbedPane("tablesTabs").tabTitles()).doesNotContain("Loss calculation");
    }

    /** The part of the named component that is on screen, in window coordinates; fails if it is not showing. */
    private Rectangle visibleBounds(String name) {
        Component c = robot.finder().find(app, new GenericTypeMatcher<>(Component.class) {
            @Override
            protected boolean isMatching(Component component) {
                return name.equals(component.getName());
            }
        });
        return onEdt(() -> {
            assertThat(c.isShowing()).as(name + " showing").isTrue();
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), app.getContentPane());
            // Clipped by every ancestor (scroll panes included) and by the window.
            for (Component p = c.getParent(); p != app.getContentPane(); p = p.getParent()) {
                r = r.intersection(SwingUtilities.convertRectangle(p.getParent(), p.getBounds(), app.getContentPane()));
            }
            return r.intersection(new Rectangle(app.getContentPane().getSize()));
        });
    }
}
