package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.demo.theme.Zoom;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shortcut list opened again after the presentation zoom changed fits its grown text: its Close
 * button is inside the dialog and closes it (found by the monkey: the dialog kept the size of its
 * first opening, and at 200 % its Close button lay outside it, beyond the reach of the mouse).
 */
class HelpDialogGuiTest extends AppGuiTest {
    @AfterEach
    void zoomBack() {
        onEdtRun(() -> Zoom.install(100));
    }

    private static final GenericTypeMatcher<JButton> CLOSE = new GenericTypeMatcher<>(JButton.class) {
        @Override
        protected boolean isMatching(JButton b) {
            return "Close".equals(b.getText());
        }
    };

    private DialogFixture openHelp() {
        robot.pressAndReleaseKey(KeyEvent.VK_F1);
        return WindowFinder.findDialog("helpDialog").withTimeout(10_000).using(robot);
    }

    @Test
    void reopenedAfterAZoomTheShortcutListFitsItsTextAndClosesFromItsButton() {
        showApp();
        DialogFixture help = openHelp();
        help.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        help.requireNotVisible();

        window.menuItemWithPath("View", "Presentation zoom").click();
        window.menuItem("zoom200").click();
        robot.waitForIdle();

        DialogFixture reopened = openHelp();
        JButton close = reopened.button(CLOSE).target();
        onEdtRun(() -> {
            JDialog dialog = (JDialog) reopened.target();
            Rectangle inside = new Rectangle(dialog.getRootPane().getSize());
            Rectangle button = SwingUtilities.convertRectangle(close.getParent(), close.getBounds(), dialog.getRootPane());
            assertThat(inside.contains(button)).as("Close at " + button + " inside " + inside).isTrue();
            assertThat(dialog.getSize()).isEqualTo(dialog.getPreferredSize());
        });
        // Clicked as a hand clicks (the robot would first wait for the reopened dialog to seem ready).
        onEdtRun(() -> new UserEvents().click(close, new Point(close.getWidth() / 2, close.getHeight() / 2),
                MouseEvent.BUTTON1, 1, 0));
        UserEvents.settle();
        reopened.requireNotVisible();
    }
}
