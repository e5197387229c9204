package dev.glassbox.swing.chart;

import dev.glassbox.core.session.Decimation;
import dev.glassbox.core.session.LossHistory;
import org.jfree.data.Range;

/**
 * The mean loss per epoch (epoch {@code e} at index {@code e − 1}), decimated to one bucket per
 * pixel column. A bucket becomes its first and last value, with its min and max in between
 * wherever they reach beyond both ends — so a one-epoch spike survives at any zoom, while a
 * monotone stretch stays a smooth line rather than a staircase.
 */
record HistoryLine(LossHistory history) implements LossLine {

    @Override
    public void emit(double lo, double hi, int columns, PointBuffer out) {
        int size = history.size();
        int from = (int) Math.max(0, Math.min(size, Math.floor(lo) - 1));
        int to = (int) Math.max(0, Math.min(size, Math.ceil(hi)));
        if (from >= to) {
            return;
        }
        Decimation d = history.decimate(from, to, columns);
        for (int b = 0; b < d.size(); b++) {
            int start = d.start()[b];
            int end = d.end()[b];
            double first = d.first()[b];
            double last = d.last()[b];
            out.add(start + 1, first);
            if (end - start > 2) {
                emitExtremes(d.min()[b], d.max()[b], first, last, (start + 1 + end) / 2.0, out);
            }
            if (end - start > 1) {
                out.add(end, last);
            }
        }
    }

    /** The bucket's min and max where they reach beyond both ends, in the order that draws one stroke. */
    private static void emitExtremes(double min, double max, double first, double last, double x, PointBuffer out) {
        // Negated comparisons, so that a NaN end never hides an extreme.
        boolean dips = !(min >= Math.min(first, last));
        boolean peaks = !(max <= Math.max(first, last));
        boolean falling = last < first;
        if (falling ? peaks : dips) {
            out.add(x, falling ? max : min);
        }
        if (falling ? dips : peaks) {
            out.add(x, falling ? min : max);
        }
    }

    @Override
    public Range extent() {
        return history.size() == 0 ? null : new Range(1, history.size());
    }
}
