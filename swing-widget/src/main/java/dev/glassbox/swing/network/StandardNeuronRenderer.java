package dev.glassbox.swing.network;

import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;

/** The {@linkplain NeuronRenderer#standard() standard} neuron: disc, rim by health, highlight ring, value. */
final class StandardNeuronRenderer implements NeuronRenderer {
    static final StandardNeuronRenderer INSTANCE = new StandardNeuronRenderer();

    private static final BasicStroke RIM = new BasicStroke(1.5f);
    private static final BasicStroke WARNING_RIM = new BasicStroke(2.5f);
    private static final BasicStroke DEAD_RIM =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 3f}, 0f);

    /** Reused for every neuron: painting happens on the event thread only. */
    private final Ellipse2D.Double circle = new Ellipse2D.Double();

    private StandardNeuronRenderer() {
    }

    @Override
    public void paintNeuron(Graphics2D g, NeuronCell n) {
        double x = n.x();
        double y = n.y();
        double rad = n.radius();
        if (n.selected() || n.hovered()) {
            float ring = n.selected() ? 4f : 2.5f;
            g.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
            g.setStroke(new BasicStroke(ring));
            double out = 1 + ring / 2;
            circle.setFrame(x - rad - out, y - rad - out, 2 * (rad + out), 2 * (rad + out));
            g.draw(circle);
        }
        circle.setFrame(x - rad, y - rad, 2 * rad, 2 * rad);
        g.setColor(GlassboxTheme.color(GlassboxTheme.NEURON));
        // A plain fill is several times cheaper than an anti-aliased one on large circles, and the
        // anti-aliased rim drawn next covers every pixel where the two would differ.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.fill(circle);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        boolean finite = n.finite();
        if (!finite) {
            g.setColor(GlassboxTheme.color(GlassboxTheme.WARNING));
            g.setStroke(WARNING_RIM);
        } else if (n.health() == NeuronHealth.DEAD) {
            g.setColor(GlassboxTheme.color(GlassboxTheme.DEAD));
            g.setStroke(DEAD_RIM);
        } else {
            g.setColor(GlassboxTheme.color(GlassboxTheme.NEURON_BORDER));
            g.setStroke(RIM);
        }
        g.draw(circle);
        if (n.value() != null) {
            g.setColor(GlassboxTheme.color(finite ? GlassboxTheme.TEXT : GlassboxTheme.WARNING));
            paintValue(g, n.value(), x, y, rad, n.valueFont());
        }
    }

    /**
     * A neuron's number centered in it, in the frame's value font, or smaller if it is longer than
     * the widest number that font was fitted to (in three digits or, in small neurons, in two).
     */
    private static void paintValue(Graphics2D g, String text, double x, double y, double radius, Font value) {
        Font font = NetworkPainter.fitted(g, value, radius, text);
        if (font != null) {
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            NetworkPainter.drawCentered(g, text, x, y + (fm.getAscent() - fm.getDescent()) / 2.0);
        }
    }
}
