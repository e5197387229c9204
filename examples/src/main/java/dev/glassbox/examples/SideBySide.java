package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.GlassboxPanelOptions;
import dev.glassbox.swing.GlassboxPanelOptions.View;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Two widgets side by side, each with a model of its own: the same saturated XOR network under
 * mean squared error (stuck) and under cross-entropy (escapes), trained at the same speed.
 */
public final class SideBySide {
    private SideBySide() {
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
        GlassboxPanelOptions compact = GlassboxPanelOptions.all()
                .without(View.STATE_TABLES, View.LOSS_CALCULATION, View.SCENARIO_CHOOSER);
        GlassboxPanel mse = new GlassboxPanel(
                new GlassboxModel(BuiltInScenarios.get("xor-saturated-mse")), compact);
        GlassboxPanel crossEntropy = new GlassboxPanel(
                new GlassboxModel(BuiltInScenarios.get("xor-saturated-ce")), compact);

        JFrame frame = new JFrame("The same network, two losses");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.setLayout(new GridLayout(1, 2, 8, 0));
        frame.add(mse);
        frame.add(crossEntropy);
        for (GlassboxPanel panel : new GlassboxPanel[] {mse, crossEntropy}) {
            panel.model().setSpeed(80);           // bulk, about 10,000 epochs a second
            panel.model().play();
        }

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                mse.close();                             // each panel closes its own model
                crossEntropy.close();
            }
        });
        frame.setSize(1340, 720);
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
