package dev.glassbox.swing.chart;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.session.NeuronEvent;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Neuron events on the chart: a mark along the top of the plot at each event's epoch, with a faint
 * line down through the curve. Only events in the visible range are drawn, and events closer
 * together than a mark's width share one mark (the gravest kind shows), so at most one mark per
 * few pixels is drawn whatever the count. The marks of the last on-screen paint answer hovering.
 */
final class NeuronEventLayer extends AbstractXYAnnotation {
    /** A mark's size in pixels before the theme zoom. */
    private static final float MARK_SIZE = 13f;
    /** At most this many events are listed in one tooltip. */
    private static final int TOOLTIP_LINES = 8;

    private List<NeuronEvent> events = List.of();
    private Architecture architecture;
    private List<Slot> painted = List.of();

    /** Events that share one mark: their x position (Java2D) and the events, in epoch order. */
    private record Slot(double x, List<NeuronEvent> events) {
        NeuronEvent.Kind gravest() {
            NeuronEvent.Kind k = events.get(0).kind();
            for (NeuronEvent e : events) {
                if (rank(e.kind()) > rank(k)) {
                    k = e.kind();
                }
            }
            return k;
        }
    }

    private static int rank(NeuronEvent.Kind kind) {
        return switch (kind) {
            case RECOVERED -> 0;
            case REVIVED -> 1;
            case SATURATED -> 2;
            case DIED -> 3;
        };
    }

    /** Shows {@code events} (in epoch order) of a network {@code architecture}. */
    void setEvents(List<NeuronEvent> events, Architecture architecture) {
        this.events = events;
        this.architecture = architecture;
        fireAnnotationChanged();
    }

    /** The number of events shown. */
    int eventCount() {
        return events.size();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        double size = size();
        List<Slot> slots = slots(plot, dataArea, domainAxis, size);
        double cy = markCenterY(dataArea);
        g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        for (Slot slot : slots) {
            Color c = GlassboxTheme.color(EventMarks.colorKey(slot.gravest()));
            g2.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            g2.draw(new Line2D.Double(slot.x(), cy + size * 0.7, slot.x(), dataArea.getMaxY()));
        }
        for (Slot slot : slots) {
            EventMarks.paint(g2, slot.gravest(), slot.x(), cy, size);
        }
        if (info != null) {
            painted = slots;
        }
    }

    private List<Slot> slots(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, double size) {
        Range visible = domainAxis.getRange();
        List<Slot> slots = new ArrayList<>();
        List<NeuronEvent> open = null;
        double openX = Double.NEGATIVE_INFINITY;
        for (int i = firstAtOrAfter(visible.getLowerBound()); i < events.size(); i++) {
            NeuronEvent e = events.get(i);
            if (e.epoch() > visible.getUpperBound()) {
                break;
            }
            double x = domainAxis.valueToJava2D(e.epoch(), dataArea, plot.getDomainAxisEdge());
            if (open != null && x - openX < size * 1.4) {
                open.add(e);
                continue;
            }
            open = new ArrayList<>();
            open.add(e);
            openX = x;
            slots.add(new Slot(x, open));
        }
        return slots;
    }

    private int firstAtOrAfter(double epoch) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).epoch() < epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double size() {
        return MARK_SIZE * GlassboxTheme.zoom();
    }

    private static double markCenterY(Rectangle2D dataArea) {
        return dataArea.getY() + size() * 0.9;
    }

    /**
     * The tooltip for a point (Java2D coordinates of the last on-screen paint): the events of the
     * mark in whose column it lies, or null.
     */
    String tooltipAt(Point2D p) {
        double half = size() * 0.7;
        for (Slot slot : painted) {
            if (Math.abs(p.getX() - slot.x()) <= half) {
                return describe(slot.events());
            }
        }
        return null;
    }

    private String describe(List<NeuronEvent> slotEvents) {
        StringBuilder text = new StringBuilder("<html>");
        int shown = Math.min(TOOLTIP_LINES, slotEvents.size());
        for (int i = 0; i < shown; i++) {
            NeuronEvent e = slotEvents.get(i);
            if (i > 0) {
                text.append("<br>");
            }
            text.append("epoch ").append(e.epoch()).append(": <b>")
                    .append(Names.neuron(architecture, e.neuron())).append("</b> ").append(what(e.kind()));
        }
        if (slotEvents.size() > shown) {
            text.append("<br>… and ").append(slotEvents.size() - shown).append(" more");
        }
        return text.append("</html>").toString();
    }

    private static String what(NeuronEvent.Kind kind) {
        return switch (kind) {
            case SATURATED -> "saturated: its slope is almost 0 on every sample, so it barely learns";
            case RECOVERED -> "is no longer saturated";
            case DIED -> "died: z ≤ 0 on every sample, so no gradient reaches it";
            case REVIVED -> "is active again";
        };
    }
}
