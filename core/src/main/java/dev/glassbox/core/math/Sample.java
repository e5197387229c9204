package dev.glassbox.core.math;

import java.util.List;

/** One training sample: inputs {@code x} and targets {@code y}. */
public record Sample(List<Double> x, List<Double> y) {
    /**
     * A sample.
     *
     * @param x the inputs (copied)
     * @param y the targets (copied)
     */
    public Sample {
        x = List.copyOf(x);
        y = List.copyOf(y);
    }

    /**
     * {@return a sample from arrays}
     *
     * @param x the inputs
     * @param y the targets
     */
    public static Sample of(double[] x, double[] y) {
        return new Sample(box(x), box(y));
    }

    private static List<Double> box(double[] v) {
        Double[] boxed = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i];
        }
        return List.of(boxed);
    }
}
