package dev.glassbox.core.math;

import java.util.List;

/**
 * The shape of a network: layer sizes {@code [n0, n1, …, nL]}, one activation per non-input layer,
 * and the loss. Validation of limits and combinations is the scenario's job; this only checks
 * that the pieces fit together.
 */
public record Architecture(List<Integer> sizes, List<Activation> activations, Loss loss) {
    /**
     * A network's shape, checked to fit together.
     *
     * @param sizes       the layer sizes, inputs first (copied)
     * @param activations one activation per non-input layer (copied)
     * @param loss        the loss
     * @throws IllegalArgumentException if there are fewer than two layers or the activations do not
     *         match the non-input layers one for one
     */
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

    /** {@return the number of weight layers, {@code L}} */
    public int depth() { return sizes.size() - 1; }

    /**
     * {@return the size of layer {@code layer}}
     *
     * @param layer the layer, 0 … L (0: the inputs)
     */
    public int size(int layer) { return sizes.get(layer); }

    /**
     * {@return the activation of layer {@code layer} (1 … L)}
     *
     * @param layer the layer, 1 … L
     */
    public Activation activation(int layer) { return activations.get(layer - 1); }

    /** {@return the output layer's activation} */
    public Activation outputActivation() { return activations.get(activations.size() - 1); }

    /** {@return whether the output delta uses the exact cross-entropy × sigmoid cancellation {@code δ = a − y}} */
    public boolean cancellation() { return loss.cancelsWith(outputActivation()); }

    /**
     * {@return whether a neuron or connection exists in this network}
     *
     * @param e a neuron or a connection
     */
    public boolean contains(NetworkElement e) {
        if (e instanceof NeuronId id) {
            return id.layer() >= 0 && id.layer() < sizes.size() && id.index() >= 0 && id.index() < size(id.layer());
        }
        Connection c = (Connection) e;
        return c.layer() >= 0 && c.layer() < depth() && c.from() >= 0 && c.from() < size(c.layer())
                && c.to() >= 0 && c.to() < size(c.layer() + 1);
    }

    /** {@return the sizes as an array} */
    public int[] sizeArray() {
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }
}
