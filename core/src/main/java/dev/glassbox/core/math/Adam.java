package dev.glassbox.core.math;

/**
 * Adam: for update {@code t = 1, 2, …},
 * {@code m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; m̂ = m/(1−β1^t); v̂ = v/(1−β2^t);
 * θ ← θ − η·m̂/(√v̂ + ε)}, both moments starting at 0.
 *
 * @param beta1   β1, the decay of the first moment (the scenario asks for 0 ≤ β1 &lt; 1)
 * @param beta2   β2, the decay of the second moment (0 ≤ β2 &lt; 1)
 * @param epsilon ε, added to √v̂ so that the step stays finite (above 0)
 */
public record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
    /** The file id of Adam. */
    public static final String ID = "adam";
    /** The default β1. */
    public static final double BETA1 = 0.9;
    /** The default β2. */
    public static final double BETA2 = 0.999;
    /** The default ε. */
    public static final double EPSILON = 1e-8;

    /**
     * Adam with the usual constants: β1 = {@value #BETA1}, β2 = {@value #BETA2}, ε = {@value #EPSILON}.
     *
     * @return Adam with the defaults
     */
    public static Adam withDefaults() {
        return new Adam(BETA1, BETA2, EPSILON);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int moments() {
        return 2;
    }

    @Override
    public boolean countsUpdates() {
        return true;
    }
}
