package dev.glassbox.core.math;

import java.util.ArrayList;
import java.util.List;

/**
 * What an optimizer remembers between updates: its moments (momentum's velocity {@code v}; Adam's
 * {@code m} and {@code v}), each shaped like the parameters, and for Adam the number {@code t} of
 * updates made so far. Immutable; all zeros before the first update.
 *
 * <p>It also owns the flat layout of a <em>training state</em>, the array the {@link Engine}
 * trains in place and the session snapshots: the parameters ({@link Parameters#toFlat}), then each
 * moment in the same layout, then {@code t} (for an optimizer that {@linkplain Optimizer#countsUpdates
 * counts updates}; a double holds every count a session reaches exactly). For plain gradient
 * descent the training state is the parameters alone.
 */
public final class OptimizerState {
    private final Optimizer optimizer;
    private final List<Parameters> moments;
    private final long t;

    private OptimizerState(Optimizer optimizer, List<Parameters> moments, long t) {
        this.optimizer = optimizer;
        this.moments = List.copyOf(moments);
        this.t = t;
    }

    /**
     * The state before the first update: every moment 0, {@code t = 0}.
     *
     * @param optimizer the optimizer
     * @param sizes     the layer sizes of the network
     * @return the initial state
     */
    public static OptimizerState initial(Optimizer optimizer, int[] sizes) {
        List<Parameters> zeros = new ArrayList<>();
        for (int k = 0; k < optimizer.moments(); k++) {
            zeros.add(Parameters.zeros(sizes));
        }
        return new OptimizerState(optimizer, zeros, 0);
    }

    /** A state of the given moments after {@code t} updates (the moments as the caller built them). */
    static OptimizerState of(Optimizer optimizer, List<Parameters> moments, long t) {
        return new OptimizerState(optimizer, moments, t);
    }

    /**
     * The length of a training state: the parameters and the optimizer's memory.
     *
     * @param optimizer  the optimizer
     * @param parameters the number of weights and biases
     * @return the length of the flat training state
     */
    public static int length(Optimizer optimizer, int parameters) {
        return parameters * (1 + optimizer.moments()) + (optimizer.countsUpdates() ? 1 : 0);
    }

    /** Where moment {@code k} starts in a training state of {@code parameters} parameters. */
    static int momentStart(int k, int parameters) {
        return parameters * (1 + k);
    }

    /** Where {@code t} is in a training state. */
    static int countIndex(Optimizer optimizer, int parameters) {
        return parameters * (1 + optimizer.moments());
    }

    /**
     * The optimizer's part of a flat training state.
     *
     * @param optimizer the optimizer the state belongs to
     * @param sizes     the layer sizes of the network
     * @param state     a training state in the layout above (not modified)
     * @return the moments and {@code t} it holds
     */
    public static OptimizerState ofTrainingState(Optimizer optimizer, int[] sizes, double[] state) {
        int n = Parameters.count(sizes);
        if (state.length != length(optimizer, n)) {
            throw new IllegalArgumentException("expected " + length(optimizer, n) + " values, got " + state.length);
        }
        List<Parameters> moments = new ArrayList<>();
        for (int k = 0; k < optimizer.moments(); k++) {
            double[] moment = new double[n];
            System.arraycopy(state, momentStart(k, n), moment, 0, n);
            moments.add(Parameters.adopt(sizes.clone(), moment));
        }
        long t = optimizer.countsUpdates() ? (long) state[countIndex(optimizer, n)] : 0;
        return new OptimizerState(optimizer, moments, t);
    }

    /**
     * A flat training state of these parameters and this optimizer state.
     *
     * @param p the parameters
     * @return the training state, in the layout above
     */
    public double[] trainingState(Parameters p) {
        int n = p.count();
        double[] state = new double[length(optimizer, n)];
        System.arraycopy(p.toFlat(), 0, state, 0, n);
        for (int k = 0; k < moments.size(); k++) {
            System.arraycopy(moments.get(k).toFlat(), 0, state, momentStart(k, n), n);
        }
        if (optimizer.countsUpdates()) {
            state[countIndex(optimizer, n)] = t;
        }
        return state;
    }

    /**
     * The optimizer this state belongs to.
     *
     * @return the optimizer
     */
    public Optimizer optimizer() {
        return optimizer;
    }

    /**
     * Moment {@code k}: momentum's velocity (0), Adam's first (0) or second (1) moment.
     *
     * @param k the moment's number, below {@link Optimizer#moments()}
     * @return the moment, shaped like the parameters
     */
    public Parameters moment(int k) {
        return moments.get(k);
    }

    /**
     * The number of updates made so far ({@code 0} for an optimizer that does not count them).
     *
     * @return {@code t}
     */
    public long t() {
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerState s && optimizer.equals(s.optimizer) && moments.equals(s.moments) && t == s.t;
    }

    @Override
    public int hashCode() {
        return (optimizer.hashCode() * 31 + moments.hashCode()) * 31 + Long.hashCode(t);
    }

    @Override
    public String toString() {
        return optimizer.id() + " t=" + t + " " + moments;
    }
}
