package dev.glassbox.demo.perf;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.demo.MainWindow;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;

/**
 * The real main window as the measuring scripts open it ({@code scripts/responsiveness.sh},
 * {@code scripts/timeline-drag.sh}): the light theme, 1366 × 768 at the screen's corner, settings
 * in a throwaway preferences node that {@link #forgetSettings()} removes, so that a run never
 * touches the user's settings.
 */
public final class MeasuredWindow {
    private final String settingsNode;
    private final MainWindow window;

    private MeasuredWindow(String settingsNode, MainWindow window) {
        this.settingsNode = settingsNode;
        this.window = window;
    }

    /** Opens and shows the main window on {@code scenario}, its settings under {@code settingsNode}. Not on the event thread. */
    public static MeasuredWindow show(String settingsNode, Scenario scenario) throws Exception {
        MainWindow w = onEdt(() -> {
            Theme.LIGHT.install();
            MainWindow m = new MainWindow(new AppSettings(Preferences.userRoot().node(settingsNode)), scenario);
            m.setSize(1366, 768);
            m.setLocation(0, 0);
            return m;
        });
        SwingUtilities.invokeAndWait(() -> w.setVisible(true));
        return new MeasuredWindow(settingsNode, w);
    }

    /** The window; touch it on the event thread only. */
    public MainWindow window() {
        return window;
    }

    /** Removes the run's preferences node. */
    public void forgetSettings() throws BackingStoreException {
        Preferences.userRoot().node(settingsNode).removeNode();
    }

    /** {@code read}'s result, computed on the event thread. Not on the event thread. */
    public static <T> T onEdt(Callable<T> read) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
