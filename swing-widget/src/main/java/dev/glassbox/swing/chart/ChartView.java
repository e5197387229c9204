package dev.glassbox.swing.chart;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiFunction;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The JFreeChart panel of the loss chart: drawn straight to the screen (no off-screen bitmap, so
 * it stays sharp on HiDPI screens, and never stretched), no hover entities (one per point would
 * cost dearly at a million epochs), tooltips from the neuron-event and divergence marks, JFreeChart's
 * "restore auto range" gestures mapped to show-all, and a focus ring.
 */
final class ChartView extends ChartPanel {
    private final BiFunction<Point2D, Rectangle2D, String> tooltips;
    private final Runnable showAll;

    /**
     * A view of {@code chart} whose tooltip at a point of the data area (both in Java2D) is
     * {@code tooltips}' text, or none for null; {@code showAll} runs for JFreeChart's auto-range gestures.
     */
    ChartView(JFreeChart chart, BiFunction<Point2D, Rectangle2D, String> tooltips, Runnable showAll) {
        super(chart, 560, 300, 0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE,
                false, false, false, false, false, false, true);
        this.tooltips = tooltips;
        this.showAll = showAll;
        getChartRenderingInfo().setEntityCollection(null);
        setDomainZoomable(true);
        setRangeZoomable(false);
        setMouseWheelEnabled(true);
        setFocusable(true);
        setInitialDelay(150);
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                repaint();
            }

            @Override
            public void focusLost(FocusEvent e) {
                repaint();
            }
        });
    }

    /** Draws the chart, and a focus ring when the keys (+, −, arrows, Home) reach it. */
    @Override
    public void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (isFocusOwner()) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                float width = GlassboxTheme.zoom();
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
                g2.setStroke(new BasicStroke(width));
                g2.draw(new Rectangle2D.Double(width / 2, width / 2, getWidth() - width, getHeight() - width));
            } finally {
                g2.dispose();
            }
        }
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Point2D p = translateScreenToJava2D(e.getPoint());
        Rectangle2D area = getChartRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(p)) {
            return null;
        }
        return tooltips.apply(p, area);
    }

    /**
     * A drag zooms the epochs only. JFreeChart's panel also zooms the loss axis to the dragged
     * rows (all of them, as the loss is not zoomable), which switches its automatic range off and
     * locks it to the old losses; the loss axis is given its automatic range back at once.
     */
    @Override
    public void zoom(Rectangle2D selection) {
        super.zoom(selection);
        getChart().getXYPlot().getRangeAxis().setAutoRange(true);
    }

    @Override
    public void restoreAutoBounds() {
        showAll.run();
    }

    @Override
    public void restoreAutoDomainBounds() {
        showAll.run();
    }

    @Override
    public void mousePressed(MouseEvent e) {
        // An application may keep clicks from taking the focus (its own keys, e.g. Space, stay live).
        if (isRequestFocusEnabled()) {
            requestFocusInWindow();
        }
        super.mousePressed(e);
    }
}
