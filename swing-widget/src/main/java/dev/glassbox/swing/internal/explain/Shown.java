package dev.glassbox.swing.internal.explain;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.swing.model.InspectionModel;
import java.util.EnumSet;
import java.util.Set;

/**
 * A number a view writes, and which concealed quiz quantities it would give away: the one home of
 * that rule for the network's tags and tooltips, the tables' cells and the loss rows. A number gives
 * a quantity away when it is the quantity or a direct rewriting of it: the slope {@code a(1 − a)}
 * and the raw error {@code a − y} carry {@code a}, {@code ∂L/∂b} is {@code δ}, the update's result
 * carries {@code ḡ}.
 */
public enum Shown {
    /** A neuron's weighted input {@code z}. */
    Z(EnumSet.of(Quantity.Z)),
    /** A neuron's activation {@code a} (an output's is also in the loss table). */
    A(EnumSet.of(Quantity.A)),
    /** A neuron's slope {@code f′(z)}, written in {@code a}. */
    SLOPE(EnumSet.of(Quantity.A)),
    /** An output's raw error {@code ∂L/∂a}, written in {@code a}; a hidden neuron's backprop sum. */
    RAW_ERROR(EnumSet.of(Quantity.A)),
    /** A neuron's {@code δ}. */
    DELTA(EnumSet.of(Quantity.DELTA)),
    /** A bias's gradient on a sample, {@code ∂L/∂b = δ}. */
    BIAS_GRADIENT(EnumSet.of(Quantity.DELTA)),
    /**
     * A weight's gradient on a sample, {@code δ_j · a_i}: it gives {@code δ_j} away too (it is
     * {@code δ_j} itself where the input {@code a_i} is 1).
     */
    GRADIENT(EnumSet.of(Quantity.GRADIENT)),
    /** A weight's batch-mean gradient {@code ḡ}. */
    BATCH_GRADIENT(EnumSet.of(Quantity.BATCH_GRADIENT)),
    /** A weight after its update, which with the weight before gives {@code ḡ} away too. */
    UPDATED_WEIGHT(EnumSet.of(Quantity.UPDATED_WEIGHT, Quantity.BATCH_GRADIENT, Quantity.GRADIENT));

    private final Set<Quantity> givesAway;

    Shown(Set<Quantity> givesAway) {
        this.givesAway = givesAway;
    }

    /**
     * Whether a view must write {@code Concealed.MARK} instead of this number.
     *
     * @param inspection the model's inspection state, which knows what is concealed; null for none
     * @param e          the element the number is of
     * @param sample     the sample it is of
     * @return true while the number would give a concealed value away
     */
    public boolean hidden(InspectionModel inspection, NetworkElement e, int sample) {
        if (inspection == null) {
            return false;
        }
        for (Quantity q : givesAway) {
            if (inspection.conceals(e, q, sample)) {
                return true;
            }
        }
        return this == GRADIENT && e instanceof Connection c && inspection.conceals(c.target(), Quantity.DELTA, sample);
    }
}
