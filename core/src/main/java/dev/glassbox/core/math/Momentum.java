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
    /** The usual μ, where a run that does not choose one starts (the optimizer race's momentum). */
    public static final double MOMENTUM = 0.9;

    /**
     * Momentum with the usual μ = {@value #MOMENTUM}.
     *
     * @return momentum with the default
     */
    public static Momentum withDefault() {
        return new Momentum(MOMENTUM);
    }

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
