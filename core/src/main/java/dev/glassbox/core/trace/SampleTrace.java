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
    public SampleTrace {
        layers = layers.stream().map(List::copyOf).toList();
    }

    /** Neuron {@code j} of layer {@code l}. */
    public NeuronTrace neuron(int l, int j) {
        return layers.get(l).get(j);
    }

    /** The given neuron. */
    public NeuronTrace neuron(NeuronId id) {
        return neuron(id.layer(), id.index());
    }

    /** The output layer's neuron {@code j}. */
    public NeuronTrace output(int j) {
        return layers.get(layers.size() - 1).get(j);
    }

    /** {@code ∂L/∂w = δ_to · a_from} of this sample for a connection. */
    public double gradient(Connection c) {
        return gradient.weight(c);
    }
}
