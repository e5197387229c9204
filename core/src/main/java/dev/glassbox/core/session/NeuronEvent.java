package dev.glassbox.core.session;

import dev.glassbox.core.math.NeuronId;

/**
 * A change in a neuron's health during training, for markers on the loss chart.
 *
 * @param epoch  the first epoch in the new state
 * @param neuron the neuron
 * @param kind   what happened
 */
public record NeuronEvent(int epoch, NeuronId neuron, Kind kind) {

    /** What happened. */
    public enum Kind {
        /** Saturated on every sample (slope below 5 % of the peak): it has stopped listening. */
        SATURATED,
        /** No longer saturated on every sample. */
        RECOVERED,
        /** A ReLU with {@code z ≤ 0} on every sample: no gradient reaches it. */
        DIED,
        /** A dead ReLU active again on some sample. */
        REVIVED
    }
}
