package dev.glassbox.core.session;

import java.util.Arrays;

/**
 * One loss per epoch, stored compactly: primitive doubles in fixed-size chunks (no boxing, no
 * doubling copies), plus a min/max pyramid over blocks of 32, 1024, 32768 … values so that
 * {@link #decimate} costs a few hundred operations per bucket whatever the length.
 *
 * <p>{@code NaN} values are stored as they are but ignored by min and max (a bucket of only
 * {@code NaN} has {@code NaN} min and max); infinities count as the extremes they are.
 */
public final class LossHistory {
    /**
     * 32768 doubles (256 KiB) per chunk: under half of the smallest G1 region (1 MiB), so a chunk is
     * never a "humongous" object that would take a whole region — 512 KiB chunks doubled the heap
     * actually used on heaps up to 2 GiB.
     */
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FAN = 32;
    private static final int LEVELS = 5;

    private double[][] chunks = new double[0][];
    private int size;
    /** {@code min[k]}, {@code max[k]}: one entry per complete block of {@code FAN^(k+1)} values. */
    private final double[][] min = new double[LEVELS][];
    private final double[][] max = new double[LEVELS][];
    private final int[] levelSize = new int[LEVELS];

    /** An empty history. */
    public LossHistory() {
        for (int k = 0; k < LEVELS; k++) {
            min[k] = new double[16];
            max[k] = new double[16];
        }
    }

    /** Appends the loss of the next epoch. */
    public void add(double loss) {
        int c = size >>> CHUNK_BITS;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c + 1);
            chunks[c] = new double[CHUNK];
        }
        chunks[c][size & (CHUNK - 1)] = loss;
        size++;
        long block = FAN;
        for (int k = 0; k < LEVELS && size % block == 0; k++, block *= FAN) {
            closeBlock(k);
        }
    }

    /** Summarises the block of level {@code k} that has just become complete. */
    private void closeBlock(int k) {
        int b = levelSize[k];
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i < FAN; i++) {
            double vMin;
            double vMax;
            if (k == 0) {
                vMin = vMax = get(b * FAN + i);
            } else {
                vMin = min[k - 1][b * FAN + i];
                vMax = max[k - 1][b * FAN + i];
            }
            lo = lower(lo, vMin);
            hi = higher(hi, vMax);
        }
        if (b == min[k].length) {
            min[k] = Arrays.copyOf(min[k], b * 2);
            max[k] = Arrays.copyOf(max[k], b * 2);
        }
        min[k][b] = lo;
        max[k][b] = hi;
        levelSize[k] = b + 1;
    }

    private static double lower(double a, double b) {
        return Double.isNaN(a) || b < a ? b : a;
    }

    private static double higher(double a, double b) {
        return Double.isNaN(a) || b > a ? b : a;
    }

    /** The number of epochs recorded. */
    public int size() {
        return size;
    }

    /** The loss of epoch {@code i + 1}. */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }

    /** The most recent loss, or {@code NaN} when empty. */
    public double last() {
        return size == 0 ? Double.NaN : get(size - 1);
    }

    /** Forgets everything. */
    public void clear() {
        truncate(0);
    }

    /** Keeps only the first {@code newSize} values. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize);
        }
        size = newSize;
        chunks = Arrays.copyOf(chunks, (size + CHUNK - 1) >>> CHUNK_BITS);
        long block = FAN;
        for (int k = 0; k < LEVELS; k++, block *= FAN) {
            levelSize[k] = (int) (size / block);
        }
    }

    /** The bytes held by this history's arrays (for memory checks). */
    public long footprintBytes() {
        long bytes = (long) chunks.length * CHUNK * Double.BYTES;
        for (int k = 0; k < LEVELS; k++) {
            bytes += 2L * min[k].length * Double.BYTES;
        }
        return bytes;
    }

    /**
     * First, min, max and last of each of {@code buckets} equal slices of the index range
     * {@code [from, to)} (clipped to the history). With fewer values than buckets, each value is
     * a bucket of its own.
     */
    public Decimation decimate(int from, int to, int buckets) {
        from = Math.max(0, from);
        to = Math.min(size, to);
        int len = Math.max(0, to - from);
        int count = Math.min(Math.max(0, buckets), len);
        int[] start = new int[count];
        int[] end = new int[count];
        double[] first = new double[count];
        double[] lo = new double[count];
        double[] hi = new double[count];
        double[] last = new double[count];
        double[] range = new double[2];
        for (int b = 0; b < count; b++) {
            int s = from + (int) ((long) len * b / count);
            int e = from + (int) ((long) len * (b + 1) / count);
            start[b] = s;
            end[b] = e;
            first[b] = get(s);
            last[b] = get(e - 1);
            minMax(s, e, range);
            lo[b] = range[0];
            hi[b] = range[1];
        }
        return new Decimation(start, end, first, lo, hi, last);
    }

    /** Min and max over {@code [s, e)} into {@code out}, using the largest aligned blocks. */
    private void minMax(int s, int e, double[] out) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        while (s < e) {
            int k = -1;
            long block = 1;
            while (k + 1 < LEVELS && s % (block * FAN) == 0 && s + block * FAN <= e
                    && s / (block * FAN) < levelSize[k + 1]) {
                k++;
                block *= FAN;
            }
            if (k < 0) {
                double v = get(s);
                lo = lower(lo, v);
                hi = higher(hi, v);
            } else {
                int b = (int) (s / block);
                lo = lower(lo, min[k][b]);
                hi = higher(hi, max[k][b]);
            }
            s += (int) block;
        }
        out[0] = lo;
        out[1] = hi;
    }
}
