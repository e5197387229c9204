package dev.glassbox.demo;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.demo.perf.StartupProbe;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.demo.theme.Zoom;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/** The graphical application: the remembered language, theme and zoom, then the main window. */
public final class Gui {
    /** The window size the layout is made for; smaller screens get the window maximised. */
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    private Gui() {
    }

    /** Opens the main window on the event thread. */
    public static void open() {
        SwingUtilities.invokeLater(() -> {
            AppSettings settings = AppSettings.user();
            // Before anything is built: components take their words when built.
            settings.language().ifPresent(Locale::setDefault);
            Theme.named(settings.theme()).install();
            Zoom.install(settings.zoomPercent());
            MainWindow window = new MainWindow(settings, BuiltInScenarios.get("xor"));
            window.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            StartupProbe.installIfRequested(window);
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            window.setSize(Math.min(WIDTH, screen.width), Math.min(HEIGHT, screen.height));
            window.setLocationRelativeTo(null);
            if (screen.width < WIDTH || screen.height < HEIGHT) {
                window.setExtendedState(JFrame.MAXIMIZED_BOTH);
            }
            window.setVisible(true);
        });
    }
}
