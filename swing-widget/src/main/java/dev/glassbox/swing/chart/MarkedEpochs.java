package dev.glassbox.swing.chart;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Labelled vertical lines at epochs of the chart, in one theme color: a line at each mark's epoch
 * with its label beside it (along the bottom or the top of the plot), and the marks near a point
 * for tooltips and clicks. The divergences and the bookmarks are two sets of these.
 */
final class MarkedEpochs {
    /** How near the line (in pixels before the theme zoom) the mouse must be to point at it. */
    private static final double NEAR = 5;

    /**
     * One line.
     *
     * @param epoch   where it stands
     * @param label   the words beside it
     * @param tooltip what hovering near it says (plain text)
     */
    record Mark(int epoch, String label, String tooltip) {
    }

    private final XYPlot plot;
    private final String colorKey;
    private final boolean top;
    private List<Mark> shown = List.of();
    private final List<ValueMarker> markers = new ArrayList<>();

    /**
     * Lines on {@code plot} in the color of {@code colorKey}, labelled along the top of the plot if
     * {@code top}, else along its bottom.
     */
    MarkedEpochs(XYPlot plot, String colorKey, boolean top) {
        this.plot = plot;
        this.colorKey = colorKey;
        this.top = top;
    }

    /** Shows {@code marks} (in epoch order) instead of the ones shown. */
    void set(List<Mark> marks) {
        if (marks.equals(shown)) {
            return;
        }
        for (ValueMarker m : markers) {
            plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
        }
        markers.clear();
        shown = List.copyOf(marks);
        for (Mark mark : shown) {
            ValueMarker m = new ValueMarker(mark.epoch());
            m.setLabel(mark.label());
            m.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            markers.add(m);
            plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
        }
        restyle();
        if (plot.isNotify()) {
            // One repaint for all the removals and additions above (switching notification on fires it).
            plot.setNotify(true);
        }
    }

    /** The marks shown, in epoch order. */
    List<Mark> shown() {
        return shown;
    }

    /** Re-reads the color, the font and the zoom from the theme. */
    void restyle() {
        Color color = GlassboxTheme.color(colorKey);
        float zoom = GlassboxTheme.zoom();
        for (ValueMarker m : markers) {
            m.setPaint(color);
            m.setStroke(new BasicStroke(1.6f * zoom));
            m.setLabelPaint(color);
            m.setLabelFont(GlassboxTheme.textFont(0.85f));
            m.setLabelOffset(new RectangleInsets(4 * zoom, 3 * zoom, 4 * zoom, 3 * zoom));
        }
    }

    /** The marks whose line is near {@code p} (Java2D) in {@code dataArea}, in epoch order. */
    List<Mark> near(Point2D p, Rectangle2D dataArea) {
        double near = NEAR * GlassboxTheme.zoom();
        List<Mark> found = new ArrayList<>();
        for (Mark m : shown) {
            double x = plot.getDomainAxis().valueToJava2D(m.epoch(), dataArea, plot.getDomainAxisEdge());
            if (Math.abs(x - p.getX()) <= near) {
                found.add(m);
            }
        }
        return found;
    }

    /** The tooltips of the marks near {@code p} (Java2D) in {@code dataArea}, one a line, or null. */
    String tooltipAt(Point2D p, Rectangle2D dataArea) {
        StringBuilder text = new StringBuilder();
        for (Mark m : near(p, dataArea)) {
            text.append(text.length() == 0 ? "<html>" : "<br>").append(escaped(m.tooltip()));
        }
        return text.length() == 0 ? null : text.append("</html>").toString();
    }

    /** {@code text} safe inside HTML (a measurement clause may hold a comparison sign). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
