package dev.glassbox.swing.chart;

import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.XYDomainInfo;
import org.jfree.data.xy.XYRangeInfo;

/**
 * The loss chart's dataset: each series is a {@link LossLine} served only for the visible epoch
 * window, decimated to the chart's pixel columns. Points are recomputed in {@link #update} — when
 * the window, the width or the scale changed, or when the caller says the data did — and each
 * recomputation fires exactly one change event, however many epochs were added meanwhile.
 *
 * <p>On a log scale, losses of zero or below are drawn at the smallest positive loss in view, and
 * non-finite values leave a gap.
 */
final class LossChartDataset extends AbstractXYDataset implements XYDomainInfo, XYRangeInfo {

    /** What a series shows (its styling follows from it). */
    enum Role {
        /** The session's mean loss per epoch. */
        MEAN,
        /** Another run's mean loss, for comparison. */
        COMPARISON,
        /** One training sample's own loss. */
        SAMPLE,
        /** A run of the optimizer race ({@link OptimizerRace.Lane}, which has its color and dash). */
        RACE
    }

    /** A series: legend text, role and source. */
    record Series(String key, Role role, LossLine line) {
    }

    private List<Series> series = List.of();
    private PointBuffer[] points = new PointBuffer[0];
    private double lo = Double.NaN;
    private double hi = Double.NaN;
    private int columns;
    private boolean log;
    /** The smallest positive finite loss in view (NaN if none): where a log scale draws zeros. */
    private double floor = Double.NaN;

    /**
     * Replaces the series when they differ from the current ones, without an event; the next
     * {@link #update} recomputes. Returns whether they differed.
     */
    boolean setSeries(List<Series> next) {
        if (next.equals(series)) {
            return false;
        }
        series = List.copyOf(next);
        points = new PointBuffer[series.size()];
        for (int k = 0; k < points.length; k++) {
            points[k] = new PointBuffer();
        }
        lo = Double.NaN;
        return true;
    }

    /**
     * Recomputes the points for epochs {@code [lo, hi]} at {@code columns} pixel columns if the
     * window, the width or the scale changed or {@code dataChanged} is set, firing one change
     * event. Returns whether it recomputed.
     */
    boolean update(double lo, double hi, int columns, boolean log, boolean dataChanged) {
        if (!dataChanged && lo == this.lo && hi == this.hi && columns == this.columns && log == this.log) {
            return false;
        }
        this.lo = lo;
        this.hi = hi;
        this.columns = columns;
        this.log = log;
        floor = Double.NaN;
        for (int k = 0; k < points.length; k++) {
            PointBuffer p = points[k];
            p.clear();
            series.get(k).line().emit(lo, hi, columns, p);
            for (int i = 0; i < p.size(); i++) {
                double y = p.y(i);
                if (y > 0 && y < Double.POSITIVE_INFINITY && (Double.isNaN(floor) || y < floor)) {
                    floor = y;
                }
            }
        }
        fireDatasetChanged();
        return true;
    }

    /** The series' description. */
    Series series(int s) {
        return series.get(s);
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int s) {
        return series.get(s).key();
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int s) {
        return points[s].size();
    }

    @Override
    public Number getX(int s, int i) {
        return getXValue(s, i);
    }

    @Override
    public double getXValue(int s, int i) {
        return points[s].x(i);
    }

    @Override
    public Number getY(int s, int i) {
        return getYValue(s, i);
    }

    @Override
    public double getYValue(int s, int i) {
        double y = points[s].y(i);
        if (log && y <= 0) {
            return floor;
        }
        return Double.isFinite(y) ? y : Double.NaN;
    }

    @Override
    public Range getDomainBounds(List visibleSeriesKeys, boolean includeInterval) {
        Range result = null;
        for (Series s : series) {
            if (visibleSeriesKeys.contains(s.key())) {
                result = Range.combine(result, s.line().extent());
            }
        }
        return result;
    }

    @Override
    public Range getRangeBounds(List visibleSeriesKeys, Range xRange, boolean includeInterval) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < points.length; k++) {
            if (!visibleSeriesKeys.contains(series.get(k).key())) {
                continue;
            }
            for (int i = 0; i < points[k].size(); i++) {
                double y = getYValue(k, i);
                if (xRange.contains(points[k].x(i)) && Double.isFinite(y)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        return min <= max ? new Range(min, max) : null;
    }
}
