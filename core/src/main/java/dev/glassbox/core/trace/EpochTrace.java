package dev.glassbox.core.trace;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.OptimizerStep;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.UpdateMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that happened in one epoch.
 *
 * @param epoch        the epoch's number (1 is the first epoch trained from the initial parameters)
 * @param architecture the network
 * @param updateMode   batch or online
 * @param learningRate η used in the epoch
 * @param before       the parameters at the start of the epoch
 * @param after        the parameters after its update(s)
 * @param samples      every sample, in training order
 * @param meanGradient the batch-mean gradient {@code ḡ}: the mean of the samples' gradients (in
 *                     online mode each sample's gradient is taken at its own parameters)
 * @param loss         the epoch's loss: the mean of the samples' losses ({@code dataLoss}) plus the
 *                     regularisation {@code penalty}
 * @param deadNeurons  the dead neurons ({@link NeuronHealth#DEAD}), in layer order
 * @param optimizer    how each update stepped
 * @param regularization the weight penalty ({@link Regularization#NONE} for none)
 * @param dataLoss     the mean of the samples' losses
 * @param penalty      the penalty {@code λ·Σ R(w)} of the parameters at the start of the epoch, its own
 *                     term of the loss (0 without regularisation)
 * @param steps        every update of the epoch with all its numbers ({@link OptimizerStep}): one in
 *                     batch mode, one after each sample in online mode
 */
public record EpochTrace(int epoch, Architecture architecture, UpdateMode updateMode, double learningRate,
                         Parameters before, Parameters after, List<SampleTrace> samples,
                         Parameters meanGradient, double loss, List<NeuronId> deadNeurons, Optimizer optimizer,
                         Regularization regularization, double dataLoss, double penalty,
                         List<OptimizerStep> steps) {
    /**
     * An epoch's trace, holding copies of the lists (or the tracer's own list of samples, unmodifiable).
     *
     * @param epoch        the epoch's number
     * @param architecture the network
     * @param updateMode   batch or online
     * @param learningRate η used in the epoch
     * @param before       the parameters at the start of the epoch
     * @param after        the parameters after its update(s)
     * @param samples      every sample, in training order
     * @param meanGradient the batch-mean gradient
     * @param loss         {@code dataLoss + penalty}
     * @param deadNeurons  the dead neurons, in layer order
     * @param optimizer    the optimizer
     * @param regularization the weight penalty
     * @param dataLoss     the mean of the samples' losses
     * @param penalty      the penalty at the start of the epoch
     * @param steps        every update, in order
     */
    public EpochTrace {
        // The tracer's own list is kept as it is: it writes each sample's trace out as it is read.
        samples = samples instanceof SampleTraces ? samples : List.copyOf(samples);
        deadNeurons = List.copyOf(deadNeurons);
        steps = List.copyOf(steps);
    }

    /**
     * The optimizer's memory at the start of the epoch: what the epochs before it left (all zeros
     * before the first update), and what the weights table shows beside the parameters.
     *
     * @return the state before the epoch's first update
     */
    public OptimizerState stateBefore() {
        return steps.get(0).before();
    }

    /**
     * The optimizer's memory after the epoch, which the next epoch starts from.
     *
     * @return the state after the epoch's last update
     */
    public OptimizerState stateAfter() {
        return steps.get(steps.size() - 1).after();
    }

    /**
     * The update that follows sample {@code s}: in online mode the one that sample made; in batch
     * mode the single update of the epoch, after the last sample. Its numbers per weight are what
     * the optimizer did: the gradient, the penalty term, the velocity or the moments and their
     * bias correction, the step taken.
     *
     * @param s the sample's index
     * @return the update
     */
    public OptimizerStep stepAfter(int s) {
        return updateMode == UpdateMode.BATCH ? steps.get(0) : steps.get(s);
    }

    /**
     * {@return sample {@code s}}
     *
     * @param s the sample's index
     */
    public SampleTrace sample(int s) {
        return samples.get(s);
    }

    /**
     * The parameters after sample {@code s}'s update: in online mode the update that sample
     * made; in batch mode the single update of the epoch.
     *
     * @param s the sample's index
     * @return the parameters the next sample starts from (the epoch's result after the last)
     */
    public Parameters afterSample(int s) {
        if (updateMode == UpdateMode.BATCH || s == samples.size() - 1) {
            return after;
        }
        return samples.get(s + 1).before();
    }

    /**
     * {@return the gradient used in the update of a connection's weight that sample {@code s} sees}
     *
     * @param c the connection
     */
    public double meanGradient(Connection c) {
        return meanGradient.weight(c);
    }

    /** {@return whether the output delta uses the cross-entropy × sigmoid cancellation {@code δ = a − y}} */
    public boolean cancellation() {
        return architecture.cancellation();
    }

    /**
     * {@return whether a neuron is {@link NeuronHealth#saturated saturated} on sample {@code s}}
     *
     * @param s the sample's index
     * @param id the neuron
     */
    public boolean saturated(int s, NeuronId id) {
        return id.layer() > 0 && samples.get(s).neuron(id).saturated();
    }

    /**
     * {@return whether a neuron is a dead ReLU: {@link NeuronHealth#inactive inactive} on every training sample}
     *
     * @param id the neuron
     */
    public boolean dead(NeuronId id) {
        return deadNeurons.contains(id);
    }

    /**
     * The state a view shows for a neuron on sample {@code s}: dead, saturated or healthy.
     *
     * @param s  the sample's index
     * @param id the neuron
     * @return its health, dead before saturated ({@link NeuronHealth#of})
     */
    public NeuronHealth health(int s, NeuronId id) {
        return NeuronHealth.of(dead(id), saturated(s, id));
    }

    /**
     * {@return the neurons saturated on sample {@code s}}
     *
     * @param s the sample's index
     */
    public List<NeuronId> saturatedNeurons(int s) {
        List<NeuronId> out = new ArrayList<>();
        for (NeuronId id : neurons()) {
            if (saturated(s, id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** {@return whether any loss, activation, delta or parameter of the epoch is not finite} */
    public boolean hasNonFinite() {
        if (!Double.isFinite(loss) || !before.isFinite() || !after.isFinite()) {
            return true;
        }
        for (SampleTrace s : samples) {
            for (List<NeuronTrace> layer : s.layers().subList(1, s.layers().size())) {
                for (NeuronTrace n : layer) {
                    if (!Double.isFinite(n.a()) || !Double.isFinite(n.delta())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<NeuronId> neurons() {
        List<NeuronId> ids = new ArrayList<>();
        for (int l = 1; l <= architecture.depth(); l++) {
            for (int j = 0; j < architecture.size(l); j++) {
                ids.add(new NeuronId(l, j));
            }
        }
        return ids;
    }
}
