package dev.glassbox.demo;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.junit.jupiter.api.AfterEach;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The base of the application's GUI tests: the real main window at 1366×768 under FlatLaf Light,
 * with its settings in memory.
 */
abstract class AppGuiTest extends GuiTest {
    protected final MemoryPreferences prefs = new MemoryPreferences();
    protected final AppSettings settings = new AppSettings(prefs);
    protected MainWindow app;

    /**
     * The default font of a Linux desktop at 96 dpi (Ubuntu's and GNOME's 11 pt, 14 pixels), which
     * FlatLaf takes from the desktop. Caciocavallo reports 72 dpi, where FlatLaf picks a 10-pixel
     * font: a test of what fits the window passes there on text a third smaller than users see, so
     * such a test asks for this font with {@link #useDesktopFont()}.
     */
    private static final FontUIResource DESKTOP_FONT = new FontUIResource("SansSerif", Font.PLAIN, 14);
    private boolean desktopFont;

    /** Makes the next {@link #showApp} show the window in the font of a Linux desktop, not Cacio's. */
    protected void useDesktopFont() {
        desktopFont = true;
    }

    @AfterEach
    void forgetDesktopFont() {
        onEdtRun(() -> UIManager.put("defaultFont", null));
    }

    /** Shows the main window on the xor scenario. */
    protected FrameFixture showApp() {
        return showApp(Gui.WIDTH, Gui.HEIGHT, 100);
    }

    /** Shows the main window on the xor scenario at {@code width × height}, the zoom at {@code percent} from the start. */
    protected FrameFixture showApp(int width, int height, int percent) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        robot.settings().eventPostingDelay(10);
        app = GuiActionRunner.execute(() -> {
            UIManager.put("defaultFont", desktopFont ? DESKTOP_FONT : null);
            Theme.LIGHT.install();
            Zoom.install(percent);
            MainWindow w = new MainWindow(settings, BuiltInScenarios.get("xor"));
            w.setPreferredSize(new Dimension(width, height));
            w.pack();
            w.setLocation(0, 0);
            return w;
        });
        window = new FrameFixture(robot, app);
        window.show();
        robot.waitForIdle();
        return window;
    }

    /** The window's model; touch it on the event thread only. */
    protected GlassboxModel model() {
        return app.model();
    }

    /** Selects, through its popup, the first item of the named combo whose text matches {@code regex}. */
    protected void select(String combo, String regex) {
        JComboBoxFixture fixture = window.comboBox(combo);
        String[] items = fixture.contents();
        for (int i = 0; i < items.length; i++) {
            if (items[i].matches(regex)) {
                selectItem(fixture, i);
                return;
            }
        }
        throw new AssertionError("no item of " + combo + " matches " + regex + ": " + String.join(", ", items));
    }

    /** Waits (up to 20 s) until {@code test}, evaluated on the event thread, holds. */
    protected static void await(String what, BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return onEdt(test::getAsBoolean);
            }
        }, Timeout.timeout(20_000));
    }
}
