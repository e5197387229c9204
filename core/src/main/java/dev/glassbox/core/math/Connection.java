package dev.glassbox.core.math;

/**
 * The connection from neuron {@code from} of layer {@code layer} to neuron {@code to} of layer
 * {@code layer + 1}: the weight {@code weights[layer][to][from]}.
 */
public record Connection(int layer, int from, int to) implements NetworkElement {

    /** {@return the neuron the connection starts at} */
    public NeuronId source() { return new NeuronId(layer, from); }

    /** {@return the neuron the connection feeds} */
    public NeuronId target() { return new NeuronId(layer + 1, to); }
}
