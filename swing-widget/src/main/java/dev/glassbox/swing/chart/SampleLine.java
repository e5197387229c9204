package dev.glassbox.swing.chart;

import dev.glassbox.core.session.SampleLossHistory;
import org.jfree.data.Range;

/**
 * One sample's own loss, from the session's bounded per-sample history. It holds at most
 * {@link SampleLossHistory#CAPACITY} points, so they are served as they are, each at the last
 * epoch it covers.
 */
record SampleLine(SampleLossHistory history, int sample) implements LossLine {

    @Override
    public void emit(double lo, double hi, int columns, PointBuffer out) {
        int size = history.size();
        int from = Math.max(0, firstEndingAtOrAfter(lo) - 1);
        for (int i = from; i < size; i++) {
            out.add(history.endEpoch(i), history.get(sample, i));
            if (history.endEpoch(i) >= hi) {
                break;
            }
        }
    }

    /** The first point whose last epoch is at least {@code epoch} (binary search: ends ascend). */
    private int firstEndingAtOrAfter(double epoch) {
        int lo = 0;
        int hi = history.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (history.endEpoch(mid) < epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Range extent() {
        int size = history.size();
        return size == 0 ? null : new Range(history.endEpoch(0), history.endEpoch(size - 1));
    }
}
