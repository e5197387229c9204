package dev.glassbox.core.session;

import java.util.Arrays;

/**
 * One loss per epoch, stored compactly: primitive doubles in fixed-size chunks (no boxing, no
 * doubling copies), plus a min/max pyramid over blocks of 32, 1024, 32768 … points so that
 * {@link #decimate} costs a few hundred operations per bucket whatever the length.
 *
 * <p>Memory is bounded: up to {@code capacity} epochs every loss is kept exactly (8 bytes each).
 * Beyond that, neighbouring points are merged pairwise and each
 * point then stands for {@link #stride()} epochs, keeping the highest loss among them so that
 * spikes stay visible; training at full speed for hours cannot exhaust memory.
 *
 * <p>{@code NaN} values are stored as they are but ignored by min and max (a bucket of only
 * {@code NaN} has {@code NaN} min and max); infinities count as the extremes they are.
 *
 * <p>Read-only to everyone but its {@link TrainingSession}: what a session hands out cannot be
 * changed by its readers. {@link #of} makes a history of given losses, e.g. a recorded run to
 * compare against.
 */
public final class LossHistory {
    /**
     * The default number of points kept before merging: 2²² (about 4.2 million epochs, 34 MB). A
     * merge walks every point once, on the thread that trains (the event thread, in the GUI): this
     * size keeps that pause in the tens of milliseconds.
     */
    public static final int DEFAULT_CAPACITY = 1 << 22;

    /**
     * 32768 doubles (256 KiB) per chunk: under half of the smallest G1 region (1 MiB), so a chunk is
     * never a "humongous" object that would take a whole region — 512 KiB chunks doubled the heap
     * actually used on heaps up to 2 GiB.
     */
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FAN = 32;
    private static final int LEVELS = 5;

    private final int capacity;
    private double[][] chunks = new double[0][];
    /** Stored points; each covers {@code stride} epochs. */
    private int points;
    private int stride = 1;
    /** Epochs recorded, including those pending in the incomplete last point. */
    private int size;
    private int pendingCount;
    private double pendingMax = Double.NaN;
    private double last = Double.NaN;
    /** {@code min[k]}, {@code max[k]}: one entry per complete block of {@code FAN^(k+1)} points. */
    private final double[][] min = new double[LEVELS][];
    private final double[][] max = new double[LEVELS][];
    private final int[] levelSize = new int[LEVELS];

    /**
     * A history of the given losses, epoch 1 first.
     *
     * @param losses one loss per epoch
     * @return a history holding them (merged as any history beyond {@link #DEFAULT_CAPACITY})
     */
    public static LossHistory of(double... losses) {
        LossHistory h = new LossHistory();
        for (double loss : losses) {
            h.add(loss);
        }
        return h;
    }

    /** An empty history with the default capacity. */
    LossHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** An empty history keeping at most {@code capacity} points (a power of two, at least 64). */
    LossHistory(int capacity) {
        if (capacity < 64 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two of at least 64: " + capacity);
        }
        this.capacity = capacity;
        for (int k = 0; k < LEVELS; k++) {
            min[k] = new double[16];
            max[k] = new double[16];
        }
    }

    /** Appends the loss of the next epoch. */
    void add(double loss) {
        size++;
        last = loss;
        if (stride == 1) {
            store(loss);
            return;
        }
        pendingMax = pendingCount == 0 ? loss : higher(pendingMax, loss);
        if (++pendingCount == stride) {
            pendingCount = 0;
            store(pendingMax);
        }
    }

    private void store(double v) {
        if (points == capacity) {
            merge();
            // The point being stored covers half of the new stride: it waits for its other half.
            pendingMax = v;
            pendingCount = stride / 2;
            return;
        }
        int c = points >>> CHUNK_BITS;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c + 1);
            chunks[c] = new double[CHUNK];
        }
        chunks[c][points & (CHUNK - 1)] = v;
        points++;
        // Most points close no block: a mask, not a division, tells them apart.
        if ((points & (FAN - 1)) != 0) {
            return;
        }
        long block = FAN;
        for (int k = 0; k < LEVELS && points % block == 0; k++, block *= FAN) {
            closeBlock(k);
        }
    }

    /** Halves the points: each new point keeps the higher of two neighbours; the stride doubles. */
    private void merge() {
        int half = points / 2;
        // A chunk at a time, in place: point k is written after points 2k and 2k + 1 are read, and
        // no later step reads below 2k. (One merge walks millions of points on the event thread.)
        for (int k = 0; k < half; ) {
            double[] to = chunks[k >>> CHUNK_BITS];
            int t = k & (CHUNK - 1);
            double[] from = chunks[(2 * k) >>> CHUNK_BITS];
            int f = (2 * k) & (CHUNK - 1);
            int n = Math.min(half - k, Math.min(CHUNK - t, (CHUNK - f) / 2));
            for (int i = 0; i < n; i++) {
                to[t + i] = higher(from[f + 2 * i], from[f + 2 * i + 1]);
            }
            k += n;
        }
        points = half;
        stride *= 2;
        chunks = Arrays.copyOf(chunks, (points + CHUNK - 1) >>> CHUNK_BITS);
        rebuildPyramid();
    }

    private void rebuildPyramid() {
        Arrays.fill(levelSize, 0);
        long block = FAN;
        for (int k = 0; k < LEVELS; k++, block *= FAN) {
            long complete = points / block;
            for (int b = 0; b < complete; b++) {
                closeBlock(k);
            }
        }
    }

    /** Summarises the next complete block of level {@code k}. */
    private void closeBlock(int k) {
        int b = levelSize[k];
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (k == 0) {
            // A block of points never straddles two chunks (FAN divides CHUNK).
            double[] chunk = chunks[(b * FAN) >>> CHUNK_BITS];
            int from = (b * FAN) & (CHUNK - 1);
            for (int at = from; at < from + FAN; at++) {
                lo = lower(lo, chunk[at]);
                hi = higher(hi, chunk[at]);
            }
        } else {
            for (int at = b * FAN; at < (b + 1) * FAN; at++) {
                lo = lower(lo, min[k - 1][at]);
                hi = higher(hi, max[k - 1][at]);
            }
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

    private double point(int p) {
        return chunks[p >>> CHUNK_BITS][p & (CHUNK - 1)];
    }

    /** {@return the number of epochs recorded} */
    public int size() {
        return size;
    }

    /** {@return how many epochs one stored point stands for: 1 until the capacity is reached} */
    public int stride() {
        return stride;
    }

    /**
     * The loss of epoch {@code i + 1} — exact while {@link #stride()} is 1, else the highest loss of
     * the point covering it.
     *
     * @param i the epoch index, from 0 (epoch {@code i + 1})
     * @return the loss
     * @throws IndexOutOfBoundsException if no epoch {@code i + 1} is recorded
     */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int p = i / stride;
        return p < points ? point(p) : pendingMax;
    }

    /** {@return the most recent loss (always exact), or {@code NaN} when empty} */
    public double last() {
        return last;
    }

    /** Forgets everything. */
    void clear() {
        // The first chunk is kept for the next run: a reset should not cost a fresh 256 KiB array.
        chunks = chunks.length == 0 ? chunks : new double[][] {chunks[0]};
        points = 0;
        stride = 1;
        size = 0;
        pendingCount = 0;
        pendingMax = Double.NaN;
        last = Double.NaN;
        Arrays.fill(levelSize, 0);
    }

    /**
     * Keeps only the first {@code newSize} epochs. (Once points are merged, the cut point keeps
     * the merged value of its block.)
     */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize);
        }
        if (newSize == size) {
            return;
        }
        last = newSize == 0 ? Double.NaN : get(newSize - 1);
        int keep = newSize / stride;
        pendingCount = newSize % stride;
        pendingMax = pendingCount > 0 ? get(newSize - 1) : Double.NaN;
        points = Math.min(points, keep);
        size = newSize;
        chunks = Arrays.copyOf(chunks, (points + CHUNK - 1) >>> CHUNK_BITS);
        long block = FAN;
        for (int k = 0; k < LEVELS; k++, block *= FAN) {
            levelSize[k] = (int) (points / block);
        }
    }

    /** {@return the bytes held by this history's arrays (for memory checks)} */
    public long footprintBytes() {
        long bytes = (long) chunks.length * CHUNK * Double.BYTES;
        for (int k = 0; k < LEVELS; k++) {
            bytes += 2L * min[k].length * Double.BYTES;
        }
        return bytes;
    }

    /**
     * First, min, max and last of each of {@code buckets} equal slices of the epoch-index range
     * {@code [from, to)} (clipped to the history). With fewer values than buckets, each value is a
     * bucket of its own. Once points are merged, slices are made of whole points, and the epochs of
     * an incomplete last point are left out until it completes.
     *
     * @param from the first epoch index (epoch {@code from + 1})
     * @param to the epoch index after the last
     * @param buckets the number of slices
     * @return the slices' first, min, max and last losses
     */
    public Decimation decimate(int from, int to, int buckets) {
        int pFrom = Math.max(0, from) / stride;
        int pTo = Math.min(points, (int) Math.min(Integer.MAX_VALUE, ((long) Math.min(size, to) + stride - 1) / stride));
        if (stride == 1) {
            pTo = Math.min(size, to);
        }
        int len = Math.max(0, pTo - pFrom);
        int count = Math.min(Math.max(0, buckets), len);
        int[] start = new int[count];
        int[] end = new int[count];
        double[] first = new double[count];
        double[] lo = new double[count];
        double[] hi = new double[count];
        double[] lastOf = new double[count];
        double[] range = new double[2];
        for (int b = 0; b < count; b++) {
            int s = pFrom + (int) ((long) len * b / count);
            int e = pFrom + (int) ((long) len * (b + 1) / count);
            start[b] = s * stride;
            end[b] = e * stride;
            first[b] = point(s);
            lastOf[b] = point(e - 1);
            minMax(s, e, range);
            lo[b] = range[0];
            hi[b] = range[1];
        }
        return new Decimation(start, end, first, lo, hi, lastOf);
    }

    /** Min and max over the points {@code [s, e)} into {@code out}, using the largest aligned blocks. */
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
                double v = point(s);
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
