package dev.glassbox.core.math;

import java.util.Arrays;

/**
 * Every neuron's health over an epoch, tallied in one pass over its samples: whether each neuron
 * was {@link NeuronHealth#saturated saturated} on all of them and whether it was
 * {@link NeuronHealth#inactive inactive} (dead) on all of them. The {@link Engine} keeps one across
 * epochs for the session's neuron events; the reference {@link Backprop#epoch} keeps one for the trace.
 *
 * <p>Neurons are numbered over layers 1 … L (no inputs), layer after layer. Per epoch:
 * {@link #begin()}, {@link #observe} each neuron on each sample (a neuron that is {@link #decided}
 * may be skipped), then {@link #settle()}.
 */
final class HealthTally {
    private final boolean[] saturatedSoFar;
    private final boolean[] inactiveSoFar;
    private final boolean[] saturated;
    private final boolean[] dead;
    private long version;

    /** A tally of {@code neurons} neurons, none saturated or dead yet. */
    HealthTally(int neurons) {
        saturatedSoFar = new boolean[neurons];
        inactiveSoFar = new boolean[neurons];
        saturated = new boolean[neurons];
        dead = new boolean[neurons];
    }

    /** Starts an epoch: until a sample says otherwise, every neuron is saturated and inactive throughout. */
    void begin() {
        Arrays.fill(saturatedSoFar, true);
        Arrays.fill(inactiveSoFar, true);
    }

    /** Neuron {@code m}, of activation {@code f}, had weighted input {@code z} and slope {@code slope} on a sample. */
    void observe(int m, Activation f, double z, double slope) {
        saturatedSoFar[m] &= NeuronHealth.saturated(f, slope);
        inactiveSoFar[m] &= NeuronHealth.inactive(f, z);
    }

    /** Whether no further sample can change neuron {@code m}'s tally: it is already neither saturated nor dead. */
    boolean decided(int m) {
        return !saturatedSoFar[m] && !inactiveSoFar[m];
    }

    /** Ends the epoch: its tally becomes the neurons' state, with a new {@link #version()} if any state changed. */
    void settle() {
        if (!Arrays.equals(saturated, saturatedSoFar) || !Arrays.equals(dead, inactiveSoFar)) {
            System.arraycopy(saturatedSoFar, 0, saturated, 0, saturated.length);
            System.arraycopy(inactiveSoFar, 0, dead, 0, dead.length);
            version++;
        }
    }

    /** Whether neuron {@code m} was saturated on every sample of the last settled epoch. */
    boolean saturatedThroughout(int m) {
        return saturated[m];
    }

    /** Whether neuron {@code m} was a ReLU with {@code z ≤ 0} on every sample of the last settled epoch. */
    boolean dead(int m) {
        return dead[m];
    }

    /** A number that changes whenever {@link #settle()} changes any neuron's state. */
    long version() {
        return version;
    }
}
