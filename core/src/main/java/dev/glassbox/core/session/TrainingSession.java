package dev.glassbox.core.session;

import dev.glassbox.core.internal.text.CoreMessages;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Engine;
import dev.glassbox.core.math.GradientCheck;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.Tracer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Trains a scenario epoch by epoch. Bulk training runs allocation-free on flat arrays; the trace
 * of any epoch is rebuilt on demand by replaying from a snapshot (training is deterministic).
 * The session's state is the parameters and the optimizer's memory (momentum's velocity, Adam's
 * moments and update count) together, one training state ({@link OptimizerState}): a reset
 * clears both, and a seek, a replay or a trace restores both exactly from the same snapshots. Listeners are told after every step, run, reset, rewind, load, learning-rate change,
 * edit ({@link #setParameter}) and restore ({@link #restore}),
 * on the calling thread; the session is not thread-safe (in the GUI it lives on the event thread).
 *
 * <p>An epoch that produces a non-finite loss or parameter is not committed: the session keeps its
 * last finite state, reports a {@link Divergence}, and trains no more until {@link #reset()}. A loss
 * that jumps far above its best, a network that saturates as its loss rises, or a loss that stops
 * moving with the gradient blocked are reported as {@link #warnings()} while training goes on.
 */
public final class TrainingSession {
    /** At most this many neuron events are kept (a flickering neuron must not exhaust memory). */
    public static final int MAX_NEURON_EVENTS = 10_000;

    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final LossHistory history = new LossHistory();
    private final List<NeuronEvent> neuronEvents = new ArrayList<>();

    private Scenario scenario;
    private Engine engine;
    /** The training state: the parameters in the flat layout, then the optimizer's memory. */
    private double[] p;
    private double[] backup;
    private boolean backupIsPrevious;
    private Snapshots snapshots;
    private int epoch;
    private double learningRate;
    /** {@code rateFrom[k]}: the first epoch trained with {@code rates[k]}. */
    private int[] rateFrom = new int[8];
    private double[] rates = new double[8];
    private int rateCount;
    private Divergence divergence;
    private DivergenceWatch watch;
    private final List<Divergence> warnings = new ArrayList<>();
    /** The layer sizes, input layer included. */
    private int[] sizes;
    private boolean[] saturated;
    private boolean[] dead;
    /**
     * The engine's {@link Engine#statesVersion()} when the session last compared neuron states;
     * −1 forces a comparison (after a restart or a seek, when the session's own states were reset).
     */
    private long statesSeen = -1;
    private EpochTrace pendingTrace;
    private SampleLossHistory sampleHistory;
    /** The weights and biases set by hand, each with the epoch after which it was set. */
    private final EditLog edits = new EditLog();
    /** Set while {@link #restore} trains again: the steps it retraces are not news to listeners. */
    private boolean silent;
    /** The checkpoint a restore in parts ({@link #startRestore}) is training towards, or null. */
    private Checkpoint restoring;
    /** The position in {@link #restoring}'s edit log of the next edit to make again. */
    private int restoringEdit;
    /** The position in {@link #restoring}'s learning rates of the next rate to set again. */
    private int restoringRate;

    /**
     * A session at epoch 0 of {@code scenario}, with its learning rate.
     *
     * @param scenario the scenario to train
     */
    public TrainingSession(Scenario scenario) {
        install(scenario);
        learningRate = scenario.learningRate();
        restart();
    }

    private void install(Scenario s) {
        scenario = s;
        engine = new Engine(s.architecture(), s.updateRule(), s.samples());
        p = s.initialTrainingState();
        backup = p.clone();
        snapshots = new Snapshots(p.length);
        sizes = s.architecture().sizeArray();
        int neurons = 0;
        for (int l = 1; l < sizes.length; l++) {
            neurons += sizes[l];
        }
        saturated = new boolean[neurons];
        dead = new boolean[neurons];
        sampleHistory = new SampleLossHistory(s.samples().size());
        watch = new DivergenceWatch(engine, s.architecture());
    }

    private void restart() {
        System.arraycopy(scenario.initialTrainingState(), 0, p, 0, p.length);
        System.arraycopy(p, 0, backup, 0, p.length);
        backupIsPrevious = false;
        epoch = 0;
        history.clear();
        sampleHistory.clear();
        neuronEvents.clear();
        Arrays.fill(saturated, false);
        statesSeen = -1;
        Arrays.fill(dead, false);
        snapshots.restart(p);
        rateCount = 0;
        logRate(1, learningRate);
        edits.clear();
        divergence = null;
        warnings.clear();
        watch.restart();
        pendingTrace = null;
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Adds a listener.
     *
     * @param l the listener, told of every change on the thread that made it
     */
    public void addListener(TrainingListener l) {
        listeners.add(l);
    }

    /**
     * Removes a listener.
     *
     * @param l the listener to remove
     */
    public void removeListener(TrainingListener l) {
        listeners.remove(l);
    }

    private void fire(SessionEvent.Kind kind, int epochs) {
        if (silent) {
            return;
        }
        SessionEvent e = new SessionEvent(this, kind, epochs);
        for (TrainingListener l : listeners) {
            l.sessionChanged(e);
        }
    }

    // ---------------------------------------------------------------- training

    /**
     * Trains one epoch.
     *
     * @return whether it was trained (false once diverged)
     */
    public boolean step() {
        return run(1) == 1;
    }

    /**
     * Trains up to {@code n} epochs and returns how many were trained: fewer if an epoch diverges
     * (or the session had already diverged, or the epoch counter would overflow).
     *
     * @param n the most epochs to train
     * @return the number of epochs trained
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public int run(int n) {
        completeRestore();
        return run(n, Double.NEGATIVE_INFINITY);
    }

    /**
     * Trains up to {@code n} epochs, stopping after the first whose loss (its mean loss before its
     * update, as {@link #lossHistory()} keeps it) is below {@code epsilon}; listeners are told once,
     * as for {@link #run(int)}.
     *
     * @param n       the most epochs to train, at least 0
     * @param epsilon the loss to get below, a number (not NaN)
     * @return how many epochs were trained: fewer than {@code n} if the loss got below
     *         {@code epsilon} or an epoch diverged
     * @throws IllegalArgumentException if {@code n} is negative or {@code epsilon} is NaN
     */
    public int runUntilLossBelow(int n, double epsilon) {
        if (Double.isNaN(epsilon)) {
            throw new IllegalArgumentException("the loss to get below must be a number, got NaN");
        }
        completeRestore();
        return run(n, epsilon);
    }

    /** Trains up to {@code n} epochs, stopping after one whose loss is below {@code stopBelow}. */
    private int run(int n, double stopBelow) {
        if (n < 0) {
            throw new IllegalArgumentException("epochs must not be negative: " + n);
        }
        if (divergence != null || n == 0) {
            return 0;
        }
        n = Math.min(n, Integer.MAX_VALUE - 1 - epoch);
        int done = 0;
        while (done < n) {
            // Only the run's last epoch keeps its starting point, for lastChange(); a diverging
            // earlier one is undone by replaying (training is deterministic).
            boolean last = done == n - 1;
            if (last) {
                System.arraycopy(p, 0, backup, 0, p.length);
            }
            double loss = engine.trainEpoch(p, learningRate);
            String bad = nonFinite(loss);
            if (bad != null) {
                if (last) {
                    System.arraycopy(backup, 0, p, 0, p.length);
                } else {
                    replay(epoch, p);
                }
                backupIsPrevious = false;
                divergence = Divergence.nonFinite(epoch + 1, bad, learningRate);
                break;
            }
            epoch++;
            done++;
            history.add(loss);
            sampleHistory.add(engine.sampleLosses());
            snapshots.offer(epoch, p);
            if (engine.statesVersion() != statesSeen) {
                recordNeuronStates();
            }
            Divergence warning = watch.observe(epoch, loss, learningRate);
            if (warning != null) {
                warnings.add(warning);
            }
            if (loss < stopBelow) {
                break;
            }
        }
        if (done > 0) {
            // The backup holds the previous epoch's state only if the run's last planned epoch was trained.
            backupIsPrevious = divergence == null && done == n;
            pendingTrace = null;
            fire(SessionEvent.Kind.TRAINED, done);
        }
        if (divergence != null) {
            fire(SessionEvent.Kind.DIVERGED, 0);
        }
        return done;
    }

    /** What the epoch just trained made non-finite, or null if the loss and every parameter are finite. */
    private String nonFinite(double loss) {
        if (!Double.isFinite(loss)) {
            return CoreMessages.text("session.what.loss");
        }
        if (engine.parametersFinite()) {
            return null;
        }
        for (int k = 0; k < engine.parameterCount(); k++) {
            if (!Double.isFinite(p[k])) {
                return describe(k);
            }
        }
        return null;
    }

    private String describe(int k) {
        int[] n = sizes;
        for (int l = 0; l + 1 < n.length; l++) {
            for (int j = 0; j < n[l + 1]; j++) {
                if (k == Parameters.biasIndex(n, l, j)) {
                    return CoreMessages.text("session.what.bias", "b[" + l + "][" + j + "]");
                }
                for (int i = 0; i < n[l]; i++) {
                    if (k == Parameters.weightIndex(n, l, j, i)) {
                        return CoreMessages.text("session.what.weight", "w[" + l + "][" + j + "][" + i + "]");
                    }
                }
            }
        }
        return CoreMessages.text("session.what.parameter");
    }

    /** Compares every neuron's state with the session's; needed only when the engine's states changed. */
    private void recordNeuronStates() {
        statesSeen = engine.statesVersion();
        int[] n = sizes;
        int m = 0;
        for (int l = 1; l < n.length; l++) {
            for (int j = 0; j < n[l]; j++, m++) {
                boolean sat = engine.saturatedThroughout(l, j);
                boolean gone = engine.deadThroughout(l, j);
                if (sat != saturated[m]) {
                    saturated[m] = sat;
                    event(l, j, sat ? NeuronEvent.Kind.SATURATED : NeuronEvent.Kind.RECOVERED);
                }
                if (gone != dead[m]) {
                    dead[m] = gone;
                    event(l, j, gone ? NeuronEvent.Kind.DIED : NeuronEvent.Kind.REVIVED);
                }
            }
        }
    }

    private void event(int l, int j, NeuronEvent.Kind kind) {
        if (neuronEvents.size() < MAX_NEURON_EVENTS) {
            neuronEvents.add(new NeuronEvent(epoch, new NeuronId(l, j), kind));
        }
    }

    /** Back to the scenario's starting parameters at epoch 0; the learning rate stays as set. */
    public void reset() {
        restoring = null;
        restart();
        fire(SessionEvent.Kind.RESET, 0);
    }

    /**
     * Loads another scenario (its learning rate too) and starts at its epoch 0.
     *
     * @param next the scenario to train from now on
     */
    public void load(Scenario next) {
        restoring = null;
        install(next);
        learningRate = next.learningRate();
        restart();
        fire(SessionEvent.Kind.LOADED, 0);
    }

    /**
     * Rewinds to the state after epoch {@code e} (0 ≤ e ≤ {@link #epoch()}), forgetting later epochs;
     * listeners are told {@link SessionEvent.Kind#REWOUND}.
     *
     * @param e the epoch to return to
     * @throws IllegalArgumentException if {@code e} is not between 0 and {@link #epoch()}
     */
    public void seek(int e) {
        completeRestore();
        if (e < 0 || e > epoch) {
            throw new IllegalArgumentException("epoch " + e + " is not between 0 and " + epoch);
        }
        replay(e, p);
        epoch = e;
        history.truncate(e);
        sampleHistory.truncate(e);
        snapshots.truncate(e);
        edits.truncate(e);
        neuronEvents.removeIf(ev -> ev.epoch() > e);
        while (rateCount > 1 && rateFrom[rateCount - 1] > e + 1) {
            rateCount--;
        }
        learningRate = rates[rateCount - 1];
        recomputeNeuronStates();
        backupIsPrevious = false;
        divergence = null;
        warnings.removeIf(w -> w.epoch() > e);
        watch.rewind(history, warnings);
        pendingTrace = null;
        fire(SessionEvent.Kind.REWOUND, 0);
    }

    private void recomputeNeuronStates() {
        Arrays.fill(saturated, false);
        statesSeen = -1;
        Arrays.fill(dead, false);
        for (NeuronEvent ev : neuronEvents) {
            int m = neuronIndex(ev.neuron());
            switch (ev.kind()) {
                case SATURATED -> saturated[m] = true;
                case RECOVERED -> saturated[m] = false;
                case DIED -> dead[m] = true;
                case REVIVED -> dead[m] = false;
            }
        }
    }

    private int neuronIndex(NeuronId id) {
        int m = 0;
        for (int l = 1; l < id.layer(); l++) {
            m += sizes[l];
        }
        return m + id.index();
    }

    /**
     * Sets η for the following epochs. Rejects a non-finite or non-positive rate with an
     * {@link IllegalArgumentException} and leaves the session as it was.
     *
     * @param eta the learning rate η
     * @throws IllegalArgumentException if {@code eta} is not a finite number above 0
     */
    public void setLearningRate(double eta) {
        if (!Double.isFinite(eta) || eta <= 0) {
            throw new IllegalArgumentException("the learning rate must be a finite number above 0, got " + eta);
        }
        completeRestore();
        if (eta == learningRate) {
            return;
        }
        learningRate = eta;
        logRate(epoch + 1, eta);
        pendingTrace = null;
        fire(SessionEvent.Kind.LEARNING_RATE, 0);
    }

    private void logRate(int from, double eta) {
        if (rateCount > 0 && rateFrom[rateCount - 1] == from) {
            rates[rateCount - 1] = eta;
            // A rate set back to the one before it (an undo) leaves the log as it was.
            if (rateCount > 1 && rates[rateCount - 2] == eta) {
                rateCount--;
            }
            return;
        }
        if (rateCount == rates.length) {
            rates = Arrays.copyOf(rates, rateCount * 2);
            rateFrom = Arrays.copyOf(rateFrom, rateCount * 2);
        }
        rateFrom[rateCount] = from;
        rates[rateCount] = eta;
        rateCount++;
    }

    /**
     * {@return the learning rate epoch {@code e} was (or will be) trained with}
     *
     * @param e the epoch, from 1
     */
    public double learningRateAt(int e) {
        int k = rateCount - 1;
        while (k > 0 && rateFrom[k] > e) {
            k--;
        }
        return rates[k];
    }

    /**
     * The learning rates of epochs 1 to {@code upTo}, as a copy of the session's log: each key is
     * the first epoch trained with its rate (the first key is 1). Another run given this schedule
     * trains with the same rates, epoch for epoch.
     *
     * @param upTo the last epoch whose rate is wanted
     * @return the first epoch of each rate, mapped to that rate
     */
    public NavigableMap<Integer, Double> learningRates(int upTo) {
        NavigableMap<Integer, Double> schedule = new TreeMap<>();
        for (int k = 0; k < rateCount && (k == 0 || rateFrom[k] <= upTo); k++) {
            schedule.put(rateFrom[k], rates[k]);
        }
        return schedule;
    }

    /**
     * Replays training from the nearest snapshot up to the state after epoch {@code e}, into
     * {@code out}, with the weights and biases set by hand after each epoch it passes (snapshots
     * hold the state as training left it, before any such edit).
     */
    private void replay(int e, double[] out) {
        int at = snapshots.nearest(e, out);
        int m = edits.apply(at, edits.first(at), out);
        while (at < e) {
            at++;
            engine.trainEpoch(out, learningRateAt(at));
            m = edits.apply(at, m, out);
        }
    }

    // ---------------------------------------------------------------- setting a weight or bias by hand

    /**
     * Sets one weight (a {@link Connection}) or bias (a non-input {@link NeuronId}) of the pending
     * epoch: the trace, the dataset loss and the next step see the new value at once. The edit is
     * part of the session's history, logged with the epoch after which it was made (as the
     * learning-rate log holds the rates), so that {@link #seek}, {@link #parametersAt},
     * {@link #trace(int)} and every replay reproduce each past epoch bit for bit. The optimizer's
     * memory (momentum's velocity, Adam's moments and update count) is kept as it is: only the
     * value changes, and the next step's update follows from it. Setting the value it has already
     * does nothing.
     *
     * @param element a connection for its weight, or a neuron of layer 1 or later for its bias
     * @param value   the new value: finite, within ±{@link Scenario#MAX_EDITED_VALUE}
     * @throws IllegalArgumentException if the element is not in the network (an input neuron has no
     *                                  bias) or the value is not allowed; the message names the
     *                                  element and the limit, and the session stays as it was
     */
    public void setParameter(NetworkElement element, double value) {
        int k = indexOf(element);
        String problem = Scenario.editedValueProblem(value);
        if (problem != null) {
            throw new IllegalArgumentException(describe(k) + " " + problem);
        }
        completeRestore();
        if (Double.compare(p[k], value) == 0) {
            return;
        }
        set(k, value);
        fire(SessionEvent.Kind.EDITED, 0);
    }

    /**
     * The current value of one weight or bias.
     *
     * @param element a connection for its weight, or a neuron of layer 1 or later for its bias
     * @return its value after {@link #epoch()} epochs (and any edit since)
     * @throws IllegalArgumentException if the element is not in the network
     */
    public double parameter(NetworkElement element) {
        return p[indexOf(element)];
    }

    private void set(int k, double value) {
        edits.add(epoch, k, p[k], value);
        p[k] = value;
        pendingTrace = null;
    }

    /** The flat index of an element's weight or bias. */
    private int indexOf(NetworkElement element) {
        if (element instanceof Connection c) {
            if (c.layer() < 0 || c.layer() + 1 >= sizes.length || c.from() < 0 || c.from() >= sizes[c.layer()]
                    || c.to() < 0 || c.to() >= sizes[c.layer() + 1]) {
                throw new IllegalArgumentException("the network has no connection " + c);
            }
            return Parameters.weightIndex(sizes, c.layer(), c.to(), c.from());
        }
        NeuronId n = (NeuronId) element;
        if (n.layer() == 0) {
            throw new IllegalArgumentException("an input neuron has no bias: " + n);
        }
        if (n.layer() < 0 || n.layer() >= sizes.length || n.index() < 0 || n.index() >= sizes[n.layer()]) {
            throw new IllegalArgumentException("the network has no neuron " + n);
        }
        return Parameters.biasIndex(sizes, n.layer() - 1, n.index());
    }

    // ---------------------------------------------------------------- checkpoints (for undo)

    /**
     * The session's state as a {@link Checkpoint}: a few numbers (scenario, epoch, learning rates,
     * edits, divergence, training state), never a copy of the histories; while a restore in parts is
     * under way ({@link #startRestore}), of the state reached so far.
     *
     * @return a checkpoint that {@link #restore} brings back
     */
    public Checkpoint checkpoint() {
        return new Checkpoint(scenario, epoch, Arrays.copyOf(rateFrom, rateCount), Arrays.copyOf(rates, rateCount),
                edits.copy(), divergence, p.clone());
    }

    /**
     * Brings back the state of a checkpoint of this session: its scenario, and its epoch reached by
     * training again from epoch 0 with the same learning rates and edits at the same epochs, which
     * gives every history, snapshot, warning and neuron event bit for bit as they were (training is
     * deterministic); it costs as much training as the checkpoint's epoch. Listeners are told once,
     * {@link SessionEvent.Kind#RESTORED}. A restore in parts under way is given up.
     *
     * @param c a checkpoint taken by {@link #checkpoint()}
     */
    public void restore(Checkpoint c) {
        silent = true;
        try {
            begin(c);
            restoreMore(Integer.MAX_VALUE);
        } finally {
            silent = false;
        }
        fire(SessionEvent.Kind.RESTORED, 0);
    }

    /**
     * Starts bringing back a checkpoint as {@link #restore} does, but in parts, so that an interface
     * can train a long history again a slice at a time and show it growing: the session goes back to
     * epoch 0 of the checkpoint's scenario (listeners are told {@link SessionEvent.Kind#RESTORED}),
     * then each {@link #restoreMore} trains a part of the way (told {@link SessionEvent.Kind#TRAINED})
     * until the checkpoint's state is reached (told {@code RESTORED} once more); the result is bit for
     * bit that of {@link #restore}. Until then {@link #isRestoring()} is true, and the session's state
     * is the one reached so far. Any other change of the session meanwhile first completes the restore
     * at once (a step or run, a seek, a learning rate, an edit), or gives it up (a reset, a load,
     * another restore).
     *
     * @param c a checkpoint taken by {@link #checkpoint()}
     */
    public void startRestore(Checkpoint c) {
        silent = true;
        try {
            begin(c);
            // The edits and rates of epoch 0 (which may be all there is to restore).
            restoreMore(0);
        } finally {
            silent = false;
        }
        fire(SessionEvent.Kind.RESTORED, 0);
    }

    /**
     * Trains the restore under way ({@link #startRestore}) some epochs further, making again the
     * edits and learning-rate changes of the epochs it passes; once at the checkpoint's state the
     * restore is over and listeners are told {@link SessionEvent.Kind#RESTORED}. Does nothing when no
     * restore is under way.
     *
     * @param epochs the most epochs to train now, at least 0
     * @return how many epochs were trained
     * @throws IllegalArgumentException if {@code epochs} is negative
     */
    public int restoreMore(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must not be negative: " + epochs);
        }
        int done = 0;
        while (restoring != null) {
            Checkpoint c = restoring;
            EditLog log = c.edits();
            while (restoringEdit < log.size() && log.epoch(restoringEdit) == epoch) {
                set(log.index(restoringEdit), log.value(restoringEdit));
                restoringEdit++;
            }
            while (restoringRate < c.rateCount() && c.rateFrom(restoringRate) == epoch + 1) {
                learningRate = c.rate(restoringRate);
                logRate(epoch + 1, learningRate);
                restoringRate++;
            }
            int next = c.epoch();
            if (restoringEdit < log.size()) {
                next = Math.min(next, log.epoch(restoringEdit));
            }
            if (restoringRate < c.rateCount()) {
                next = Math.min(next, c.rateFrom(restoringRate) - 1);
            }
            if (next == epoch) {
                endRestore();
                break;
            }
            if (done == epochs) {
                break;
            }
            int n = Math.min(next - epoch, epochs - done);
            int trained = run(n, Double.NEGATIVE_INFINITY);
            done += trained;
            if (trained < n) {
                // Diverged, as the checkpoint's session did: it is reached.
                endRestore();
            }
        }
        return done;
    }

    /**
     * Whether a restore in parts is under way ({@link #startRestore}).
     *
     * @return true from {@link #startRestore} until the checkpoint's state is reached or the restore is given up
     */
    public boolean isRestoring() {
        return restoring != null;
    }

    /** Back to epoch 0 of the checkpoint's scenario, its first learning rate, ready to train towards it. */
    private void begin(Checkpoint c) {
        restoring = null;
        if (c.scenario() != scenario) {
            install(c.scenario());
        }
        learningRate = c.rate(0);
        restart();
        restoring = c;
        restoringEdit = 0;
        restoringRate = 1;
    }

    private void endRestore() {
        divergence = restoring.divergence();
        restoring = null;
        pendingTrace = null;
        fire(SessionEvent.Kind.RESTORED, 0);
    }

    /** Completes a restore in parts under way at once, as one {@link SessionEvent.Kind#RESTORED}. */
    private void completeRestore() {
        if (restoring == null) {
            return;
        }
        silent = true;
        try {
            restoreMore(Integer.MAX_VALUE);
        } finally {
            silent = false;
        }
        fire(SessionEvent.Kind.RESTORED, 0);
    }

    // ---------------------------------------------------------------- reading

    /** {@return the scenario being trained} */
    public Scenario scenario() { return scenario; }

    /** {@return the network} */
    public Architecture architecture() { return scenario.architecture(); }

    /** {@return the training samples} */
    public List<Sample> samples() { return scenario.samples(); }

    /** {@return the number of epochs trained} */
    public int epoch() { return epoch; }

    /** {@return η for the next epoch} */
    public double learningRate() { return learningRate; }

    /**
     * The current parameters.
     *
     * @return the parameters after {@link #epoch()} epochs
     */
    public Parameters parameters() {
        return parametersOf(p);
    }

    /**
     * The optimizer's memory after {@link #epoch()} epochs: momentum's velocity, Adam's moments and
     * update count (nothing for plain gradient descent).
     *
     * @return the current optimizer state
     */
    public OptimizerState optimizerState() {
        return OptimizerState.ofTrainingState(scenario.optimizer(), sizes, p);
    }

    /** The parameters of a training state. */
    private Parameters parametersOf(double[] state) {
        return Parameters.ofFlat(sizes, Arrays.copyOf(state, engine.parameterCount()));
    }

    /**
     * The parameters after an epoch, replayed from a snapshot.
     *
     * @param e the epoch, 0 ≤ e ≤ {@link #epoch()}
     * @return the parameters after it
     * @throws IllegalArgumentException for an epoch outside that range
     */
    public Parameters parametersAt(int e) {
        if (e < 0 || e > epoch) {
            throw new IllegalArgumentException("epoch " + e + " is not between 0 and " + epoch);
        }
        if (e == epoch) {
            return parameters();
        }
        return parametersOf(stateAt(e));
    }

    /** The training state after epoch {@code e} (0 ≤ e ≤ {@link #epoch()}), replayed from a snapshot. */
    private double[] stateAt(int e) {
        if (e == epoch) {
            return p.clone();
        }
        double[] out = new double[p.length];
        replay(e, out);
        return out;
    }

    /** {@return what the last epoch changed: current parameters minus those one epoch earlier (zeros at epoch 0)} */
    public Parameters lastChange() {
        if (epoch == 0) {
            return Parameters.zeros(sizes);
        }
        Parameters previous = backupIsPrevious
                ? parametersOf(backup)
                : parametersAt(epoch - 1);
        return parameters().minus(previous);
    }

    /**
     * The trace of the next epoch: the forward and backward pass under the current parameters and
     * the update a step would make (with the optimizer's memory as it is now). This is what the views show.
     *
     * @return the trace of epoch {@link #epoch()} + 1
     */
    public EpochTrace trace() {
        if (pendingTrace == null) {
            pendingTrace = traceFrom(epoch + 1, p, learningRate);
        }
        return pendingTrace;
    }

    /**
     * The trace of an epoch, replayed from a snapshot of the parameters and the optimizer's memory.
     *
     * @param e the epoch, 1 ≤ e ≤ {@link #epoch()} + 1
     * @return its trace
     * @throws IllegalArgumentException for an epoch outside that range
     */
    public EpochTrace trace(int e) {
        if (e == epoch + 1) {
            return trace();
        }
        if (e < 1 || e > epoch + 1) {
            throw new IllegalArgumentException("epoch " + e + " is not between 1 and " + (epoch + 1));
        }
        return traceFrom(e, stateAt(e - 1), learningRateAt(e));
    }

    /** The trace of epoch {@code e}, trained from the training state {@code before} (not modified). */
    private EpochTrace traceFrom(int e, double[] before, double eta) {
        return Tracer.trace(scenario.architecture(), scenario.updateRule(), scenario.samples(), e, parametersOf(before),
                OptimizerState.ofTrainingState(scenario.optimizer(), sizes, before), eta);
    }

    /** {@return the mean loss of every trained epoch (epoch {@code e} at index {@code e − 1})} Do not modify. */
    public LossHistory lossHistory() { return history; }

    /** {@return each sample's own loss per epoch, at a resolution that halves as training runs long} Do not modify. */
    public SampleLossHistory sampleLossHistory() { return sampleHistory; }

    /**
     * A gradient check at the current parameters: backpropagation against central differences of
     * the dataset loss (its penalty included), for any weight or bias.
     *
     * @return the check at the current parameters
     */
    public GradientCheck gradientCheck() {
        return new GradientCheck(scenario.architecture(), scenario.regularization(), scenario.samples(), parameters());
    }

    /**
     * The dataset loss under the current parameters.
     *
     * @return the mean loss over the training set, plus the weights' penalty
     */
    public double datasetLoss() {
        return engine.datasetLoss(p);
    }

    /** {@return the divergence that stopped training, if any} */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /**
     * The trouble found while training went on — a loss jump, a saturation, a stall — each kind at
     * most once since the last reset, load or seek before it, in epoch order.
     *
     * @return a copy of the warnings (none of them {@linkplain Divergence#stopsTraining() stops training})
     */
    public List<Divergence> warnings() {
        return List.copyOf(warnings);
    }

    /** {@return the neuron events so far, in epoch order (at most {@link #MAX_NEURON_EVENTS})} */
    public List<NeuronEvent> neuronEvents() {
        return List.copyOf(neuronEvents);
    }

    /** {@return the number of neuron events so far (cheap, for polling)} */
    public int neuronEventCount() {
        return neuronEvents.size();
    }
}
