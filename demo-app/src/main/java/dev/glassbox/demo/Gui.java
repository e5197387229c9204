package dev.glassbox.demo;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/** The graphical application. A placeholder until the real window exists. */
public final class Gui {
    private Gui() {
    }

    /** Opens the main window on the event thread. */
    public static void open() {
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Glassbox");
            frame.add(new JLabel("Glassbox — coming soon", SwingConstants.CENTER));
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(480, 240);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
