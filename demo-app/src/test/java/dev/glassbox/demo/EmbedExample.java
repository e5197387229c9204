package dev.glassbox.demo;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import java.awt.BorderLayout;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Embedding the widget in your own Swing program: one model, the views you want around it, your
 * own frame and layout — no FlatLaf or MigLayout needed. The README's example; compiled here and
 * run by {@code EmbedExampleGuiTest}.
 */
public final class EmbedExample {
    private EmbedExample() {
    }

    /** Opens the example window. */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame().setVisible(true));
    }

    /** The example window, packed and centered but not yet shown. */
    static JFrame frame() {
        GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
        JFrame frame = new JFrame("Backpropagation, step by step");
        frame.add(new TrainingControls(model), BorderLayout.NORTH);   // play, step, reset, speed
        frame.add(new NetworkView(model), BorderLayout.CENTER);       // hover or click a connection
        frame.add(new ChainRulePanel(model), BorderLayout.EAST);      // its chain rule, with numbers
        frame.add(new LossChartPanel(model), BorderLayout.SOUTH);     // loss per epoch
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.pack();
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
