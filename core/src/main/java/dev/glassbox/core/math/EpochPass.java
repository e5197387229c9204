package dev.glassbox.core.math;

import java.util.List;

/**
 * One epoch of training by the reference {@link Backprop#epoch}.
 *
 * @param samples      every sample's pass, in training order (in online mode each with the
 *                     parameters the updates before it left)
 * @param after        the parameters after the epoch's update(s)
 * @param meanGradient the batch mean of the samples' gradients (the update of a batch epoch)
 * @param loss         the epoch's loss: the mean of the samples' losses
 * @param deadNeurons  the neurons {@link NeuronHealth#inactive inactive} on every sample, in layer order
 */
public record EpochPass(List<SamplePass> samples, Parameters after, Parameters meanGradient, double loss,
                        List<NeuronId> deadNeurons) {
    /**
     * An epoch's record, holding copies of the lists.
     *
     * @param samples      every sample's pass, in training order
     * @param after        the parameters after the epoch
     * @param meanGradient the batch mean of the samples' gradients
     * @param loss         the mean of the samples' losses
     * @param deadNeurons  the dead neurons, in layer order
     */
    public EpochPass {
        samples = List.copyOf(samples);
        deadNeurons = List.copyOf(deadNeurons);
    }
}
