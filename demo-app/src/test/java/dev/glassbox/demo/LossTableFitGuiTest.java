package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.demo.theme.Theme;
import java.awt.Rectangle;
import java.util.regex.Pattern;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loss calculation reads whole in the window: at 1366×768 every row and column of the loss
 * table and the whole mean, without scroll bars, in every theme and after every theme switch.
 */
class LossTableFitGuiTest extends AppGuiTest {
    @AfterEach
    void back() {
        onEdtRun(() -> {
            Theme.LIGHT.install();
        });
    }

    private JTable table() {
        return (JTable) robot.finder().findByName(app, "lossTable", false);
    }

    private JScrollPane scroll() {
        return onEdt(() -> (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, table()));
    }

    /** Every row of the table is inside the part of the table its viewport shows. */
    private void requireAllRowsShown(String when) {
        JTable t = table();
        onEdtRun(() -> {
            Rectangle shown = t.getVisibleRect();
            Rectangle rows = t.getCellRect(t.getRowCount() - 1, 0, true).union(t.getCellRect(0, 0, true));
            assertThat(shown.y).as(when + ": first row shown").isLessThanOrEqualTo(rows.y);
            assertThat(shown.y + shown.height).as(when + ": last row shown, rows " + rows + " in " + shown)
                    .isGreaterThanOrEqualTo(rows.y + rows.height);
        });
    }

    private void requireWholeTableAndMean(String when) {
        requireAllRowsShown(when);
        JScrollPane scroll = scroll();
        JTable t = table();
        JTextArea mean = (JTextArea) robot.finder().findByName(app, "lossMean", false);
        onEdtRun(() -> {
            assertThat(scroll.getHorizontalScrollBar().isVisible()).as(when + ": sideways scroll bar, table "
                    + t.getPreferredSize().width + " in " + scroll.getViewport().getWidth()).isFalse();
            assertThat(scroll.getVerticalScrollBar().isVisible()).as(when + ": vertical scroll bar").isFalse();
            assertThat(t.getPreferredSize().width).as(when + ": every column").isLessThanOrEqualTo(scroll.getViewport().getWidth());
            assertThat(mean.getHeight()).as(when + ": the whole mean").isGreaterThanOrEqualTo(mean.getPreferredSize().height);
            Rectangle inPanel = SwingUtilities.convertRectangle(mean.getParent(), mean.getBounds(), mean.getParent());
            assertThat(inPanel.y + inPanel.height).as(when + ": the mean inside its panel")
                    .isLessThanOrEqualTo(mean.getParent().getHeight());
            // Two lines at most: the result, then the sum; neither wraps.
            assertThat(mean.getHeight()).as(when + ": the mean in two lines")
                    .isLessThanOrEqualTo(2 * mean.getFontMetrics(mean.getFont()).getHeight() + mean.getInsets().top
                            + mean.getInsets().bottom);
        });
    }

    @Test
    void theWholeTableAndTheMeanShowAt1366x768InEveryThemeAndAfterEverySwitch() {
        useDesktopFont();
        showApp();
        requireWholeTableAndMean("at start");
        for (Theme theme : Theme.values()) {
            select("themeCombo", Pattern.quote(theme.toString()));
            robot.waitForIdle();
            requireWholeTableAndMean(theme.toString());
        }
        onEdtRun(() -> model().session().run(25));
        robot.waitForIdle();
        requireWholeTableAndMean("after 25 epochs");
    }
}
