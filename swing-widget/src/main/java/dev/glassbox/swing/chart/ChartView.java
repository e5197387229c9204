package dev.glassbox.swing.chart;

import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The JFreeChart panel of the loss chart: drawn straight to the screen (no off-screen bitmap, so
 * it stays sharp on HiDPI screens, and never stretched), no hover entities (one per point would
 * cost dearly at a million epochs), tooltips from the neuron-event marks, and JFreeChart's
 * "restore auto range" gestures mapped to show-all.
 */
final class ChartView extends ChartPanel {
    private final NeuronEventLayer events;
    private final Runnable showAll;

    ChartView(JFreeChart chart, NeuronEventLayer events, Runnable showAll) {
        super(chart, 560, 300, 0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE,
                false, false, false, false, false, false, true);
        this.events = events;
        this.showAll = showAll;
        getChartRenderingInfo().setEntityCollection(null);
        setDomainZoomable(true);
        setRangeZoomable(false);
        setMouseWheelEnabled(true);
        setFocusable(true);
        setInitialDelay(150);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Point2D p = translateScreenToJava2D(e.getPoint());
        if (!getChartRenderingInfo().getPlotInfo().getDataArea().contains(p)) {
            return null;
        }
        return events.tooltipAt(p);
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
        requestFocusInWindow();
        super.mousePressed(e);
    }
}
