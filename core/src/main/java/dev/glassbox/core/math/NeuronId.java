package dev.glassbox.core.math;

/** Neuron {@code index} of layer {@code layer} (layer 0 holds the inputs). */
public record NeuronId(int layer, int index) implements NetworkElement {
}
