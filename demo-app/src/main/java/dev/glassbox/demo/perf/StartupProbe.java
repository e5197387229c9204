package dev.glassbox.demo.perf;

import java.awt.Graphics;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Reports when a frame has first been painted, for {@code scripts/startup.sh}: with the system
 * property {@value #PROPERTY}{@code =true}, one line on standard output,
 * {@code glassbox.firstFrame epochMillis=E uptimeMillis=U}, once the window's first paint has
 * reached the screen. Without the property it does nothing.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "glassbox.startupProbe";

    private StartupProbe() {
    }

    /** Watches {@code frame}'s first paint if the probe is turned on. Call before showing the frame. */
    public static void installIfRequested(JFrame frame) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // The glass pane is painted last, over everything else; it has no listeners, so it takes no clicks.
        JComponent glass = new JComponent() {
            private boolean reported;

            @Override
            protected void paintComponent(Graphics g) {
                if (!reported) {
                    reported = true;
                    // Runs after this paint pass has been copied to the screen.
                    SwingUtilities.invokeLater(() -> {
                        Toolkit.getDefaultToolkit().sync();
                        report();
                        setVisible(false);
                    });
                }
            }
        };
        frame.setGlassPane(glass);
        glass.setVisible(true);
    }

    private static void report() {
        long now = System.currentTimeMillis();
        // Only read when probing: the management classes would cost start-up time otherwise.
        long uptime = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("glassbox.firstFrame epochMillis=" + now + " uptimeMillis=" + uptime);
        System.out.flush();
    }
}
