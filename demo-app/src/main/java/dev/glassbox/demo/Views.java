package dev.glassbox.demo;

import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import dev.glassbox.swing.theme.GlassboxTheme;

/**
 * Creates the widget's views for the window — the one place that names their classes. A view
 * that has not yet landed in the widget is stood in for by a labelled placeholder carrying the
 * view's component name; swapping in the real view is a one-line change here.
 */
final class Views {
    private Views() {
    }

    static JComponent network(GlassboxModel model) {
        return placeholder("networkView", "Network view");
    }

    static JComponent chainRule(GlassboxModel model) {
        return placeholder("chainRulePanel", "Chain rule");
    }

    static JComponent lossCalculation(GlassboxModel model) {
        return placeholder("lossCalculationPanel", "Loss calculation");
    }

    static JComponent activations(GlassboxModel model) {
        return placeholder("activationsTable", "Activations");
    }

    static JComponent deltas(GlassboxModel model) {
        return placeholder("deltasTable", "Deltas");
    }

    static JComponent weights(GlassboxModel model) {
        return placeholder("weightsTable", "Weights");
    }

    static JComponent lossChart(GlassboxModel model) {
        return placeholder("lossChart", "Loss chart");
    }

    /** TEMPORARY: stands in for a view until it is merged into the widget. */
    private static JComponent placeholder(String name, String what) {
        JComponent c = new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g2.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
                g2.fillRect(0, 0, getWidth(), getHeight());
                g2.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
                g2.setFont(GlassboxTheme.textFont(1f));
                String text = what + " (coming soon)";
                int w = g2.getFontMetrics().stringWidth(text);
                g2.drawString(text, (getWidth() - w) / 2, getHeight() / 2);
                g2.dispose();
            }
        };
        c.setName(name);
        return c;
    }
}
