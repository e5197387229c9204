package dev.glassbox.core.math;

/**
 * Gradient descent with momentum: {@code v ← μ·v + g; θ ← θ − η·v}, the velocity {@code v}
 * starting at 0.
 *
 * @param momentum μ, how much of the velocity each update keeps (the scenario asks for 0 ≤ μ &lt; 1)
 */
public record Momentum(double momentum) implements Optimizer {
    /** The file id of momentum. */
    public static final String ID = "momentum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int moments() {
        return 1;
    }

    @Override
    public boolean countsUpdates() {
        return false;
    }
}
