package dev.glassbox.core.math;

/**
 * A weight penalty and its strength: the loss gains {@code λ·Σ R(w)} ({@link Backprop#penalty}),
 * each weight's gradient {@code λ·R′(w)} ({@link Backprop#penaltySlope}); biases are never
 * regularised. The rule on λ is the scenario's.
 *
 * @param penalty the penalty's shape
 * @param lambda  λ, its strength (0 with {@link Penalty#NONE})
 */
public record Regularization(Penalty penalty, double lambda) {
    /** No regularisation. */
    public static final Regularization NONE = new Regularization(Penalty.NONE, 0.0);

    /**
     * Whether there is a penalty at all.
     *
     * @return false for {@link #NONE}
     */
    public boolean active() {
        return penalty != Penalty.NONE;
    }
}
