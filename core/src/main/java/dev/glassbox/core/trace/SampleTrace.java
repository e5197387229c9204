package dev.glassbox.core.trace;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import java.util.List;

/**
 * One sample's forward and backward pass.
 *
 * @param index    the sample's position in the training set
 * @param sample   its inputs and targets
 * @param layers   {@code layers.get(l).get(j)}: neuron {@code j} of layer {@code l} (layer 0: inputs)
 * @param loss     the sample's loss
 * @param gradient the sample's own gradient: {@code δ_j · a_i} per weight, {@code δ_j} per bias
 * @param before   the parameters the sample was computed with (in online mode, after the
 *                 updates of the samples before it)
 */
public record SampleTrace(int index, Sample sample, List<List<NeuronTrace>> layers, double loss,
                          Parameters gradient, Parameters before) {
    /**
     * One sample's pass.
     *
     * @param index    the sample's position in the training set
     * @param sample   its inputs and targets
     * @param layers   the neurons' traces, layer by layer (copied)
     * @param loss     the sample's loss
     * @param gradient the sample's own gradient
     * @param before   the parameters the sample was computed with
     */
    public SampleTrace {
        layers = layers.stream().map(List::copyOf).toList();
    }

    /**
     * {@return neuron {@code j} of layer {@code l}}
     *
     * @param l the layer (0: the inputs)
     * @param j the neuron's index in it
     */
    public NeuronTrace neuron(int l, int j) {
        return layers.get(l).get(j);
    }

    /**
     * {@return the given neuron}
     *
     * @param id the neuron
     */
    public NeuronTrace neuron(NeuronId id) {
        return neuron(id.layer(), id.index());
    }

    /**
     * {@return the output layer's neuron {@code j}}
     *
     * @param j the output neuron's index
     */
    public NeuronTrace output(int j) {
        return layers.get(layers.size() - 1).get(j);
    }

    /**
     * {@return {@code ∂L/∂w = δ_to · a_from} of this sample for a connection}
     *
     * @param c the connection
     */
    public double gradient(Connection c) {
        return gradient.weight(c);
    }
}
