package dev.glassbox.core.session;

import dev.glassbox.core.scenario.Scenario;
import java.util.Arrays;
import java.util.Objects;

/**
 * A session's state in a few numbers rather than its history: the scenario, the epoch, the
 * learning rates and the hand-set weights and biases with the epochs they took effect, the
 * divergence that stopped training (if any) and the training state at that epoch (parameters and
 * the optimizer's memory). {@link TrainingSession#restore(Checkpoint)} rebuilds everything else —
 * loss histories, snapshots, warnings, neuron events — by training again from epoch 0, which gives
 * the same numbers bit for bit (training is deterministic). Its size grows with the number of
 * changes made, never with the number of epochs trained.
 *
 * <p>Immutable. Two checkpoints are equal when they describe the same session state, bit for bit.
 */
public final class Checkpoint {
    private final Scenario scenario;
    private final int epoch;
    private final int[] rateFrom;
    private final double[] rates;
    private final EditLog edits;
    private final Divergence divergence;
    private final double[] state;

    Checkpoint(Scenario scenario, int epoch, int[] rateFrom, double[] rates, EditLog edits, Divergence divergence,
               double[] state) {
        this.scenario = scenario;
        this.epoch = epoch;
        this.rateFrom = rateFrom;
        this.rates = rates;
        this.edits = edits;
        this.divergence = divergence;
        this.state = state;
    }

    /**
     * The scenario the session trained.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The epoch the session was at.
     *
     * @return the number of epochs trained
     */
    public int epoch() {
        return epoch;
    }

    int rateCount() {
        return rateFrom.length;
    }

    int rateFrom(int k) {
        return rateFrom[k];
    }

    double rate(int k) {
        return rates[k];
    }

    EditLog edits() {
        return edits;
    }

    Divergence divergence() {
        return divergence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && epoch == c.epoch && scenario.equals(c.scenario)
                && Arrays.equals(rateFrom, c.rateFrom) && Arrays.equals(rates, c.rates) && edits.equals(c.edits)
                && Objects.equals(divergence, c.divergence) && Arrays.equals(state, c.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, Arrays.hashCode(rates), edits, Arrays.hashCode(state));
    }

    @Override
    public String toString() {
        return "Checkpoint[" + scenario.name() + " at epoch " + epoch + ", " + rates.length + " learning rates, "
                + edits.size() + " edits" + (divergence == null ? "" : ", diverged") + "]";
    }
}
