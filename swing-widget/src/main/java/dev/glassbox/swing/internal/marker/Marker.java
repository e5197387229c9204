package dev.glassbox.swing.internal.marker;

import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/**
 * The marks a neuron can carry, drawn as Java2D shapes in theme colors (never emoji or icon fonts,
 * which do not render everywhere): a padlock on a saturated neuron, a skull on a dead ReLU, a
 * warning triangle on a non-finite value. Each shape is built once in a unit box and scaled.
 */
public enum Marker {
    /** The slope is below 5 % of its peak: the neuron is saturated and barely learns. */
    SATURATED(GlassboxTheme.LOCK, "text.saturated", "marker.saturated.why", padlock()),
    /** A ReLU with {@code z ≤ 0} on every sample: it outputs 0 and never learns. */
    DEAD(GlassboxTheme.DEAD, "marker.dead", "marker.dead.why", skull()),
    /** A value that is not finite (NaN or ∞): training diverged. */
    NON_FINITE(GlassboxTheme.WARNING, "marker.nonFinite", "marker.nonFinite.why", warning());

    private final String colorKey;
    // Bundle keys, not words: an enum is built once, and its words are read in the locale of each call.
    private final String labelKey;
    private final String explanationKey;
    /** The shape in the unit box, scaled for each use. */
    private final Shape unitShape;

    Marker(String colorKey, String labelKey, String explanationKey, Shape unitShape) {
        this.colorKey = colorKey;
        this.labelKey = labelKey;
        this.explanationKey = explanationKey;
        this.unitShape = unitShape;
    }

    /** A short name for legends, e.g. "saturated". */
    public String label() {
        return Messages.text(labelKey);
    }

    /** One line saying what the marker means. */
    public String explanation() {
        return Messages.text(explanationKey);
    }

    /** The {@link GlassboxTheme} key of the marker's color. */
    public String colorKey() {
        return colorKey;
    }

    /** The marker's shape filling the box at {@code (x, y)} with side {@code size}. */
    public Shape shape(double x, double y, double size) {
        AffineTransform t = new AffineTransform(size, 0, 0, size, x, y);
        return t.createTransformedShape(unitShape);
    }

    /** Paints the marker on a small plate of the background color, so it reads over lines and rims. */
    public void paint(Graphics2D g, double x, double y, double size) {
        double m = size * 0.12;
        g.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        g.fill(new RoundRectangle2D.Double(x - m, y - m, size + 2 * m, size + 2 * m, size * 0.4, size * 0.4));
        g.setColor(GlassboxTheme.color(colorKey));
        g.fill(shape(x, y, size));
    }

    /** The marker as an icon of {@code size} pixels, colored at paint time (for legends and tables). */
    public Icon icon(int size) {
        return new Icon() {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(GlassboxTheme.color(colorKey));
                g2.fill(shape(x, y, size));
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return size;
            }

            @Override
            public int getIconHeight() {
                return size;
            }
        };
    }

    private static Shape padlock() {
        Area lock = new Area(new RoundRectangle2D.Double(0.12, 0.44, 0.76, 0.54, 0.16, 0.16));
        lock.subtract(new Area(new Ellipse2D.Double(0.42, 0.56, 0.16, 0.16)));
        lock.subtract(new Area(new Rectangle2D.Double(0.46, 0.64, 0.08, 0.2)));
        Path2D shackle = new Path2D.Double();
        shackle.moveTo(0.27, 0.48);
        shackle.lineTo(0.27, 0.3);
        shackle.append(new Arc2D.Double(0.27, 0.05, 0.46, 0.5, 180, -180, Arc2D.OPEN), true);
        shackle.lineTo(0.73, 0.48);
        lock.add(new Area(new BasicStroke(0.12f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                .createStrokedShape(shackle)));
        return lock;
    }

    private static Shape skull() {
        Area skull = new Area(new Ellipse2D.Double(0.1, 0.02, 0.8, 0.68));
        skull.add(new Area(new RoundRectangle2D.Double(0.26, 0.5, 0.48, 0.46, 0.14, 0.14)));
        skull.subtract(new Area(new Ellipse2D.Double(0.22, 0.3, 0.22, 0.22)));
        skull.subtract(new Area(new Ellipse2D.Double(0.56, 0.3, 0.22, 0.22)));
        Path2D nose = new Path2D.Double();
        nose.moveTo(0.5, 0.55);
        nose.lineTo(0.57, 0.67);
        nose.lineTo(0.43, 0.67);
        nose.closePath();
        skull.subtract(new Area(nose));
        skull.subtract(new Area(new Rectangle2D.Double(0.39, 0.8, 0.06, 0.16)));
        skull.subtract(new Area(new Rectangle2D.Double(0.55, 0.8, 0.06, 0.16)));
        return skull;
    }

    private static Shape warning() {
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0.5, 0.03);
        triangle.lineTo(0.98, 0.93);
        triangle.lineTo(0.02, 0.93);
        triangle.closePath();
        Area warning = new Area(new BasicStroke(0.06f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(triangle));
        warning.add(new Area(triangle));
        warning.subtract(new Area(new RoundRectangle2D.Double(0.445, 0.3, 0.11, 0.36, 0.06, 0.06)));
        warning.subtract(new Area(new Ellipse2D.Double(0.44, 0.72, 0.12, 0.12)));
        return warning;
    }
}
