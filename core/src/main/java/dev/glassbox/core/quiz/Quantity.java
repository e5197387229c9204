package dev.glassbox.core.quiz;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question asks for: a number the glass box shows at some moment of an epoch, which the
 * student computes before it is revealed.
 */
public enum Quantity {
    /** A neuron's weighted input {@code z = Σ w·a + b}, revealed by the forward pass. */
    Z("z", false),
    /** A neuron's activation {@code a = f(z)}, revealed by the forward pass. */
    A("a", false),
    /** A neuron's {@code δ = raw error × f′(z)}, revealed by the backward pass. */
    DELTA("delta", false),
    /** One sample's gradient of a weight, {@code ∂L/∂w = δ_j · a_i}, revealed by the backward pass. */
    GRADIENT("gradient", true),
    /** The batch-mean gradient of a weight, {@code ḡ = mean over the samples of δ_j · a_i}. */
    BATCH_GRADIENT("batch-gradient", true),
    /** A weight after its update, {@code w ← w − η·ḡ} (online: {@code w − η·∂L/∂w} of the sample). */
    UPDATED_WEIGHT("updated-weight", true);

    private final String id;
    private final boolean ofConnection;

    Quantity(String id, boolean ofConnection) {
        this.id = id;
        this.ofConnection = ofConnection;
    }

    /** {@return the name in scenario files, e.g. {@code "batch-gradient"}} */
    public String id() {
        return id;
    }

    /** {@return whether it is asked of a connection (a weight) rather than of a neuron} */
    public boolean ofConnection() {
        return ofConnection;
    }

    /**
     * The quantity a file names.
     *
     * @param id a name as {@link #id()} gives it
     * @return the quantity, or empty if no quantity has that name
     */
    public static Optional<Quantity> byId(String id) {
        return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }
}
