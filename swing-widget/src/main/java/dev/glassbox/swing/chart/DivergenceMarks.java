package dev.glassbox.swing.chart;

import dev.glassbox.core.session.Divergence;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The session's divergence and warnings on the chart: a line in the warning color at each one's
 * epoch, labelled with its kind along the bottom of the plot; hovering near the line gives the
 * session's own sentence for it ({@link Divergence#message()}).
 */
final class DivergenceMarks {
    /** How near the line (in pixels before the theme zoom) the mouse must be for the tooltip. */
    private static final double HOVER = 5;

    private final XYPlot plot;
    private List<Divergence> shown = List.of();
    private final List<ValueMarker> markers = new ArrayList<>();

    DivergenceMarks(XYPlot plot) {
        this.plot = plot;
    }

    /** Shows {@code divergences} (the stopping one and the warnings, in any order) instead of the ones shown. */
    void set(List<Divergence> divergences) {
        List<Divergence> sorted = divergences.stream().sorted(Comparator.comparingInt(Divergence::epoch)).toList();
        if (sorted.equals(shown)) {
            return;
        }
        for (ValueMarker m : markers) {
            plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
        }
        markers.clear();
        shown = sorted;
        for (Divergence d : shown) {
            ValueMarker m = new ValueMarker(d.epoch());
            m.setLabel(label(d.kind()));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            markers.add(m);
            plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
        }
        restyle();
        if (plot.isNotify()) {
            // One repaint for all the removals and additions above (switching notification on fires it).
            plot.setNotify(true);
        }
    }

    /** The marked epochs' divergences, in epoch order. */
    List<Divergence> shown() {
        return shown;
    }

    /** Re-reads the warning color, the font and the zoom from the theme. */
    void restyle() {
        Color warning = GlassboxTheme.color(GlassboxTheme.WARNING);
        float zoom = GlassboxTheme.zoom();
        for (ValueMarker m : markers) {
            m.setPaint(warning);
            m.setStroke(new BasicStroke(1.6f * zoom));
            m.setLabelPaint(warning);
            m.setLabelFont(GlassboxTheme.textFont(0.85f));
            m.setLabelOffset(new RectangleInsets(4 * zoom, 3 * zoom, 4 * zoom, 3 * zoom));
        }
    }

    /** The sentences of the divergences whose line is near {@code p} (Java2D) in {@code dataArea}, or null. */
    String tooltipAt(Point2D p, Rectangle2D dataArea) {
        StringBuilder text = new StringBuilder();
        double near = HOVER * GlassboxTheme.zoom();
        for (Divergence d : shown) {
            double x = plot.getDomainAxis().valueToJava2D(d.epoch(), dataArea, plot.getDomainAxisEdge());
            if (Math.abs(x - p.getX()) <= near) {
                text.append(text.length() == 0 ? "<html>" : "<br>").append(escaped(d.message()));
            }
        }
        return text.length() == 0 ? null : text.append("</html>").toString();
    }

    /** {@code text} safe inside HTML (a measurement clause may hold a comparison sign). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The word on the chart for each kind: what the user sees happen. */
    private static String label(Divergence.Kind kind) {
        return switch (kind) {
            case NON_FINITE -> "diverged";
            case LOSS_JUMP -> "loss jump";
            case SATURATION -> "saturated";
            case STALL -> "stalled";
        };
    }
}
