package dev.glassbox.core.math;

/** Plain gradient descent: {@code θ ← θ − η·g}, remembering nothing ({@link Optimizer#SGD}). */
public record Sgd() implements Optimizer {
    /** The file id of plain gradient descent. */
    public static final String ID = "sgd";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int moments() {
        return 0;
    }

    @Override
    public boolean countsUpdates() {
        return false;
    }
}
