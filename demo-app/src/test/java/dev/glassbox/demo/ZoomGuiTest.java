package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.network.NetworkView;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Rectangle;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The presentation zoom enlarges the whole window — lesson, controls, tabs, menus, tables and views
 * alike — and at 150 % the window still shows everything it shows at 100 %.
 */
class ZoomGuiTest extends AppGuiTest {
    @AfterEach
    void zoomBack() {
        onEdtRun(() -> Zoom.install(100));
    }

    private <T extends Component> T named(String name, Class<T> type) {
        return type.cast(robot.finder().findByName(app, name, false));
    }

    private float size(Component c) {
        return onEdt(() -> c.getFont().getSize2D());
    }

    @Test
    void theWholeWindowGrows() {
        showApp();
        JTextArea lesson = named("lessonText", JTextArea.class);
        Component combo = named("lossCombo", Component.class);
        JTabbedPane tabs = named("tablesTabs", JTabbedPane.class);
        JTable table = named("lossTable", JTable.class);
        JMenu menu = onEdt(() -> app.getJMenuBar().getMenu(0));
        Component network = named("networkView", Component.class);
        float[] before = {size(lesson), size(combo), size(tabs), size(table), size(menu)};
        int rowBefore = onEdt(table::getRowHeight);
        float titleBefore = onEdt(() -> named("lessonTitle", Component.class).getFont().getSize2D());

        window.menuItemWithPath("View", "Presentation zoom").click();
        window.menuItem("zoom150").click();
        robot.waitForIdle();

        float[] after = {size(lesson), size(combo), size(tabs), size(table), size(menu)};
        String[] what = {"lesson", "controls", "tabs", "tables", "menus"};
        for (int i = 0; i < what.length; i++) {
            assertThat(after[i] / before[i]).as(what[i]).isBetween(1.4f, 1.6f);
        }
        assertThat(onEdt(table::getRowHeight) / (float) rowBefore).as("table rows").isBetween(1.4f, 1.6f);
        assertThat(onEdt(() -> named("lessonTitle", Component.class).getFont().getSize2D()) / titleBefore)
                .as("lesson title").isBetween(1.4f, 1.6f);
        // The views' text grows once, with the rest, not 1.5 × 1.5.
        Font label = onEdt(() -> javax.swing.UIManager.getFont("Label.font"));
        assertThat(onEdt(() -> dev.glassbox.swing.theme.GlassboxTheme.textFont(1f).getSize2D()))
                .isEqualTo(label.getSize2D());
        assertThat(onEdt(network::isShowing)).isTrue();
    }

    @Test
    void at150PercentOn1920x1080EveryWeightLabelOfTheNetworkShows() {
        showApp(1920, 1080, 150);
        NetworkView network = named("networkView", NetworkView.class);
        assertThat(onEdt(() -> network.labelsEveryWeight()))
                .as("weight labels fit in " + onEdt(network::getSize)).isTrue();
    }

    @Test
    void at150PercentOn1366x768TheTabsStayOnOneRow() {
        useDesktopFont();
        showApp(1366, 768, 150);
        JTabbedPane tabs = named("tablesTabs", JTabbedPane.class);
        onEdtRun(() -> {
            assertThat(tabs.getTabRunCount()).isEqualTo(1);
            for (int i = 0; i < tabs.getTabCount(); i++) {
                Rectangle tab = tabs.getBoundsAt(i);
                assertThat(tab).as(tabs.getTitleAt(i) + " shown").isNotNull();
                assertThat(tab.y).as(tabs.getTitleAt(i) + " on the first tab's row").isEqualTo(tabs.getBoundsAt(0).y);
            }
        });
    }

    @Test
    void at150PercentOn1366x768NoControlIsCut() {
        showApp(1366, 768, 150);
        requireNoControlCut();
    }

    /** In a desktop's 14 px font the scenario combo's prototype was wider than its column, and cut. */
    @Test
    void at150PercentOn1366x768InTheDesktopFontNoControlIsCut() {
        useDesktopFont();
        showApp(1366, 768, 150);
        requireNoControlCut();
    }

    private void requireNoControlCut() {
        for (String name : new String[] {"scenarioCombo", "lossCombo", "learningRateSpinner", "sampleCombo",
                "playButton", "phaseButton", "resetButton", "speedSlider", "epochLabel", "themeCombo", "statusMessage"}) {
            Component c = named(name, Component.class);
            Rectangle visible = visibleBounds(c);
            assertThat(visible.width).as(name + " shown in full width").isEqualTo(onEdt(c::getWidth));
            assertThat(visible.height).as(name + " shown in full height").isEqualTo(onEdt(c::getHeight));
        }
    }

    /** The part of {@code c} inside every ancestor and the window, in window coordinates. */
    private Rectangle visibleBounds(Component c) {
        return onEdt(() -> {
            assertThat(c.isShowing()).as(c.getName() + " showing").isTrue();
            Container content = app.getContentPane();
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content);
            for (Component p = c.getParent(); p != content; p = p.getParent()) {
                r = r.intersection(SwingUtilities.convertRectangle(p.getParent(), p.getBounds(), content));
            }
            return r.intersection(new Rectangle(content.getSize()));
        });
    }
}
