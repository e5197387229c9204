package dev.glassbox.swing.chart;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.event.AxisChangeEvent;
import org.jfree.chart.event.AxisChangeListener;
import org.jfree.data.Range;

/**
 * Moves the epoch axis: following training, zooming, panning and showing everything. Following
 * keeps a window of the latest epochs in view — all of them after "show all", or as many as were
 * in view when following was switched on. Any other move of the axis (a drag-zoom, a pan, the
 * wheel, a key) is the user's: it stops following and asks for the points of the new window.
 */
final class ChartNavigator implements AxisChangeListener {
    /** The narrowest automatic window, in epochs. */
    private static final int MIN_SPAN = 10;
    /** Room left on each side of the followed window, as a fraction of it. */
    private static final double PAD = 0.01;
    /** The earliest epoch the axis may show: no move (zoom, pan, wheel) reaches negative epochs. */
    private static final double FIRST = 0;

    /** What the chart must hear about. */
    interface Listener {
        /** Following was switched on or off. */
        void followChanged(boolean following);

        /** The user moved the window: the points must be recomputed. */
        void windowMoved();
    }

    private final ValueAxis axis;
    private final Listener listener;
    private boolean following = true;
    /** The followed window in epochs; infinite for all epochs. */
    private double window = Double.POSITIVE_INFINITY;
    private int latest;
    private Range known;
    private boolean moving;

    ChartNavigator(ValueAxis axis, Listener listener) {
        this.axis = axis;
        this.listener = listener;
        axis.setAutoRange(false);
        axis.addChangeListener(this);
        move(followed());
    }

    boolean isFollowing() {
        return following;
    }

    /** The latest epoch changed (training, reset, load); a followed window moves with it, silently. */
    void setLatestEpoch(int epoch) {
        latest = epoch;
        if (following) {
            move(followed());
        }
    }

    /**
     * Follows training (keeping the number of epochs now in view, or all of them if all are in
     * view), or stops.
     */
    void setFollowing(boolean on) {
        if (on == following) {
            return;
        }
        if (on) {
            Range r = axis.getRange();
            double span = r.getLength() / (1 + 2 * PAD);
            boolean all = r.getLowerBound() <= 1 && r.getUpperBound() >= latest;
            window = all || span >= latest - 1 ? Double.POSITIVE_INFINITY : Math.max(span, 1);
        }
        following = on;
        listener.followChanged(on);
        if (on) {
            userMove(followed());
        }
    }

    /** Shows every epoch and follows training. */
    void showAll() {
        window = Double.POSITIVE_INFINITY;
        if (!following) {
            following = true;
            listener.followChanged(true);
        }
        userMove(followed());
    }

    /** Zooms the window around its center by {@code factor} (below 1 zooms in), down to two epochs. */
    void zoom(double factor) {
        Range r = axis.getRange();
        double half = Math.max(1, r.getLength() * factor / 2);
        double center = r.getCentralValue();
        stopFollowing();
        userMove(new Range(center - half, center + half));
    }

    /** Pans the window by {@code fraction} of its width (positive: to later epochs). */
    void pan(double fraction) {
        Range r = axis.getRange();
        stopFollowing();
        userMove(Range.shift(r, r.getLength() * fraction, true));
    }

    private void stopFollowing() {
        if (following) {
            following = false;
            listener.followChanged(false);
        }
    }

    /** The followed window: its last epoch is the latest one (or it starts at epoch 1). */
    private Range followed() {
        double w = Double.isInfinite(window) ? Math.max(latest - 1, MIN_SPAN) : window;
        double hi = Math.max(latest, 1 + w);
        double pad = PAD * w;
        return new Range(Math.max(FIRST, hi - w - pad), hi + pad);
    }

    /**
     * {@code r} cut at {@link #FIRST}: a move past the first epoch stops there (keeping at least two
     * epochs in view), so panning into the start narrows the window instead of showing negative epochs.
     */
    private static Range noEarlierThanFirst(Range r) {
        if (r.getLowerBound() >= FIRST) {
            return r;
        }
        return new Range(FIRST, Math.max(r.getUpperBound(), FIRST + 2));
    }

    private void userMove(Range r) {
        move(noEarlierThanFirst(r));
        listener.windowMoved();
    }

    private void move(Range r) {
        moving = true;
        try {
            axis.setRange(r);
        } finally {
            moving = false;
        }
        known = axis.getRange();
    }

    @Override
    public void axisChanged(AxisChangeEvent event) {
        if (moving) {
            return;
        }
        if (axis.isAutoRange()) {
            // Something asked the axis for its automatic range ("auto range" gestures): that is show-all here.
            showAll();
            return;
        }
        Range r = axis.getRange();
        if (r.equals(known)) {
            return;
        }
        known = r;
        if (r.getLowerBound() < FIRST) {
            move(noEarlierThanFirst(r));
        }
        stopFollowing();
        listener.windowMoved();
    }
}
