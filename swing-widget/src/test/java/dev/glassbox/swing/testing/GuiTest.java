package dev.glassbox.swing.testing;

import java.awt.Component;
import java.awt.Dimension;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JUnit 5 counterpart of AssertJ Swing's JUnit 4 base class: every GUI test fails on Swing
 * access off the event thread, builds its frame on the event thread, and cleans up after itself
 * (a missed cleanup hangs later tests). Runs under Caciocavallo (registered suite-wide), so no
 * display is needed.
 */
public abstract class GuiTest {
    protected Robot robot;
    protected FrameFixture window;

    @BeforeAll
    static void failOnThreadViolation() {
        FailOnThreadViolationRepaintManager.install();
    }

    /** Shows {@code content} in a frame of the given size and returns its fixture. */
    protected FrameFixture show(Supplier<? extends Component> content, int width, int height) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        robot.settings().eventPostingDelay(10);
        JFrame frame;
        try {
            frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame("Glassbox test");
                f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
                f.getContentPane().add(content.get());
                f.setPreferredSize(new Dimension(width, height));
                f.pack();
                f.setLocation(0, 0);
                return f;
            });
        } catch (RuntimeException | Error e) {
            // The robot holds the screen lock: a content that fails to build must not keep it, or
            // every later GUI test of the run waits for it forever.
            robot.cleanUp();
            robot = null;
            throw e;
        }
        window = new FrameFixture(robot, frame);
        window.show();
        robot.waitForIdle();
        return window;
    }

    /**
     * Selects item {@code index} of a combo box through its popup, as a user would. Under a loaded
     * machine the robot's click on the popup list occasionally lands before the popup is laid out;
     * the selection is then simply not made, so the click is repeated (at most three times) until
     * the combo shows the item — every selection a test asserts on is still made by a real click.
     */
    protected void selectItem(JComboBoxFixture combo, int index) {
        for (int attempt = 0; attempt < 3; attempt++) {
            combo.selectItem(index);
            robot.waitForIdle();
            if (onEdt(() -> combo.target().getSelectedIndex()) == index) {
                return;
            }
        }
        combo.requireSelection(index);
    }

    /** Runs {@code action} on the event thread and returns its result. */
    protected static <T> T onEdt(Supplier<T> action) {
        return GuiActionRunner.execute(action::get);
    }

    /** Runs {@code action} on the event thread. */
    protected static void onEdtRun(Runnable action) {
        GuiActionRunner.execute(action::run);
    }

    /** Waits, up to a minute, until {@code test} (asked on the event thread) holds; fails naming {@code what}. */
    protected static void waitFor(String what, Supplier<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return onEdt(test);
            }
        }, Timeout.timeout(60_000));
    }

    @AfterEach
    void cleanUpWindow() {
        if (window != null) {
            window.cleanUp();
            window = null;
        } else if (robot != null) {
            robot.cleanUp();
        }
        robot = null;
    }
}
