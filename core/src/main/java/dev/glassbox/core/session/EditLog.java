package dev.glassbox.core.session;

import java.util.Arrays;

/**
 * The weights and biases set by hand, in the order they were set: entry {@code m} says that after
 * epoch {@code epoch(m)} the parameter at flat index {@code index(m)} went from {@code before(m)}
 * to {@code value(m)}. Edits are made at the session's current epoch only, so the epochs never
 * decrease along the log; a replay applies the edits of each epoch it reaches, as the learning-rate
 * log gives each epoch its rate.
 */
final class EditLog {
    private int[] epochs = new int[8];
    private int[] indices = new int[8];
    private double[] befores = new double[8];
    private double[] values = new double[8];
    private int count;

    /**
     * Records an edit. Setting again the parameter the last edit set, after the same epoch, amends
     * that edit; setting it back to where it was before drops it, so that an edit undone leaves the
     * log as it was.
     */
    void add(int epoch, int index, double before, double value) {
        int last = count - 1;
        if (last >= 0 && epochs[last] == epoch && indices[last] == index) {
            if (Double.compare(befores[last], value) == 0) {
                count--;
            } else {
                values[last] = value;
            }
            return;
        }
        if (count == epochs.length) {
            epochs = Arrays.copyOf(epochs, count * 2);
            indices = Arrays.copyOf(indices, count * 2);
            befores = Arrays.copyOf(befores, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        epochs[count] = epoch;
        indices[count] = index;
        befores[count] = before;
        values[count] = value;
        count++;
    }

    /** Forgets every edit. */
    void clear() {
        count = 0;
    }

    /** Forgets the edits made after a later epoch than {@code epoch}. */
    void truncate(int epoch) {
        while (count > 0 && epochs[count - 1] > epoch) {
            count--;
        }
    }

    /** The position of the first edit made at or after {@code epoch} ({@link #size()} if none). */
    int first(int epoch) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochs[mid] < epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Applies to {@code state} the edits made after {@code epoch}, starting at position {@code m};
     * returns the position after them.
     */
    int apply(int epoch, int m, double[] state) {
        while (m < count && epochs[m] == epoch) {
            state[indices[m]] = values[m];
            m++;
        }
        return m;
    }

    int size() {
        return count;
    }

    int epoch(int m) {
        return epochs[m];
    }

    int index(int m) {
        return indices[m];
    }

    double value(int m) {
        return values[m];
    }

    /** A copy holding exactly this log's edits. */
    EditLog copy() {
        EditLog c = new EditLog();
        c.epochs = Arrays.copyOf(epochs, Math.max(count, 1));
        c.indices = Arrays.copyOf(indices, Math.max(count, 1));
        c.befores = Arrays.copyOf(befores, Math.max(count, 1));
        c.values = Arrays.copyOf(values, Math.max(count, 1));
        c.count = count;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditLog other && count == other.count
                && Arrays.equals(epochs, 0, count, other.epochs, 0, count)
                && Arrays.equals(indices, 0, count, other.indices, 0, count)
                && Arrays.equals(befores, 0, count, other.befores, 0, count)
                && Arrays.equals(values, 0, count, other.values, 0, count);
    }

    @Override
    public int hashCode() {
        return 31 * count + Arrays.hashCode(Arrays.copyOf(values, count));
    }
}
