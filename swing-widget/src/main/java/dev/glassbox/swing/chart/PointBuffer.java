package dev.glassbox.swing.chart;

import java.util.Arrays;

/** A growable list of (x, y) points on primitive arrays, reused from one recomputation to the next. */
final class PointBuffer {
    private double[] x = new double[64];
    private double[] y = new double[64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
        }
        x[size] = px;
        y[size] = py;
        size++;
    }

    int size() {
        return size;
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }
}
