import java.awt.Graphics;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * The baseline of scripts/startup.sh: a bare Swing "hello" window that reports its first painted
 * frame exactly as the application's StartupProbe does (glass pane painted last, then the next
 * event-thread turn, after the frame has reached the screen). With the argument {@code flatlaf} it
 * installs FlatLaf Light first: the floor of any FlatLaf application (FlatLaf on the class path).
 */
public final class StartupHello {
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            if (args.length > 0 && args[0].equals("flatlaf")) {
                com.formdev.flatlaf.FlatLightLaf.setup();
            }
            JFrame frame = new JFrame("Hello");
            frame.add(new JLabel("Hello, Swing", SwingConstants.CENTER));
            frame.setGlassPane(new JComponent() {
                private boolean reported;

                @Override
                protected void paintComponent(Graphics g) {
                    if (!reported) {
                        reported = true;
                        SwingUtilities.invokeLater(() -> {
                            Toolkit.getDefaultToolkit().sync();
                            long now = System.currentTimeMillis();
                            long uptime = now - ManagementFactory.getRuntimeMXBean().getStartTime();
                            System.out.println("glassbox.firstFrame epochMillis=" + now + " uptimeMillis=" + uptime);
                            System.out.flush();
                        });
                    }
                }
            });
            frame.getGlassPane().setVisible(true);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(400, 200);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
