package dev.glassbox.demo;

import dev.glassbox.core.session.Divergence;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import javax.swing.JLabel;

/**
 * Says why training stopped when it diverges — the session's own message, which names the epoch
 * and the learning rate — and disappears once a reset or another scenario recovers. The model
 * has already paused playback. Name: {@code divergenceMessage}.
 */
final class DivergenceBanner extends JLabel {
    private final transient GlassboxModel model;

    DivergenceBanner(GlassboxModel model) {
        this.model = model;
        setName("divergenceMessage");
        putClientProperty("html.disable", Boolean.TRUE);
        setIcon(new WarningIcon());
        setIconTextGap(8);
        model.addListener(e -> {
            if (e.kind() == GlassboxModelEvent.Kind.DIVERGED || e.kind() == GlassboxModelEvent.Kind.TRAINING) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        var divergence = model.session().divergence();
        setText(divergence.map(Divergence::message).orElse(""));
        setVisible(divergence.isPresent());
    }

    /** The warning color of the current theme, read at paint time. */
    @Override
    public Color getForeground() {
        return GlassboxTheme.color(GlassboxTheme.WARNING);
    }

    /** A warning triangle with an exclamation mark, drawn in the label's color. */
    private static final class WarningIcon implements Icon {
        private static final int SIZE = 16;

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = SIZE;
            Path2D triangle = new Path2D.Float();
            triangle.moveTo(s / 2, 0.5f);
            triangle.lineTo(s - 0.5f, s - 0.5f);
            triangle.lineTo(0.5f, s - 0.5f);
            triangle.closePath();
            g2.setColor(c.getForeground());
            g2.fill(triangle);
            g2.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
            g2.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Line2D.Float(s / 2, s * 0.38f, s / 2, s * 0.64f));
            g2.fill(new Ellipse2D.Float(s / 2 - 1.2f, s * 0.74f, 2.4f, 2.4f));
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return SIZE;
        }

        @Override
        public int getIconHeight() {
            return SIZE;
        }
    }
}
