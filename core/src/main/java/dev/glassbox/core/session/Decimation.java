package dev.glassbox.core.session;

/**
 * A decimated view of a loss history: per bucket, the index range {@code [start, end)} it covers
 * and its first, min, max and last value — enough to draw a long history at one bucket per pixel
 * column without losing a spike. Arrays are owned by this value; do not modify them.
 */
public record Decimation(int[] start, int[] end, double[] first, double[] min, double[] max, double[] last) {

    /** {@return the number of buckets} */
    public int size() {
        return start.length;
    }
}
