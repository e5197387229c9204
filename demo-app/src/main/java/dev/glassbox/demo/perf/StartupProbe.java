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
 * reached the screen. With {@value #PROPERTY}{@code =exit} it reports and then exits the
 * application: the training run that records the app image's class-data archive
 * ({@code scripts/AppImage.java}) loads exactly what the first frame needs. Without the property
 * it does nothing.
 */
public final class StartupProbe {
    /** The system property that turns the probe on: {@code true} or {@code exit}. */
    public static final String PROPERTY = "glassbox.startupProbe";
    private static final String EXIT = "exit";

    private StartupProbe() {
    }

    /**
     * Watches {@code frame}'s first paint if the probe is turned on. Call before showing the frame.
     *
     * @param frame the window whose first paint is reported
     */
    public static void installIfRequested(JFrame frame) {
        String mode = System.getProperty(PROPERTY, "");
        boolean exit = mode.equals(EXIT);
        if (!exit && !Boolean.parseBoolean(mode)) {
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
                        if (exit) {
                            System.exit(0);
                        }
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
        System.out.println("glassbox.firstFrame epochMillis=" + now + " uptimeMillis=" + uptime); //$NON-NLS$ (parsed by scripts)
        System.out.flush();
    }
}
