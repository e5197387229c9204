package dev.glassbox.swing.chart;

import dev.glassbox.core.session.NeuronEvent;
import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The marks of neuron events, drawn as Java2D shapes in theme colors, each centered in a square
 * of side {@code s}: the network view's padlock (saturated) and skull (a ReLU died), the
 * padlock opened (recovered), and an upward arrow (it revived).
 */
final class EventMarks {
    private EventMarks() {
    }

    /** The theme key of a kind's mark. */
    static String colorKey(NeuronEvent.Kind kind) {
        return switch (kind) {
            case SATURATED, RECOVERED -> GlassboxTheme.LOCK;
            case DIED -> GlassboxTheme.DEAD;
            case REVIVED -> GlassboxTheme.FORWARD;
        };
    }

    /** Paints the mark of {@code kind} centered at ({@code cx}, {@code cy}). */
    static void paint(Graphics2D g, NeuronEvent.Kind kind, double cx, double cy, double s) {
        switch (kind) {
            case SATURATED -> Marker.SATURATED.paint(g, cx - s / 2, cy - s / 2, s);
            case DIED -> Marker.DEAD.paint(g, cx - s / 2, cy - s / 2, s);
            default -> paintOwn(g, kind, cx, cy, s);
        }
    }

    /** The marks the network view has no counterpart for: the open padlock and the arrow. */
    private static void paintOwn(Graphics2D g, NeuronEvent.Kind kind, double cx, double cy, double s) {
        Color ink = GlassboxTheme.color(colorKey(kind));
        Color paper = GlassboxTheme.color(GlassboxTheme.BACKGROUND);
        g.setColor(paper);
        g.fill(new RoundRectangle2D.Double(cx - 0.65 * s, cy - 0.65 * s, 1.3 * s, 1.3 * s, 0.5 * s, 0.5 * s));
        g.setColor(ink);
        if (kind == NeuronEvent.Kind.RECOVERED) {
            openPadlock(g, cx, cy, s, paper);
        } else {
            g.fill(arrow(cx, cy, s));
        }
    }

    private static void openPadlock(Graphics2D g, double cx, double cy, double s, Color paper) {
        double bodyTop = cy - 0.02 * s;
        g.fill(new RoundRectangle2D.Double(cx - 0.4 * s, bodyTop, 0.8 * s, 0.52 * s, 0.16 * s, 0.16 * s));
        // The shackle: an arch lifted out of the body, its left leg free.
        double r = 0.24 * s;
        double lift = 0.16 * s;
        double archY = cy - 0.24 * s - lift;
        Path2D shackle = new Path2D.Double();
        shackle.moveTo(cx + r, bodyTop);
        shackle.lineTo(cx + r, archY);
        shackle.append(new Arc2D.Double(cx - r, archY - r, 2 * r, 2 * r, 0, 180, Arc2D.OPEN), true);
        shackle.lineTo(cx - r, archY + 0.1 * s);
        g.setStroke(new BasicStroke((float) (0.13 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shackle);
        g.setColor(paper);
        g.fill(new Ellipse2D.Double(cx - 0.07 * s, bodyTop + 0.15 * s, 0.14 * s, 0.14 * s));
        g.fill(new Rectangle2D.Double(cx - 0.03 * s, bodyTop + 0.22 * s, 0.06 * s, 0.16 * s));
    }

    private static Path2D arrow(double cx, double cy, double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - 0.48 * s);
        p.lineTo(cx + 0.42 * s, cy);
        p.lineTo(cx + 0.15 * s, cy);
        p.lineTo(cx + 0.15 * s, cy + 0.48 * s);
        p.lineTo(cx - 0.15 * s, cy + 0.48 * s);
        p.lineTo(cx - 0.15 * s, cy);
        p.lineTo(cx - 0.42 * s, cy);
        p.closePath();
        return p;
    }
}
