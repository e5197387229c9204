package dev.glassbox.swing.internal.explain;

import java.util.List;

/**
 * The conventions every formula the views write follows, stated once: the chain-rule panel gives
 * the {@link #PARAGRAPHS} to an application's help ({@code ChainRulePanel.conventions()}; the demo's
 * Help → Conventions), and every explained number points there with {@link #POINTER}. (The panel
 * does not write them itself: at 1366 × 768 its derivation must fit without scrolling.)
 */
public final class Conventions {
    /** The title of the conventions, where they are shown. */
    public static final String TITLE = "Conventions";

    /** The line every explained number ends with. */
    public static final String POINTER = "Conventions (the ½, the means, the sign of the update): see "
            + TITLE + " in the help";

    /** The conventions, a paragraph each. */
    public static final List<String> PARAGRAPHS = List.of(
            "MSE per output is L = ½(a − y)². The ½ is there so that its derivative, the raw error, is"
                    + " a − y without a factor 2; it changes the loss's scale, not where its minimum is.",
            "The dataset loss is the mean of the samples' losses, L = (L₁ + … + Lₙ) / n, so that it does"
                    + " not grow with the number of samples.",
            "The batch gradient is the mean of the samples' gradients, ḡ = (g₁ + … + gₙ) / n, where a"
                    + " sample's gradient of a weight is ∂L/∂w = δ_j · a_i (δ of the neuron the weight"
                    + " leads to, a of the neuron it comes from).",
            "The update is w ← w − η·ḡ: the gradient points uphill, to where the loss grows, so the"
                    + " weight moves against it; a positive ḡ lowers the weight. Online, each sample's own"
                    + " ∂L/∂w is used right after that sample.",
            "The backward pass uses the weights before the update: every δ and ∂L/∂w of an epoch is"
                    + " computed with the weights its forward pass used; the update comes after.");

    private Conventions() {
    }
}
