package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The whole widget in three lines: every view around one model, training as soon as it is shown.
 * Closing the window closes the panel, so that nothing of it keeps running.
 */
public final class ThreeLinePanel {
    private ThreeLinePanel() {
    }

    /**
     * Opens the window.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame().setVisible(true));
    }

    /**
     * The window, sized to fit a 1366×768 screen, not yet shown.
     *
     * @return the window
     */
    static JFrame frame() {
        JFrame frame = new JFrame("Glassbox");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);

        GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
        frame.add(glassbox);                     // any JFrame, JDialog or JPanel
        glassbox.model().play();                 // or let the user press Play (or Space)

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                glassbox.close();                // training stops for good
            }
        });
        frame.setSize(1280, 720);
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
