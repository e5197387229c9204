package dev.glassbox.swing.internal.boundary;

import dev.glassbox.core.math.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the input space a map shows: the input plotted across ({@code first}), the one plotted
 * up ({@code second}, or −1 for a one-input network's curve), each over the range of the samples
 * plus a margin, and the values every other input is held at. Immutable.
 *
 * @param first  the input along the horizontal axis
 * @param second the input along the vertical axis, or −1 when only one input is plotted
 * @param fixed  a value for every input; those of {@code first} and {@code second} are replaced
 * @param xMin   the left end of the horizontal axis
 * @param xMax   the right end
 * @param yMin   the bottom of the vertical axis (0 when there is none)
 * @param yMax   the top (0 when there is none)
 */
public record Plane(int first, int second, List<Double> fixed, double xMin, double xMax, double yMin, double yMax) {
    /** The margin around the samples' range, as a share of it on each side. */
    public static final double MARGIN = 0.1;
    /** The half-width of an axis whose samples all have the same value. */
    public static final double FLAT_HALF_WIDTH = 1.0;

    /**
     * Copies the fixed values.
     *
     * @param first  the input along the horizontal axis
     * @param second the input along the vertical axis, or −1
     * @param fixed  a value for every input
     * @param xMin   the left end
     * @param xMax   the right end
     * @param yMin   the bottom
     * @param yMax   the top
     */
    public Plane {
        fixed = List.copyOf(fixed);
    }

    /**
     * The plane over the samples' range of two inputs (or one, {@code second} = −1), the others held
     * at {@code fixed}.
     *
     * @param samples the training set, at least one sample
     * @param first   the input across
     * @param second  the input up, or −1
     * @param fixed   a value for every input
     * @return the plane
     */
    public static Plane over(List<Sample> samples, int first, int second, List<Double> fixed) {
        double[] x = range(samples, first);
        double[] y = second < 0 ? new double[2] : range(samples, second);
        return new Plane(first, second, fixed, x[0], x[1], y[0], y[1]);
    }

    /**
     * Each input's mean over the samples: where an input that is not plotted is held at first.
     *
     * @param samples the training set, at least one sample
     * @return one mean per input
     */
    public static List<Double> means(List<Sample> samples) {
        int inputs = samples.get(0).x().size();
        List<Double> means = new ArrayList<>(inputs);
        for (int i = 0; i < inputs; i++) {
            double sum = 0;
            for (Sample s : samples) {
                sum += s.x().get(i);
            }
            means.add(sum / samples.size());
        }
        return means;
    }

    /** The samples' range of input {@code i}, widened by {@link #MARGIN} (by {@link #FLAT_HALF_WIDTH} if it is one value). */
    private static double[] range(List<Sample> samples, int i) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            lo = Math.min(lo, s.x().get(i));
            hi = Math.max(hi, s.x().get(i));
        }
        double margin = hi > lo ? (hi - lo) * MARGIN : FLAT_HALF_WIDTH;
        return new double[] {lo - margin, hi + margin};
    }

    /**
     * Whether two inputs are plotted (a map) rather than one (a curve).
     *
     * @return whether there is a vertical input
     */
    public boolean twoInputs() {
        return second >= 0;
    }

    /**
     * The horizontal input at the centre of column {@code col} of {@code columns}.
     *
     * @param col     the column, 0 at the left
     * @param columns the columns across
     * @return the input's value
     */
    public double x(int col, int columns) {
        return xMin + (col + 0.5) * (xMax - xMin) / columns;
    }

    /**
     * The vertical input at the centre of row {@code row} of {@code rows}.
     *
     * @param row  the row, 0 at the top
     * @param rows the rows up
     * @return the input's value
     */
    public double y(int row, int rows) {
        return yMax - (row + 0.5) * (yMax - yMin) / rows;
    }

    /**
     * Every input of the point ({@code x}, {@code y}): the fixed values with the plotted ones replaced.
     *
     * @param x the horizontal input
     * @param y the vertical input (ignored without one)
     * @return the inputs, one per input neuron
     */
    public double[] inputs(double x, double y) {
        double[] in = new double[fixed.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = fixed.get(i);
        }
        in[first] = x;
        if (twoInputs()) {
            in[second] = y;
        }
        return in;
    }
}
