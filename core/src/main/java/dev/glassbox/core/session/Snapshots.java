package dev.glassbox.core.session;

/**
 * Parameter snapshots every {@code interval} epochs, in one preallocated array: when it is full,
 * every other snapshot is dropped and the interval doubles, so memory stays bounded and replaying
 * any epoch costs at most {@code interval} epochs of training.
 */
final class Snapshots {
    private static final int CAPACITY = 1024;

    private final int width;
    private final double[] store;
    private int count;
    private int interval = 1;

    Snapshots(int width) {
        this.width = width;
        this.store = new double[CAPACITY * width];
    }

    /** Forgets everything and keeps {@code p} as the parameters after epoch 0. */
    void restart(double[] p) {
        count = 0;
        interval = 1;
        System.arraycopy(p, 0, store, 0, width);
        count = 1;
    }

    /** Offers the parameters after {@code epoch}; keeps them if the epoch is on the grid. */
    void offer(int epoch, double[] p) {
        // On the grid and the next one due: epoch = count · interval (a product, not two divisions, per epoch).
        if (epoch != (long) count * interval) {
            return;
        }
        if (count == CAPACITY) {
            for (int m = 1; m < CAPACITY / 2; m++) {
                System.arraycopy(store, 2 * m * width, store, m * width, width);
            }
            count = CAPACITY / 2;
            interval *= 2;
            if (epoch % interval != 0) {
                return;
            }
        }
        System.arraycopy(p, 0, store, count * width, width);
        count++;
    }

    /** Copies the latest snapshot at or before {@code epoch} into {@code out} and returns its epoch. */
    int nearest(int epoch, double[] out) {
        int m = Math.min(epoch / interval, count - 1);
        System.arraycopy(store, m * width, out, 0, width);
        return m * interval;
    }

    /** Drops the snapshots after {@code epoch}. */
    void truncate(int epoch) {
        count = Math.min(count, epoch / interval + 1);
    }
}
