package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * A bare {@code JFrame} holding nothing but a {@link GlassboxPanel}, as an embedder's three lines
 * make it: the training keys work without any code of the embedder's, read back from the toolbar's
 * own label and buttons; packed around the panel, or from 640×480 to 1920×1080, the frame shows the
 * network and the chart on screen, inside the frame, at a non-zero size.
 */
class BareFrameGuiTest extends GuiTest {
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    /**
     * The embedder's lines: a new frame, the panel added, then packed around it ({@code size} null)
     * or given {@code size}; then shown.
     */
    private void showPanel(Dimension size) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = onEdt(() -> {
            JFrame f = new JFrame("Embedded");
            panel.set(new GlassboxPanel(BuiltInScenarios.get("xor")));
            f.add(panel.get());
            return f;
        });
        if (size == null) {
            robot.showWindow(frame);
        } else {
            robot.showWindow(frame, size, false);
        }
        window = new FrameFixture(robot, frame);
        robot.waitForIdle();
        assertThat(onEdt(() -> frame.getContentPane().getComponents())).containsExactly(panel.get());
    }

    private void press(int key) {
        robot.pressAndReleaseKey(key);
        robot.waitForIdle();
    }

    @Test
    void spaceRightAndRTrainAsTheToolbarShows() {
        showPanel(null);
        // The slider at its right end: bulk training, so that Right trains its epoch at once.
        window.slider("speedSlider").slideToMaximum();
        robot.click(onEdt(() -> panel.get().networkView()), new Point(10, 10));
        robot.waitForIdle();
        window.label("epochLabel").requireText("Epoch 0");

        press(KeyEvent.VK_RIGHT);
        window.label("epochLabel").requireText(Pattern.compile("Epoch 1 · loss \\d\\.\\d+ before update 1"));
        press(KeyEvent.VK_RIGHT);
        window.label("epochLabel").requireText(Pattern.compile("Epoch 2 · loss \\d\\.\\d+ before update 2"));
        press(KeyEvent.VK_R);
        window.label("epochLabel").requireText("Epoch 0");

        press(KeyEvent.VK_SPACE);
        window.button("playButton").requireText("Pause");
        for (int k = 0; k < 500 && "Epoch 0".equals(window.label("epochLabel").text()); k++) {
            robot.waitForIdle();
        }
        press(KeyEvent.VK_SPACE);
        window.button("playButton").requireText("Play");
        String paused = window.label("epochLabel").text();
        assertThat(paused).matches("Epoch [1-9]\\d* · loss .*");
        robot.waitForIdle();
        window.label("epochLabel").requireText(paused);

        // Below bulk speed Shift+Right runs one phase: the phase button names the next one.
        window.slider("speedSlider").slideTo(GlassboxModel.BULK_SPEED - 1);
        window.button("phaseButton").requireText("Phase: forward");
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT, InputEvent.SHIFT_MASK);
        for (int k = 0; k < 500 && !"Phase: backward".equals(window.button("phaseButton").text()); k++) {
            robot.waitForIdle();
        }
        window.button("phaseButton").requireText("Phase: backward");
        window.label("epochLabel").requireText(paused);
    }

    /** {@code c} is showing at a non-zero size and lies, on screen, inside the frame's content. */
    private void onScreenInsideTheFrame(Component c) {
        onEdtRun(() -> {
            assertThat(c.isShowing()).as(c.getName() + " showing").isTrue();
            assertThat(c.getWidth()).as(c.getName() + " width").isPositive();
            assertThat(c.getHeight()).as(c.getName() + " height").isPositive();
            JFrame frame = (JFrame) SwingUtilities.getWindowAncestor(c);
            Component content = frame.getContentPane();
            Rectangle inside = new Rectangle(content.getLocationOnScreen(), content.getSize());
            Rectangle bounds = new Rectangle(c.getLocationOnScreen(), c.getSize());
            assertThat(inside.contains(bounds)).as(c.getName() + " at " + bounds + " inside " + inside).isTrue();
        });
    }

    @Test
    void aFramePackedAroundThePanelShowsTheNetworkAndTheChartAtAReadableSize() {
        showPanel(null);
        for (Component c : new Component[] {onEdt(() -> panel.get().networkView()), onEdt(() -> panel.get().lossChart())}) {
            onScreenInsideTheFrame(c);
            assertThat(onEdt(c::getWidth)).as(c.getName() + " width").isGreaterThanOrEqualTo(240);
            assertThat(onEdt(c::getHeight)).as(c.getName() + " height").isGreaterThanOrEqualTo(140);
        }
        Dimension screen = onEdt(() -> java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().getSize());
        Dimension frame = onEdt(() -> window.target().getSize());
        assertThat(frame.width).as("packed width").isLessThanOrEqualTo(Math.min(screen.width, 1366));
        assertThat(frame.height).as("packed height").isLessThanOrEqualTo(Math.min(screen.height, 768));
    }

    @Test
    void at640x480TheNetworkAndTheChartAreOnScreenInsideTheFrameWhicheverTabShows() {
        showPanel(new Dimension(640, 480));
        for (String tab : new String[] {"Controls", "Chain rule", "Controls"}) {
            window.tabbedPane("sideTabs").selectTab(tab);
            onScreenInsideTheFrame(onEdt(() -> panel.get().networkView()));
            onScreenInsideTheFrame(onEdt(() -> panel.get().lossChart()));
        }
    }

    @Test
    void at1920x1080TheNetworkAndTheChartAreOnScreenInsideTheFrame() {
        showPanel(new Dimension(1920, 1080));
        onScreenInsideTheFrame(onEdt(() -> panel.get().networkView()));
        onScreenInsideTheFrame(onEdt(() -> panel.get().lossChart()));
    }
}
