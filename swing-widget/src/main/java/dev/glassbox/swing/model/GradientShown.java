package dev.glassbox.swing.model;

/**
 * Which gradient of a weight or bias the views show as its gradient: the viewed sample's own
 * {@code ∂L/∂w}, or the batch mean {@code ḡ} over the samples. The other stays written beside it
 * for comparison. Online, the batch mean is the mean of the samples' gradients each taken at its
 * own parameters (those after the samples before it), not the gradient any update followed.
 */
public enum GradientShown {
    /** The viewed sample's own {@code ∂L/∂w = δ_j · a_i}. */
    PER_SAMPLE,
    /** The mean of the samples' gradients, {@code ḡ = (g₁ + … + gₙ) / n}. */
    BATCH_MEAN
}
