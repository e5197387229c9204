package dev.glassbox.swing.model;

import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.quiz.Quantity;
import java.util.Objects;

/**
 * A value the views hide while a student computes it: a quantity of one element on one sample
 * of the pending epoch.
 *
 * @param element  the neuron or connection
 * @param quantity which of its values
 * @param sample   the sample, from 0
 */
public record Concealed(NetworkElement element, Quantity quantity, int sample) {
    /** What a view writes in place of a concealed value. */
    public static final String MARK = "?";

    /**
     * A concealed value.
     *
     * @param element  the neuron or connection
     * @param quantity which of its values
     * @param sample   the sample, from 0
     */
    public Concealed {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(quantity, "quantity");
    }
}
