package dev.glassbox.swing.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/** A number on a small rounded plate, centered on a point: weight labels and packets. */
final class ValueLabel {
    private ValueLabel() {
    }

    /** Half the width of {@code text}'s plate in the font of {@code fm}. */
    static double halfWidth(FontMetrics fm, String text) {
        return (fm.stringWidth(text) + fm.getHeight() * 0.6) / 2;
    }

    /** Half the height of a plate in the font of {@code fm}. */
    static double halfHeight(FontMetrics fm) {
        return fm.getHeight() * 0.95 / 2;
    }

    /** Paints {@code text} in the graphics' font on a plate of {@code fill}, outlined in {@code edge} unless null. */
    static void paint(Graphics2D g, String text, double cx, double cy, Color fill, Color edge, Color ink) {
        FontMetrics fm = g.getFontMetrics();
        int textWidth = fm.stringWidth(text);
        double w = 2 * halfWidth(fm, text);
        double h = 2 * halfHeight(fm);
        RoundRectangle2D plate = new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, h * 0.7, h * 0.7);
        g.setColor(fill);
        g.fill(plate);
        if (edge != null) {
            g.setColor(edge);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(plate);
        }
        g.setColor(ink);
        g.drawString(text, (float) (cx - textWidth / 2.0), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }
}
