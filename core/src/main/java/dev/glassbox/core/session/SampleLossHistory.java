package dev.glassbox.core.session;

import java.util.Arrays;

/**
 * Each training sample's own loss over the epochs, in bounded memory: a point holds a sample's
 * mean loss over a run of consecutive epochs, and whenever {@link #CAPACITY} points are full,
 * neighbouring points are merged in pairs (the resolution halves). Only the first
 * {@link #MAX_SAMPLES} samples are kept: more lines would not be readable on a chart anyway.
 *
 * <p>Recording is allocation-free. The point still being filled is readable too (as the last
 * point), so the lines always reach the latest epoch.
 *
 * <p>Read-only to everyone but its {@link TrainingSession}; {@link #of} makes one of given losses.
 */
public final class SampleLossHistory {
    /** At most this many samples are recorded. */
    public static final int MAX_SAMPLES = 16;
    /** At most this many points per sample (even, so that points merge in pairs). */
    public static final int CAPACITY = 1024;

    /**
     * {@code total[s][i]}: sample {@code s}'s summed loss over the epochs of point {@code i}. Sums,
     * not means, so that recording and merging never divide: the mean is taken when read.
     */
    private final double[][] total;
    /** The last epoch of each point and how many epochs it covers. */
    private final int[] end = new int[CAPACITY];
    private final int[] count = new int[CAPACITY];
    /** The running sums of the open point. */
    private final double[] sum;
    private int size;
    private int epochsPerPoint = 1;
    private int pending;
    private int epochs;

    /**
     * A history of the given per-sample losses, epoch 1 first.
     *
     * @param sampleCount the number of samples of the training set
     * @param epochs      one array per epoch: {@code epochs[e][s]} is sample {@code s}'s loss
     *                    (entries beyond {@code sampleCount} or {@link #MAX_SAMPLES} are ignored)
     * @return a history holding them
     * @throws IllegalArgumentException if an epoch has fewer losses than the samples recorded
     */
    public static SampleLossHistory of(int sampleCount, double[]... epochs) {
        SampleLossHistory h = new SampleLossHistory(sampleCount);
        for (double[] losses : epochs) {
            if (losses.length < h.sampleCount()) {
                throw new IllegalArgumentException("an epoch has " + losses.length + " losses for "
                        + h.sampleCount() + " samples");
            }
            h.add(losses);
        }
        return h;
    }

    /** An empty history for a training set of {@code sampleCount} samples. */
    SampleLossHistory(int sampleCount) {
        int tracked = Math.min(Math.max(0, sampleCount), MAX_SAMPLES);
        total = new double[tracked][CAPACITY];
        sum = new double[tracked];
    }

    /** {@return the number of samples recorded} */
    public int sampleCount() {
        return sum.length;
    }

    /** Records one epoch: {@code losses[s]} is sample {@code s}'s loss (extra entries are ignored). */
    void add(double[] losses) {
        for (int s = 0; s < sum.length; s++) {
            sum[s] += losses[s];
        }
        epochs++;
        pending++;
        if (pending == epochsPerPoint) {
            close();
        }
    }

    private void close() {
        for (int s = 0; s < sum.length; s++) {
            total[s][size] = sum[s];
            sum[s] = 0.0;
        }
        end[size] = epochs;
        count[size] = pending;
        size++;
        pending = 0;
        if (size == CAPACITY) {
            halve();
        }
    }

    /** Merges the points in pairs; later points cover twice as many epochs. */
    private void halve() {
        for (double[] t : total) {
            for (int i = 0; i < CAPACITY / 2; i++) {
                t[i] = t[2 * i] + t[2 * i + 1];
            }
        }
        for (int i = 0; i < CAPACITY / 2; i++) {
            end[i] = end[2 * i + 1];
            count[i] = count[2 * i] + count[2 * i + 1];
        }
        size = CAPACITY / 2;
        epochsPerPoint *= 2;
    }

    /** {@return the number of points, the open one included} */
    public int size() {
        return pending > 0 ? size + 1 : size;
    }

    /**
     * {@return the last epoch covered by point {@code i}; ascending in {@code i}}
     *
     * @param i the point's index, from 0
     * @throws IndexOutOfBoundsException if {@code i} is not a point's index
     */
    public int endEpoch(int i) {
        checkIndex(i);
        return i < size ? end[i] : epochs;
    }

    /**
     * {@return sample {@code s}'s mean loss over the epochs of point {@code i}}
     *
     * @param s the sample's index
     * @param i the point's index, from 0
     * @throws IndexOutOfBoundsException if {@code i} is not a point's index
     */
    public double get(int s, int i) {
        checkIndex(i);
        return i < size ? total[s][i] / count[i] : sum[s] / pending;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /** {@return the number of epochs recorded} */
    public int epochs() {
        return epochs;
    }

    /** Forgets everything (back to one epoch per point). */
    void clear() {
        size = 0;
        pending = 0;
        epochs = 0;
        epochsPerPoint = 1;
        Arrays.fill(sum, 0.0);
    }

    /**
     * Forgets the epochs after {@code epoch}. Points that reach past it are dropped whole, so the
     * kept lines may end a little before {@code epoch}.
     */
    void truncate(int epoch) {
        if (epoch < 0 || epoch > epochs) {
            throw new IndexOutOfBoundsException(epoch);
        }
        while (size > 0 && end[size - 1] > epoch) {
            size--;
        }
        pending = 0;
        Arrays.fill(sum, 0.0);
        epochs = epoch;
    }
}
