package dev.glassbox.swing.controls;

import javax.swing.SpinnerNumberModel;

/**
 * A learning-rate spinner model that steps multiplicatively (×1.25 up, ÷1.25 down, rounded to
 * three significant digits), because useful rates span orders of magnitude.
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
        return v < MIN || v > MAX ? null : v;
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
