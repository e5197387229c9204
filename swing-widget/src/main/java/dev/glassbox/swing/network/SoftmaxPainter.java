package dev.glassbox.swing.network;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.swing.network.NetworkPainter.Scene;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * That softmax outputs compete: a dashed outline groups the output neurons, and a bar at the
 * view's right edge, headed "Σ a = 1", is split into each output's share {@code a_k} of the whole,
 * top to bottom in the neurons' order, once the forward pass has reached the outputs. Drawn only
 * when the output activation is softmax; colors from the theme at paint time (the shares in the
 * forward packets' color, alternately full and light, split by the background's).
 */
final class SoftmaxPainter {
    /** The heading of the share bar. */
    static final String SUM = "Σ a = 1";
    /** How far the group's outline stays off the neurons' rims. */
    private static final double OUTLINE_GAP = 4;

    /** The shares the last frame drew, null where it drew none (for tests). */
    private double[] shownShares;
    /** Whether the last frame drew the group's outline. */
    private boolean shownOutline;

    double[] shownShares() {
        return shownShares == null ? null : shownShares.clone();
    }

    boolean shownOutline() {
        return shownOutline;
    }

    void paint(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Font font) {
        Architecture arch = r.trace.architecture();
        shownShares = null;
        shownOutline = false;
        if (arch.outputActivation() != Activation.SOFTMAX) {
            return;
        }
        int depth = arch.depth();
        int n = arch.size(depth);
        double radius = lay.radius();
        double x = lay.x(depth);
        double top = lay.y(depth, 0) - radius;
        double bottom = lay.y(depth, n - 1) + radius;
        float zoom = GlassboxTheme.zoom();
        g.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
        g.setStroke(new BasicStroke(1.2f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4 * zoom, 3 * zoom}, 0f));
        double arc = 2 * (radius + OUTLINE_GAP);
        g.draw(new RoundRectangle2D.Double(x - radius - OUTLINE_GAP, top - OUTLINE_GAP, arc,
                bottom - top + 2 * OUTLINE_GAP, arc, arc));
        shownOutline = true;
        if (depth > PacketPainter.forwardFront(s, depth)) {
            return;
        }

        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double barWidth = Math.max(5, fm.getAscent() * 0.6);
        double barX = lay.width() - 6 - barWidth;
        double headingWidth = fm.stringWidth(SUM);
        double barTop = Math.max(top, lay.headerBaseline(1) + fm.getHeight() + 2);
        double barBottom = Math.max(bottom, barTop + 3 * barWidth);
        g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
        g.drawString(SUM, (float) (barX + barWidth - headingWidth), (float) (barTop - fm.getDescent() - 2));

        double[] shares = new double[n];
        Color full = GlassboxTheme.color(GlassboxTheme.FORWARD);
        Color light = new Color(full.getRed(), full.getGreen(), full.getBlue(), 110);
        double y = barTop;
        double height = barBottom - barTop;
        for (int k = 0; k < n; k++) {
            shares[k] = r.trace.sample(r.sample).neuron(depth, k).a();
            double h = Double.isFinite(shares[k]) ? shares[k] * height : 0;
            g.setColor(k % 2 == 0 ? full : light);
            g.fill(new Rectangle2D.Double(barX, y, barWidth, h));
            y += h;
        }
        g.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        g.setStroke(new BasicStroke(1f * zoom));
        for (int k = 0; k < n - 1; k++) {
            double split = barTop + cumulative(shares, k) * height;
            g.draw(new Line2D.Double(barX, split, barX + barWidth, split));
        }
        g.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
        g.draw(new Rectangle2D.Double(barX, barTop, barWidth, height));
        shownShares = shares;
    }

    /** {@code a_0 + … + a_k}. */
    private static double cumulative(double[] shares, int k) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += shares[i];
        }
        return sum;
    }
}
