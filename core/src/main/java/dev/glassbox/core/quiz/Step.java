package dev.glassbox.core.quiz;

/**
 * A step of the chain rule, as the worked solution of a question writes it out and as a known
 * mistake goes wrong at it.
 */
public enum Step {
    /** {@code z = Σ w·a + b}. */
    WEIGHTED_SUM,
    /** {@code a = f(z)}. */
    ACTIVATION,
    /** The output's raw error {@code ∂L/∂a} ({@code a − y} for MSE). */
    RAW_ERROR,
    /** A hidden neuron's backprop sum {@code Σ w·δ}, with the weights before the update. */
    BACKPROP_SUM,
    /** The slope {@code f′(z)}. */
    SLOPE,
    /** {@code δ = raw error × slope}. */
    DELTA,
    /** {@code ∂L/∂w = δ_j · a_i}, with {@code a_i} of the neuron the weight comes from. */
    GRADIENT,
    /** {@code ḡ}: the mean of the samples' gradients. */
    BATCH_MEAN,
    /** {@code w ← w − η·ḡ}. */
    UPDATE
}
