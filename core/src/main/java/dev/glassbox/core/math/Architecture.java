package dev.glassbox.core.math;

import java.util.List;

/**
 * The shape of a network: layer sizes {@code [n0, n1, …, nL]}, one activation per non-input layer,
 * and the loss. Validation of limits and combinations is the scenario's job; this only checks
 * that the pieces fit together.
 */
public record Architecture(List<Integer> sizes, List<Activation> activations, Loss loss) {
    public Architecture {
        sizes = List.copyOf(sizes);
        activations = List.copyOf(activations);
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output layer");
        }
        if (activations.size() != sizes.size() - 1) {
            throw new IllegalArgumentException("one activation per non-input layer is needed");
        }
    }

    /** The number of weight layers, {@code L}. */
    public int depth() { return sizes.size() - 1; }

    /** The size of layer {@code layer}. */
    public int size(int layer) { return sizes.get(layer); }

    /** The activation of layer {@code layer} (1 … L). */
    public Activation activation(int layer) { return activations.get(layer - 1); }

    /** The output layer's activation. */
    public Activation outputActivation() { return activations.get(activations.size() - 1); }

    /** Whether the output delta uses the exact cross-entropy × sigmoid cancellation {@code δ = a − y}. */
    public boolean cancellation() { return loss.cancelsWith(outputActivation()); }

    /** Whether a neuron or connection exists in this network. */
    public boolean contains(NetworkElement e) {
        if (e instanceof NeuronId id) {
            return id.layer() >= 0 && id.layer() < sizes.size() && id.index() >= 0 && id.index() < size(id.layer());
        }
        Connection c = (Connection) e;
        return c.layer() >= 0 && c.layer() < depth() && c.from() >= 0 && c.from() < size(c.layer())
                && c.to() >= 0 && c.to() < size(c.layer() + 1);
    }

    /** The sizes as an array. */
    public int[] sizeArray() {
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }
}
