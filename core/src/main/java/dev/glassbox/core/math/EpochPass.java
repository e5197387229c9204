package dev.glassbox.core.math;

import java.util.List;

/**
 * One epoch of training by the reference {@link Backprop#epoch}.
 *
 * @param samples      every sample's pass, in training order (in online mode each with the
 *                     parameters the updates before it left)
 * @param steps        every update, in order: one in batch mode, one per sample in online mode
 * @param after        the parameters after the epoch's update(s)
 * @param stateAfter   the optimizer's memory after them
 * @param meanGradient the batch mean of the samples' gradients (the loss gradient of a batch epoch's update)
 * @param dataLoss     the mean of the samples' losses
 * @param penalty      the regularisation penalty of the parameters at the start of the epoch
 * @param loss         the epoch's loss: {@code dataLoss + penalty}
 * @param deadNeurons  the neurons {@link NeuronHealth#inactive inactive} on every sample, in layer order
 */
public record EpochPass(List<SamplePass> samples, List<OptimizerStep> steps, Parameters after,
                        OptimizerState stateAfter, Parameters meanGradient, double dataLoss, double penalty,
                        double loss, List<NeuronId> deadNeurons) {
    /**
     * An epoch's record, holding copies of the lists.
     *
     * @param samples      every sample's pass, in training order
     * @param steps        every update, in order
     * @param after        the parameters after the epoch
     * @param stateAfter   the optimizer's memory after the epoch
     * @param meanGradient the batch mean of the samples' gradients
     * @param dataLoss     the mean of the samples' losses
     * @param penalty      the penalty at the start of the epoch
     * @param loss         {@code dataLoss + penalty}
     * @param deadNeurons  the dead neurons, in layer order
     */
    public EpochPass {
        samples = List.copyOf(samples);
        steps = List.copyOf(steps);
        deadNeurons = List.copyOf(deadNeurons);
    }
}
