package dev.glassbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Shows an example's own window, as its main would, and reads its real components. */
abstract class ExampleGuiTest extends GuiTest {
    /** The largest screen the examples must fit. */
    static final Dimension SMALL_SCREEN = new Dimension(1366, 768);

    /** Builds the example's window on the event thread and shows it at the size the example gave it. */
    protected FrameFixture showExample(Supplier<JFrame> example) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        robot.settings().eventPostingDelay(10);
        JFrame frame = GuiActionRunner.execute(example::get);
        Dimension size = onEdt(frame::getSize);
        window = new FrameFixture(robot, frame);
        window.show(size);
        robot.waitForIdle();
        return window;
    }

    /** Requires the component named {@code name} (a public name, see DESIGN) to be on screen. */
    protected void requireShowing(String name) {
        assertThat(onEdt(() -> robot.finder().findByName(name, true).isShowing())).as(name).isTrue();
    }

    /** Requires the example's window to fit a 1366×768 screen. */
    protected void requireFitsSmallScreen() {
        Dimension size = onEdt(() -> window.target().getSize());
        assertThat(size.width).as("width").isLessThanOrEqualTo(SMALL_SCREEN.width);
        assertThat(size.height).as("height").isLessThanOrEqualTo(SMALL_SCREEN.height);
    }

    /** Every Glassbox panel inside {@code root}, in the order of the component tree. */
    protected List<GlassboxPanel> panels(Container root) {
        return onEdt(() -> List.copyOf(robot.finder().findAll(root, new GenericTypeMatcher<>(GlassboxPanel.class, true) {
            @Override
            protected boolean isMatching(GlassboxPanel panel) {
                return true;
            }
        })).stream().map(GlassboxPanel.class::cast).sorted((a, b) -> a.getX() - b.getX()).toList());
    }

    /** Waits (at most 10 s) until {@code condition} holds on the event thread. */
    protected static void waitUntil(String description, Supplier<Boolean> condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return onEdt(condition);
            }
        }, Timeout.timeout(10_000));
    }

    /** The nearest ancestor of {@code c} of {@code type}, or null. */
    protected static <T> T ancestor(Component c, Class<T> type) {
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        return null;
    }
}
