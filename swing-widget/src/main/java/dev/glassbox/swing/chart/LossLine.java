package dev.glassbox.swing.chart;

import org.jfree.data.Range;

/** One line of the loss chart: points at ascending epochs, served for the visible epoch range only. */
interface LossLine {

    /**
     * Adds, in ascending x, the points that draw this line over the epochs {@code [lo, hi]} at
     * {@code columns} pixel columns, plus the nearest point beyond each end so the line reaches
     * the plot's edges.
     */
    void emit(double lo, double hi, int columns, PointBuffer out);

    /** The epochs from the first point to the last, or null when there is none. */
    Range extent();
}
