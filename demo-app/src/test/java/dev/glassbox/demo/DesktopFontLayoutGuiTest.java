package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.swing.network.NetworkView;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * What a student sees in a desktop's 14 px font (not Cacio's 10 px one): the 2-2-1 net's weight
 * labels, the whole derivation of an output weight, and at 150 % the loss table and the lesson.
 */
class DesktopFontLayoutGuiTest extends AppGuiTest {
    private <T extends Component> T named(String name, Class<T> type) {
        return type.cast(robot.finder().findByName(app, name, false));
    }

    @Test
    void at1366x768EveryWeightLabelOfTheNetworkShows() {
        useDesktopFont();
        showApp();
        NetworkView network = named("networkView", NetworkView.class);
        assertThat(onEdt(network::labelsEveryWeight)).as("weight labels fit in " + onEdt(network::getSize)).isTrue();
    }

    @Test
    void at1920x1080And150PercentEveryWeightLabelOfTheNetworkShows() {
        useDesktopFont();
        showApp(1920, 1080, 150);
        NetworkView network = named("networkView", NetworkView.class);
        assertThat(onEdt(network::labelsEveryWeight)).as("weight labels fit in " + onEdt(network::getSize)).isTrue();
    }

    @Test
    void at1366x768TheWholeDerivationOfAnOutputWeightShowsWithoutScrolling() {
        useDesktopFont();
        showApp();
        onEdtRun(() -> model().setSelected(new Connection(1, 0, 0)));
        robot.waitForIdle();
        Component chain = named("chainRulePanel", Component.class);
        JViewport viewport = onEdt(() -> (JViewport) chain.getParent());
        assertThat(onEdt(() -> chain.getPreferredSize().height)).as("derivation height in " + onEdt(viewport::getSize))
                .isLessThanOrEqualTo(onEdt(viewport::getHeight));
        assertThat(onEdt(() -> chain.getPreferredSize().width)).as("derivation width in " + onEdt(viewport::getSize))
                .isLessThanOrEqualTo(onEdt(viewport::getWidth));
    }

    /**
     * At 150 % on 1366×768 the loss calculation below the tabs left the lesson no line at all (the
     * tabs collapsed): there it becomes a tab beside the lesson, which keeps two lines and more (the
     * parameters take the rest of the column); in that tab the loss table's rows come first, then
     * the mean. The window's 512 logical pixels of height cannot hold more: the network, the chain
     * rule and the chart keep theirs. Back at 100 % it returns below the tabs.
     */
    @Test
    void at1366x768And150PercentTheLessonKeepsItsLinesAndTheLossCalculationIsATab() {
        useDesktopFont();
        showApp(1366, 768, 150);
        Component lesson = named("lessonText", Component.class);
        int line = onEdt(() -> lesson.getFontMetrics(lesson.getFont()).getHeight());
        assertThat(onEdt(() -> visible(lesson).height)).as("lesson text shown").isGreaterThanOrEqualTo(2 * line);
        JTabbedPane tabs = named("tablesTabs", JTabbedPane.class);
        assertThat(onEdt(() -> tabs.getTitleAt(1))).isEqualTo("Loss calculation");
        window.tabbedPane("tablesTabs").selectTab("Loss calculation");
        robot.waitForIdle();
        JTable table = named("lossTable", JTable.class);
        onEdtRun(() -> {
            Rectangle shown = table.getVisibleRect();
            assertThat(shown.height).as("a whole row of the loss table and more; the rest scroll")
                    .isGreaterThan(table.getRowHeight());
        });
        Container content = onEdt(app::getContentPane);
        for (String name : new String[] {"lossChart", "lossCalculationPanel", "chainRulePanel", "networkView"}) {
            Component c = named(name, Component.class);
            Rectangle r = onEdt(() -> visible(c));
            assertThat(r.x + r.width).as(name + " inside the window").isLessThanOrEqualTo(onEdt(content::getWidth));
            assertThat(r.height).as(name + " shown").isGreaterThan(100);
        }
        onEdtRun(() -> app.setZoom(100));
        robot.waitForIdle();
        assertThat(onEdt(() -> tabs.indexOfTab("Loss calculation"))).as("no loss tab at 100 %").isEqualTo(-1);
        assertThat(onEdt(() -> named("lossCalculationPanel", Component.class).isShowing())).isTrue();
        assertThat(onEdt(() -> tabs.getSelectedIndex())).as("the lesson selected again").isZero();
    }

    private Rectangle visible(Component c) {
        Container content = app.getContentPane();
        Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content);
        for (Component p = c.getParent(); p != content; p = p.getParent()) {
            r = r.intersection(SwingUtilities.convertRectangle(p.getParent(), p.getBounds(), content));
        }
        return r.intersection(new Rectangle(content.getSize()));
    }
}
