package dev.glassbox.core.math;

/**
 * Every neuron's health over an epoch, tallied in one pass over its samples: whether each neuron
 * was {@link NeuronHealth#saturated saturated} on all of them and whether it was
 * {@link NeuronHealth#inactive inactive} (dead) on all of them. The {@link Engine} keeps one across
 * epochs for the session's neuron events; the reference {@link Backprop#epoch} keeps one for the trace.
 *
 * <p>Neurons are numbered over layers 1 … L (no inputs), layer after layer. Per epoch and neuron:
 * {@link #observe} it on each sample from sample 0 on, or tally a run of samples in the caller's
 * own loop ({@link #tallied}; once a neuron is neither saturated nor inactive, later samples cannot
 * change its tally and may be skipped), then {@link #settle} it. Per neuron rather than for the
 * whole network at once, so that bulk training pays no extra pass over all neurons per epoch.
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

    /**
     * Neuron {@code m}, of activation {@code f}, had weighted input {@code z} and slope {@code slope}
     * on sample {@code s}; sample 0 starts the neuron's tally for the epoch.
     */
    void observe(int m, int s, Activation f, double z, double slope) {
        boolean saturatedBefore = s == 0 || saturatedSoFar[m];
        boolean inactiveBefore = s == 0 || inactiveSoFar[m];
        saturatedSoFar[m] = saturatedBefore && NeuronHealth.saturated(f, slope);
        inactiveSoFar[m] = inactiveBefore && NeuronHealth.inactive(f, z);
    }

    /** Whether neuron {@code m} was saturated on every sample of the epoch tallied so far. */
    boolean saturatedSoFar(int m) {
        return saturatedSoFar[m];
    }

    /** Whether neuron {@code m} was inactive on every sample of the epoch tallied so far. */
    boolean inactiveSoFar(int m) {
        return inactiveSoFar[m];
    }

    /**
     * Neuron {@code m}'s tally after a run of samples that a caller tallied itself, with
     * {@link NeuronHealth#saturated} and {@link NeuronHealth#inactive} (the engine, a block of
     * samples at a time, keeps the tally in locals in its loop).
     */
    void tallied(int m, boolean saturated, boolean inactive) {
        saturatedSoFar[m] = saturated;
        inactiveSoFar[m] = inactive;
    }

    /** Ends neuron {@code m}'s epoch: its tally becomes its state, with a new {@link #version()} if that changed. */
    void settle(int m) {
        if (saturated[m] != saturatedSoFar[m] || dead[m] != inactiveSoFar[m]) {
            saturated[m] = saturatedSoFar[m];
            dead[m] = inactiveSoFar[m];
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

    /** A number that changes whenever {@link #settle} changes any neuron's state. */
    long version() {
        return version;
    }
}
