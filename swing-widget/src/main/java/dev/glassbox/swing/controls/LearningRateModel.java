package dev.glassbox.swing.controls;

import javax.swing.SpinnerNumberModel;

/**
 * A learning-rate spinner model that steps multiplicatively (×1.25 up, ÷1.25 down, rounded to
 * three significant digits), because useful rates span orders of magnitude. Steps stay within
 * {@link #MIN} … {@link #MAX}; a rate set from outside that range is shown as it is.
 */
final class LearningRateModel extends SpinnerNumberModel {
    static final double MIN = 1e-4;
    static final double MAX = 100.0;
    private static final double FACTOR = 1.25;

    LearningRateModel(double value) {
        super(Double.valueOf(clamp(value)), Double.valueOf(MIN), Double.valueOf(MAX), Double.valueOf(0.1));
    }

    @Override
    public Object getNextValue() {
        return scaled(FACTOR);
    }

    @Override
    public Object getPreviousValue() {
        return scaled(1 / FACTOR);
    }

    private Object scaled(double factor) {
        double v = ((Number) getValue()).doubleValue() * factor;
        v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
        // Outside the range (a scenario file's rate), a step back towards it is still allowed.
        return (v < MIN && factor < 1) || (v > MAX && factor > 1) ? null : v;
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
