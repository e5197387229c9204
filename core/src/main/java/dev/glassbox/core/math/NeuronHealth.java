package dev.glassbox.core.math;

/**
 * How a neuron is doing, and the one definition of each state (DESIGN.md): the engine's neuron
 * events, the trace and the views all decide with {@link #saturated} and {@link #inactive}.
 *
 * <ul>
 *   <li>saturated on a sample: its slope is below {@link Activation#SATURATION_SHARE} of the
 *       activation's peak slope ({@link Activation#saturationThreshold()}); only sigmoid and tanh
 *       can saturate;</li>
 *   <li>dead: a ReLU {@link #inactive} ({@code z ≤ 0}) on every training sample, so that no
 *       gradient reaches its weights.</li>
 * </ul>
 */
public enum NeuronHealth {
    /** Neither saturated nor dead. */
    HEALTHY,
    /** Saturated on the sample looked at: almost no error passes its slope. */
    SATURATED,
    /** A dead ReLU: {@code z ≤ 0} on every training sample. */
    DEAD;

    /**
     * Whether a neuron with activation {@code f} is saturated on a sample where its slope is {@code slope}.
     *
     * @param f     the neuron's activation
     * @param slope its slope {@code f′(z)} on the sample
     * @return whether the slope is below the activation's saturation threshold
     */
    public static boolean saturated(Activation f, double slope) {
        return slope < f.saturationThreshold();
    }

    /**
     * Whether a neuron with activation {@code f} is inactive on a sample where its weighted input is
     * {@code z}: a ReLU with {@code z ≤ 0}. Inactive on every sample, it is dead.
     *
     * @param f the neuron's activation
     * @param z its weighted input on the sample
     * @return whether it is a ReLU with {@code z ≤ 0}
     */
    public static boolean inactive(Activation f, double z) {
        return f == Activation.RELU && z <= 0;
    }

    /**
     * The state a view shows: dead (a state of the whole training set) before saturated (of one sample).
     *
     * @param dead      whether the neuron is dead
     * @param saturated whether it is saturated on the sample looked at
     * @return the state
     */
    public static NeuronHealth of(boolean dead, boolean saturated) {
        if (dead) {
            return DEAD;
        }
        return saturated ? SATURATED : HEALTHY;
    }
}
