package dev.glassbox.swing.model;

import dev.glassbox.swing.internal.event.Listeners;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.GradientCheck;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.core.session.Divergence;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.NeuronEvent;
import dev.glassbox.core.session.SampleLossHistory;
import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingListener;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.threading.EventThread;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import javax.swing.SwingUtilities;
import javax.swing.event.UndoableEditEvent;
import javax.swing.event.UndoableEditListener;
import javax.swing.undo.UndoableEdit;

/**
 * The state every Glassbox view observes, as a thin facade over its parts: the
 * {@link TrainingSession}, the {@link InspectionModel} (viewed sample, hovered and selected
 * element), and playback, which animates each epoch phase by phase ({@link EpochAnimation}) or
 * trains in bulk, driven by one {@link FrameClock}. Confined to the event thread.
 *
 * <p>The clock runs only while something moves. Below {@link #BULK_SPEED} each epoch is animated
 * phase by phase (forward → backward → update) and committed to the session when its update phase
 * ends; from {@code BULK_SPEED} on, each frame trains a time-sliced batch of epochs (a few
 * milliseconds), so the interface stays responsive at any speed.
 *
 * <h2>Events</h2>
 * Each kind of change has its own listener, so that a view hears only what it shows:
 * {@link GlassboxModelListener} for what is trained (epochs, resets, loads, learning rate,
 * divergence; {@link GlassboxModelListener#everyEpochs} for "every n epochs"),
 * {@link AnimationListener} for the ~66 Hz animation, {@link PlaybackListener} for play, pause and
 * speed, and {@link InspectionListener} on {@link #inspection()} for the viewed sample, hover and
 * selection. A listener that throws does not stop playback or the other listeners: its exception
 * goes to the event thread's uncaught-exception handler and training goes on.
 *
 * <h2>Lifecycle and threading</h2>
 * <ul>
 * <li>Every method that changes the model must be called on the Swing event thread; called from
 *     another thread it throws an {@link IllegalStateException} saying so. Build and change models
 *     and views inside {@code SwingUtilities.invokeLater}.</li>
 * <li>The Glassbox views ({@code dev.glassbox.swing.*}) listen to the model exactly while they are
 *     displayable. When the last of them stops being displayable (its window disposed, the panel
 *     removed), the model pauses and stops its timer; it resumes nothing by itself. A model that
 *     never had a view plays until paused.</li>
 * <li>{@link #close()} stops the model for good: its timer is stopped (and it no longer plays or
 *     animates), it stops observing the session and forgets its listeners, so that nothing of it is
 *     referenced by a Swing timer or a global listener. A program that disposes its last window
 *     then exits on its own. Closing twice does nothing.</li>
 * </ul>
 */
public final class GlassboxModel implements AutoCloseable {
    /** The highest speed: train as fast as the time budget per frame allows. */
    public static final int MAX_SPEED = 100;
    /** Speeds from here on train in bulk instead of animating each epoch. */
    public static final int BULK_SPEED = 50;

    private final TrainingSession session;
    private final InspectionModel inspection;
    private final Playback playback;
    private final Listeners<GlassboxModelListener> listeners = new Listeners<>();
    private final Listeners<AnimationListener> animationListeners = new Listeners<>();
    private final Listeners<PlaybackListener> playbackListeners = new Listeners<>();
    private final TrainingListener sessionListener = this::sessionChanged;
    /** The views of this model that are displayable now (see {@link ModelBinding}). */
    private final Set<Component> displayableViews = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;
    private final Listeners<UndoableEditListener> undoListeners = new Listeners<>();
    /** The training edit posted last, while it is the last edit posted: a run of play extends it. */
    private SessionEdits.TrainEdit lastRun;
    /** Set while an edit is undone or redone: what it does is not posted again. */
    private boolean undoing;

    /**
     * A model around a new session of {@code scenario}, on the Swing timer's clock.
     *
     * @param scenario the scenario to train
     */
    public GlassboxModel(Scenario scenario) {
        this(new TrainingSession(scenario));
    }

    /**
     * A model around an existing session (which it observes until {@link #close()}), on the
     * Swing timer's clock.
     *
     * @param session the session to train and show
     */
    public GlassboxModel(TrainingSession session) {
        this(session, FrameClock.swingTimer());
    }

    /**
     * A model around an existing session (which it observes until {@link #close()}), animated
     * and played on {@code clock}: tests pass a clock they advance by hand.
     *
     * @param session the session to train and show
     * @param clock   the time base of animation and playback, stopped; used by this model only
     */
    public GlassboxModel(TrainingSession session, FrameClock clock) {
        this.session = session;
        this.inspection = new InspectionModel(session);
        this.playback = new Playback(session, clock, new Playback.Listener() {
            @Override
            public void animationChanged() {
                AnimationEvent e = new AnimationEvent(GlassboxModel.this, phase(), phaseProgress());
                animationListeners.fire(l -> l.animationChanged(e));
            }

            @Override
            public void playbackChanged(PlaybackEvent.Kind kind) {
                if (kind == PlaybackEvent.Kind.STOPPED) {
                    closeRun();
                }
                firePlayback(kind);
            }

            @Override
            public void sampleStarted(int s) {
                inspection.setViewedSample(s);
            }
        });
        session.addListener(sessionListener);
    }

    /**
     * Stops the model for good: the timer stops and playback with it, the model stops observing
     * the session and forgets every listener. Afterwards it no longer plays or animates (a step at
     * bulk speed still trains the session). Closing a closed model does nothing.
     *
     * @throws IllegalStateException if called off the event thread
     */
    @Override
    public void close() {
        EventThread.require("GlassboxModel.close");
        if (closed) {
            return;
        }
        closed = true;
        playback.close();
        session.removeListener(sessionListener);
        listeners.clear();
        animationListeners.clear();
        playbackListeners.clear();
        inspection.close();
        displayableViews.clear();
        undoListeners.clear();
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** A view of this model became displayable (called by {@link ModelBinding}). */
    void viewDisplayable(Component view) {
        displayableViews.add(view);
    }

    /**
     * A view of this model stopped being displayable (called by {@link ModelBinding}). When it was
     * the last, playback stops, checked once the event in hand is done: a view that is only moved
     * to another parent (a layout change) is displayable again by then.
     */
    void viewNotDisplayable(Component view) {
        if (displayableViews.remove(view) && displayableViews.isEmpty()) {
            SwingUtilities.invokeLater(() -> {
                if (displayableViews.isEmpty() && !closed) {
                    playback.stopAll();
                }
            });
        }
    }

    /**
     * Whether the timer driving animation and playback is running (it runs only while something
     * moves).
     *
     * @return true while the frame callback is scheduled
     */
    public boolean isTimerRunning() {
        return playback.isClockRunning();
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Adds a listener to what is trained: epochs, resets, rewinds, loads, learning rate, divergence.
     *
     * @param l the listener to add
     * @throws IllegalStateException if called off the event thread
     */
    public void addListener(GlassboxModelListener l) {
        EventThread.require("GlassboxModel.addListener");
        listeners.add(l);
    }

    /**
     * Removes a listener added with {@link #addListener}.
     *
     * @param l the listener to remove
     * @throws IllegalStateException if called off the event thread
     */
    public void removeListener(GlassboxModelListener l) {
        EventThread.require("GlassboxModel.removeListener");
        listeners.remove(l);
    }

    /**
     * Adds a listener to the epoch animation (some 66 events a second while an epoch is animated).
     *
     * @param l the listener to add
     * @throws IllegalStateException if called off the event thread
     */
    public void addAnimationListener(AnimationListener l) {
        EventThread.require("GlassboxModel.addAnimationListener");
        animationListeners.add(l);
    }

    /**
     * Removes a listener added with {@link #addAnimationListener}.
     *
     * @param l the listener to remove
     * @throws IllegalStateException if called off the event thread
     */
    public void removeAnimationListener(AnimationListener l) {
        EventThread.require("GlassboxModel.removeAnimationListener");
        animationListeners.remove(l);
    }

    /**
     * Adds a listener to playback: started, stopped, speed changed.
     *
     * @param l the listener to add
     * @throws IllegalStateException if called off the event thread
     */
    public void addPlaybackListener(PlaybackListener l) {
        EventThread.require("GlassboxModel.addPlaybackListener");
        playbackListeners.add(l);
    }

    /**
     * Removes a listener added with {@link #addPlaybackListener}.
     *
     * @param l the listener to remove
     * @throws IllegalStateException if called off the event thread
     */
    public void removePlaybackListener(PlaybackListener l) {
        EventThread.require("GlassboxModel.removePlaybackListener");
        playbackListeners.remove(l);
    }

    private void fire(GlassboxModelEvent.Kind kind, int first, int last) {
        GlassboxModelEvent e = new GlassboxModelEvent(this, kind, first, last);
        listeners.fire(l -> l.modelChanged(e));
    }

    private void firePlayback(PlaybackEvent.Kind kind) {
        PlaybackEvent e = new PlaybackEvent(this, kind);
        playbackListeners.fire(l -> l.playbackChanged(e));
    }

    private void sessionChanged(SessionEvent e) {
        returnToPresent();
        int epoch = session.epoch();
        switch (e.kind()) {
            case TRAINED -> {
                recordTrained(epoch - e.epochs() + 1, epoch);
                fire(GlassboxModelEvent.Kind.TRAINED, epoch - e.epochs() + 1, epoch);
            }
            case DIVERGED -> {
                recordDiverged(epoch);
                boolean wasPlaying = playback.isPlaying();
                playback.cancelAnimation();
                playback.halt();
                fire(GlassboxModelEvent.Kind.DIVERGED, epoch, epoch);
                if (wasPlaying) {
                    firePlayback(PlaybackEvent.Kind.STOPPED);
                }
            }
            case LOADED -> {
                bookmarks = null;
                playback.cancelAnimation();
                inspection.keepWithinNetwork();
                fire(GlassboxModelEvent.Kind.LOADED, epoch, epoch);
            }
            case RESET -> {
                playback.cancelAnimation();
                fire(GlassboxModelEvent.Kind.RESET, epoch, epoch);
            }
            case REWOUND -> {
                playback.cancelAnimation();
                fire(GlassboxModelEvent.Kind.REWOUND, epoch, epoch);
            }
            case LEARNING_RATE -> fire(GlassboxModelEvent.Kind.LEARNING_RATE, epoch, epoch);
            case EDITED -> fire(GlassboxModelEvent.Kind.EDITED, epoch, epoch);
            case RESTORED -> {
                playback.cancelAnimation();
                inspection.keepWithinNetwork();
                fire(GlassboxModelEvent.Kind.RESTORED, epoch, epoch);
            }
        }
    }

    // ---------------------------------------------------------------- the session and its trace

    /**
     * The training session.
     *
     * @return the session this model trains
     */
    public TrainingSession session() {
        return session;
    }

    /**
     * The scenario being trained.
     *
     * @return the session's scenario
     */
    public Scenario scenario() {
        return session.scenario();
    }

    /**
     * The network being trained.
     *
     * @return the scenario's architecture
     */
    public Architecture architecture() {
        return session.architecture();
    }

    /**
     * The training samples.
     *
     * @return the scenario's samples, unmodifiable
     */
    public List<Sample> samples() {
        return session.samples();
    }

    /**
     * The number of epochs trained.
     *
     * @return the session's epoch, from 0
     */
    public int epoch() {
        return session.epoch();
    }

    /**
     * The learning rate of the next epoch.
     *
     * @return η
     */
    public double learningRate() {
        return session.learningRate();
    }

    /**
     * The learning rates of epochs 1 to {@code upTo}; see {@link TrainingSession#learningRates(int)}.
     *
     * @param upTo the last epoch of interest
     * @return each rate keyed by the first epoch trained with it, as a copy
     */
    public NavigableMap<Integer, Double> learningRates(int upTo) {
        return session.learningRates(upTo);
    }

    /**
     * The current parameters.
     *
     * @return the weights and biases after {@link #epoch()} epochs
     */
    public Parameters parameters() {
        return session.parameters();
    }

    /**
     * What the last epoch changed.
     *
     * @return the parameters after the {@linkplain #viewedEpoch() viewed epoch} minus those one epoch
     *         earlier (zeros at epoch 0): the current ones unless a past epoch is viewed
     */
    public Parameters lastChange() {
        return isViewingPast() ? viewedChange() : session.lastChange();
    }

    /**
     * The mean loss of every trained epoch (epoch {@code e} at index {@code e − 1}).
     *
     * @return the session's loss history
     */
    public LossHistory lossHistory() {
        return session.lossHistory();
    }

    /**
     * Each sample's own loss per epoch.
     *
     * @return the session's per-sample loss history
     */
    public SampleLossHistory sampleLossHistory() {
        return session.sampleLossHistory();
    }

    /** The loss of trained epoch {@code epoch} (see {@link GlassboxModelEvent#loss(int)}). */
    double lossOf(int epoch) {
        if (epoch < 1 || epoch > session.epoch()) {
            throw new IndexOutOfBoundsException("epoch " + epoch + " is not between 1 and " + session.epoch());
        }
        LossHistory h = session.lossHistory();
        return epoch == h.size() ? h.last() : h.get(epoch - 1);
    }

    /**
     * The neuron events so far (saturated, recovered, died, revived).
     *
     * @return a copy, in epoch order
     */
    public List<NeuronEvent> neuronEvents() {
        return session.neuronEvents();
    }

    /**
     * The number of neuron events so far (cheap, for polling).
     *
     * @return the count
     */
    public int neuronEventCount() {
        return session.neuronEventCount();
    }

    /**
     * The divergence that stopped training, if any.
     *
     * @return the divergence, empty while training can go on
     */
    public Optional<Divergence> divergence() {
        return session.divergence();
    }

    /**
     * The trouble found while training went on (a loss jump, a saturation, a stall).
     *
     * @return a copy of the warnings, in epoch order
     */
    public List<Divergence> warnings() {
        return session.warnings();
    }

    /**
     * The trace the views show: the epoch after the {@linkplain #viewedEpoch() viewed epoch}, under
     * the parameters it started from.
     *
     * @return the pending epoch under the current parameters, or while a past epoch {@code e} is
     *         viewed, epoch {@code e + 1} as it was trained (replayed from the session's snapshots)
     */
    public EpochTrace trace() {
        return isViewingPast() ? pastTrace() : session.trace();
    }

    /**
     * The gradient of the dataset loss for a weight (a connection) or a bias (a non-input neuron)
     * under the current parameters, by central finite differences: the independent check the
     * chain-rule panel shows beside the trace's backpropagated {@code ḡ} (equal in batch mode).
     * Computed in core by the session's {@link dev.glassbox.core.math.GradientCheck}; while a past
     * epoch is viewed, under the parameters the views show.
     *
     * @param e a connection or a non-input neuron
     * @return the numeric gradient
     */
    public double numericGradient(NetworkElement e) {
        return (isViewingPast() ? pastGradientCheck() : session.gradientCheck()).numeric(e);
    }

    /**
     * Loads another scenario into the session; selection stays where it still exists.
     *
     * @param scenario the scenario to train from its epoch 0
     * @throws IllegalStateException if called off the event thread
     */
    public void load(Scenario scenario) {
        EventThread.require("GlassboxModel.load");
        playback.finishRetraining();
        Checkpoint before = session.checkpoint();
        String name = SessionEdits.loading(session.scenario(), scenario);
        session.load(scenario);
        recordRestore(name, before);
    }

    /**
     * Resets the session to its starting parameters.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void reset() {
        EventThread.require("GlassboxModel.reset");
        playback.finishRetraining();
        Checkpoint before = session.checkpoint();
        session.reset();
        recordRestore("reset", before);
    }

    /**
     * Sets the learning rate for the next epochs (allowed while playing).
     *
     * @param eta the learning rate, finite and above 0
     * @throws IllegalArgumentException if {@code eta} is not
     * @throws IllegalStateException    if called off the event thread
     */
    public void setLearningRate(double eta) {
        EventThread.require("GlassboxModel.setLearningRate");
        playback.finishRetraining();
        double before = session.learningRate();
        session.setLearningRate(eta);
        if (before != eta) {
            post(new SessionEdits.RateEdit(this, before, eta));
        }
    }

    // ---------------------------------------------------------------- editing and undo

    /**
     * The current value of one weight or bias.
     *
     * @param element a connection for its weight, or a neuron of layer 1 or later for its bias
     * @return its value in the pending epoch
     * @throws IllegalArgumentException if the element is not in the network
     */
    public double parameter(NetworkElement element) {
        return session.parameter(element);
    }

    /**
     * Sets one weight or bias of the pending epoch (see {@link TrainingSession#setParameter}): the
     * views show the new forward pass, chain rule, loss and tables at once
     * ({@link GlassboxModelEvent.Kind#EDITED}), and the next step trains from it. Allowed while
     * playing. Posts an undoable edit.
     *
     * @param element a connection for its weight, or a neuron of layer 1 or later for its bias
     * @param value   the new value: finite, within ±{@link Scenario#MAX_EDITED_VALUE}
     * @throws IllegalArgumentException if the element is not in the network or the value is not
     *                                  allowed (the message names both); nothing changes
     * @throws IllegalStateException    if called off the event thread
     */
    public void setParameter(NetworkElement element, double value) {
        EventThread.require("GlassboxModel.setParameter");
        playback.finishRetraining();
        double before = session.parameter(element);
        session.setParameter(element, value);
        if (Double.compare(before, value) != 0) {
            post(new SessionEdits.ParameterEdit(this, element, before, value));
        }
    }

    /**
     * Replaces the training samples: the session loads its scenario with them, so training starts
     * again from epoch 0 ({@link GlassboxModelEvent.Kind#LOADED}). Posts one undoable edit, named
     * after the change ("edit sample 3", "add 2 samples", "remove a sample", "replace the samples").
     *
     * @param samples the new training set: 1 to {@link Scenario#MAX_SAMPLES} samples, each with one
     *                value per input and per output that the scenario accepts
     * @throws dev.glassbox.core.scenario.ScenarioException naming the first sample and value the
     *                                  scenario refuses; nothing changes
     * @throws IllegalStateException    if called off the event thread
     */
    public void setSamples(List<Sample> samples) {
        EventThread.require("GlassboxModel.setSamples");
        List<Sample> now = session.samples();
        Scenario next = session.scenario().toBuilder().samples(samples).build();
        Checkpoint before = session.checkpoint();
        session.load(next);
        recordRestore(SessionEdits.changingSamples(now, next.samples()), before);
    }

    /**
     * Adds a listener to the undoable edits this model posts, one for every change of its session
     * made through the model: a weight or bias set, a step, a run of play (one edit from Play to
     * Pause, however many epochs), a reset, a load (a scenario, or another loss, activation or update
     * mode), a new learning rate, new samples. An {@link javax.swing.undo.UndoManager} is such a listener, as for a
     * text {@code Document}. The edits undo and redo through the session, on the event thread; what
     * they do is not posted again.
     *
     * @param l the listener to add
     * @throws IllegalStateException if called off the event thread
     */
    public void addUndoableEditListener(UndoableEditListener l) {
        EventThread.require("GlassboxModel.addUndoableEditListener");
        undoListeners.add(l);
    }

    /**
     * Removes a listener added with {@link #addUndoableEditListener}.
     *
     * @param l the listener to remove
     * @throws IllegalStateException if called off the event thread
     */
    public void removeUndoableEditListener(UndoableEditListener l) {
        EventThread.require("GlassboxModel.removeUndoableEditListener");
        undoListeners.remove(l);
    }

    /**
     * Runs {@code change} (an edit being undone or redone) without posting what it does; a
     * retraining under way is completed first.
     */
    void unrecorded(Runnable change) {
        playback.finishRetraining();
        boolean was = undoing;
        undoing = true;
        try {
            change.run();
        } finally {
            undoing = was;
        }
    }

    private void post(UndoableEdit edit) {
        if (undoing) {
            return;
        }
        closeRun();
        lastRun = edit instanceof SessionEdits.TrainEdit t ? t : null;
        UndoableEditEvent e = new UndoableEditEvent(this, edit);
        undoListeners.fire(l -> l.undoableEditHappened(e));
    }

    private void recordRestore(String name, Checkpoint before) {
        post(new SessionEdits.RestoreEdit(this, name, before, session.checkpoint()));
    }

    /** Epochs trained: a step, or more of the run of play being recorded. */
    private void recordTrained(int first, int last) {
        if (undoing || playback.isRetrainingNow() || lastRun != null && lastRun.extend(first, last)) {
            return;
        }
        post(new SessionEdits.TrainEdit(this, first - 1, last, playback.isPlaying()));
    }

    private void recordDiverged(int epoch) {
        if (undoing || playback.isRetrainingNow() || lastRun != null && lastRun.divergedAt(epoch)) {
            return;
        }
        SessionEdits.TrainEdit tried = new SessionEdits.TrainEdit(this, epoch, epoch, false);
        tried.divergedAt(epoch);
        post(tried);
    }

    /**
     * Brings back {@code c} (an undo or redo of a reset, a load, a continue from a past epoch),
     * trained again in slices if its history is long ({@link #isRetraining()}).
     */
    void restore(Checkpoint c) {
        playback.retrain(Retraining.restore(session, c));
    }

    /** Trains on to epoch {@code to} (a redo of training), in slices if that is long; see {@link Retraining#run}. */
    void retrainTo(int to, boolean diverges) {
        playback.retrain(Retraining.run(session, to, diverges));
    }

    /**
     * Whether an undo or redo is training a long history again — a reset or a load undone, a run of
     * play redone. It trains in slices of a frame each, as bulk playback does, so that the interface
     * stays responsive whatever the history; the views follow the epochs as they come
     * ({@link GlassboxModelEvent.Kind#TRAINED}), and it is told as it begins and ends
     * ({@link PlaybackEvent.Kind#RETRAINING}, {@link PlaybackEvent.Kind#RETRAINED}). Any command that
     * changes the session meanwhile (a step, play, a run, an edit, a reset, a load, a learning rate,
     * another undo or redo, viewing another epoch) first completes it at once, so commands
     * are best disabled while it lasts, as the widget's are.
     *
     * @return true while the retraining is under way
     */
    public boolean isRetraining() {
        return playback.retrainingGoal() >= 0;
    }

    /**
     * The epoch the retraining under way trains the session to ({@link #isRetraining()}).
     *
     * @return that epoch, or −1 when no retraining is under way
     */
    public int retrainingGoal() {
        return playback.retrainingGoal();
    }

    /** The run of play being recorded ends (a pause, or another change). */
    private void closeRun() {
        if (lastRun != null) {
            lastRun.close();
        }
    }

    // ---------------------------------------------------------------- viewing and pointing

    /**
     * The viewed sample, hovered and selected element, with their own listeners.
     *
     * @return this model's inspection model
     */
    public InspectionModel inspection() {
        return inspection;
    }

    /**
     * The index of the sample whose values the views show; see {@link InspectionModel#viewedSample()}.
     *
     * @return the viewed sample's index
     */
    public int viewedSample() {
        return inspection.viewedSample();
    }

    /**
     * Views sample {@code s}; see {@link InspectionModel#setViewedSample(int)}.
     *
     * @param s the index of a sample of the scenario
     */
    public void setViewedSample(int s) {
        inspection.setViewedSample(s);
    }

    /**
     * The element under the mouse; see {@link InspectionModel#hovered()}.
     *
     * @return the hovered element, or null
     */
    public NetworkElement hovered() {
        return inspection.hovered();
    }

    /**
     * Sets the element under the mouse; see {@link InspectionModel#setHovered(NetworkElement)}.
     *
     * @param e an element of the network, or null for none
     */
    public void setHovered(NetworkElement e) {
        inspection.setHovered(e);
    }

    /**
     * The selected element; see {@link InspectionModel#selected()}.
     *
     * @return the selected element, or null
     */
    public NetworkElement selected() {
        return inspection.selected();
    }

    /**
     * Selects an element; see {@link InspectionModel#setSelected(NetworkElement)}.
     *
     * @param e an element of the network, or null for none
     */
    public void setSelected(NetworkElement e) {
        inspection.setSelected(e);
    }

    /**
     * Which gradient the views show; see {@link InspectionModel#gradientShown()}.
     *
     * @return the viewed sample's own or the batch mean
     */
    public GradientShown gradientShown() {
        return inspection.gradientShown();
    }

    /**
     * Shows the viewed sample's gradient or the batch mean; see {@link InspectionModel#setGradientShown}.
     *
     * @param shown which one
     */
    public void setGradientShown(GradientShown shown) {
        inspection.setGradientShown(shown);
    }

    /**
     * What the inspecting views explain; see {@link InspectionModel#inspected()}.
     *
     * @return the hovered element, else the selected one, else null
     */
    public NetworkElement inspected() {
        return inspection.inspected();
    }

    // ---------------------------------------------------------------- animation

    /**
     * The running animation phase.
     *
     * @return the phase, {@link Phase#IDLE} between epochs
     */
    public Phase phase() {
        return playback.phase();
    }

    /**
     * How far the running phase has got.
     *
     * @return from 0 to 1
     */
    public double phaseProgress() {
        return playback.phaseProgress();
    }

    /**
     * Trains one epoch. Below {@link #BULK_SPEED} it is animated (forward → backward → update)
     * and committed when the update phase ends; at bulk speeds it is trained at once. Pauses
     * playback first. If a phase-by-phase step is under way, the epoch runs on to its end. From a
     * viewed past epoch it continues from there ({@link #continueFromViewedEpoch()}).
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void stepEpoch() {
        EventThread.require("GlassboxModel.stepEpoch");
        continueFromViewedEpoch();
        playback.stepEpoch();
    }

    /**
     * Runs the next animation phase and stops at its end: forward, then backward, then update
     * (which commits the epoch). Pauses playback first. From a viewed past epoch it continues from
     * there ({@link #continueFromViewedEpoch()}).
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void stepPhase() {
        EventThread.require("GlassboxModel.stepPhase");
        continueFromViewedEpoch();
        playback.stepPhase();
    }

    /**
     * Seconds one animated phase takes at the current speed.
     *
     * @return 2 s at speed 0, down to 0.1 s just below bulk speed
     */
    public double phaseSeconds() {
        return playback.phaseSeconds();
    }

    // ---------------------------------------------------------------- playback

    /**
     * Whether training is playing.
     *
     * @return true between {@link #play()} and a pause, a divergence or a close
     */
    public boolean isPlaying() {
        return playback.isPlaying();
    }

    /**
     * Starts playing (no effect once the session has diverged). From a viewed past epoch it
     * continues from there ({@link #continueFromViewedEpoch()}), asking nothing.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void play() {
        EventThread.require("GlassboxModel.play");
        continueFromViewedEpoch();
        playback.play();
    }

    /**
     * Pauses; an animated epoch under way finishes its running phase and holds there.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void pause() {
        EventThread.require("GlassboxModel.pause");
        playback.pause();
    }

    /**
     * Pauses and drops the animated epoch under way, if any: nothing is trained, and the next step
     * shows the pending epoch again from its forward phase. A quiz does this before it asks for a
     * value, so that no running phase reveals (or commits) it.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void cancelEpoch() {
        EventThread.require("GlassboxModel.cancelEpoch");
        playback.pause();
        playback.cancelAnimation();
    }

    /**
     * Play if paused, pause if playing.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void togglePlay() {
        EventThread.require("GlassboxModel.togglePlay");
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * The speed.
     *
     * @return from 0 (slowest animation) to {@link #MAX_SPEED} (bulk training, flat out)
     */
    public int speed() {
        return playback.speed();
    }

    /**
     * Sets the speed.
     *
     * @param s the speed, clamped to 0 … {@link #MAX_SPEED}
     * @throws IllegalStateException if called off the event thread
     */
    public void setSpeed(int s) {
        EventThread.require("GlassboxModel.setSpeed");
        playback.setSpeed(s);
    }

    /**
     * Whether the speed trains in bulk rather than animating each epoch.
     *
     * @return whether the speed is at least {@link #BULK_SPEED}
     */
    public boolean isBulk() {
        return playback.isBulk();
    }

    /**
     * The target epochs per second of bulk training.
     *
     * @return 10 at {@link #BULK_SPEED} up to 10⁶ just below {@link #MAX_SPEED}; infinite at {@code MAX_SPEED}
     */
    public double bulkEpochsPerSecond() {
        return playback.bulkEpochsPerSecond();
    }

    // ---------------------------------------------------------------- time travel

    /** The past epoch the views show, or {@link #PRESENT} while they show the session's own. */
    private int pastEpoch = PRESENT;
    /** The trace of {@link #pastEpoch} + 1, replayed once per viewed epoch; null until asked for. */
    private EpochTrace pastTrace;
    private static final int PRESENT = -1;

    /**
     * The epoch whose state the views show: its parameters (those after it) and the trace of the
     * epoch after it, as {@link #trace()} returns. It is the session's {@link #epoch()} (the present)
     * unless a past epoch is viewed, and follows training while at the present.
     *
     * @return from 0 to {@link #epoch()}
     */
    public int viewedEpoch() {
        return isViewingPast() ? pastEpoch : session.epoch();
    }

    /**
     * Whether the views show a past epoch rather than the session's present.
     *
     * @return true between {@link #viewEpoch} of an earlier epoch and a return to the present
     */
    public boolean isViewingPast() {
        return pastEpoch != PRESENT;
    }

    /**
     * Shows the state after epoch {@code e} in every view — the network and its packets, the chain
     * rule, the loss calculation, the tables and the chart's marker — without changing the session:
     * the trace of epoch {@code e + 1} before its update, replayed from the session's snapshots.
     * Viewing the session's own epoch returns to the present. Playback pauses and an animated epoch
     * under way is dropped. Listeners are told {@link GlassboxModelEvent.Kind#VIEWED} if the viewed
     * epoch changed. Any change of the session (a step, a reset, a load, a new learning rate)
     * returns the views to the present.
     *
     * @param e the epoch, 0 ≤ e ≤ {@link #epoch()}
     * @throws IllegalArgumentException for an epoch outside that range
     * @throws IllegalStateException    if called off the event thread
     */
    public void viewEpoch(int e) {
        EventThread.require("GlassboxModel.viewEpoch");
        playback.finishRetraining();
        if (e < 0 || e > session.epoch()) {
            throw new IllegalArgumentException("epoch " + e + " is not between 0 and " + session.epoch());
        }
        int next = e == session.epoch() ? PRESENT : e;
        if (next == pastEpoch) {
            return;
        }
        if (next != PRESENT) {
            playback.pause();
            playback.cancelAnimation();
        }
        pastEpoch = next;
        pastTrace = null;
        fire(GlassboxModelEvent.Kind.VIEWED, viewedEpoch(), viewedEpoch());
    }

    /**
     * Shows the session's own epoch again (see {@link #viewEpoch}); does nothing at the present.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void showPresent() {
        EventThread.require("GlassboxModel.showPresent");
        viewEpoch(session.epoch());
    }

    /**
     * Makes the viewed past epoch the present: the session {@linkplain TrainingSession#seek seeks}
     * to it, forgetting the later epochs (listeners are told {@link GlassboxModelEvent.Kind#REWOUND}).
     * Does nothing at the present. Play and the steps call this first, so that training from a
     * viewed past epoch goes on from there. Posts an undoable edit ("continue from epoch e"): its undo
     * brings the dropped epochs back, trained again bit for bit.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void continueFromViewedEpoch() {
        EventThread.require("GlassboxModel.continueFromViewedEpoch");
        playback.finishRetraining();
        if (isViewingPast()) {
            int from = pastEpoch;
            Checkpoint before = session.checkpoint();
            session.seek(from);
            recordRestore("continue from epoch " + from, before);
        }
    }

    /** Back to the present without an event of its own (the session's change that caused it has one). */
    private void returnToPresent() {
        pastEpoch = PRESENT;
        pastTrace = null;
    }

    private EpochTrace pastTrace() {
        if (pastTrace == null) {
            pastTrace = session.trace(pastEpoch + 1);
        }
        return pastTrace;
    }

    /** What the viewed past epoch changed: its parameters minus those one epoch earlier. */
    private Parameters viewedChange() {
        Parameters after = pastTrace().before();
        return pastEpoch == 0 ? Parameters.zeros(architecture().sizeArray())
                : after.minus(session.parametersAt(pastEpoch - 1));
    }

    private GradientCheck pastGradientCheck() {
        Scenario s = session.scenario();
        return new GradientCheck(s.architecture(), s.regularization(), s.samples(), pastTrace().before());
    }

    // ---------------------------------------------------------------- runs to a goal

    /**
     * Trains until epoch {@code epoch}, in the time-sliced batches of bulk playback whatever the
     * speed, so the interface stays responsive; it plays meanwhile ({@link #isPlaying()}), and
     * {@link #pause()} (or a step) cancels it. From a viewed past epoch it continues from there.
     *
     * @param epoch the epoch to stop at, after the {@linkplain #viewedEpoch() viewed epoch}
     * @throws IllegalArgumentException if {@code epoch} is not after the viewed epoch
     * @throws IllegalStateException    if called off the event thread
     */
    public void runToEpoch(int epoch) {
        EventThread.require("GlassboxModel.runToEpoch");
        runTo(epoch, Double.NEGATIVE_INFINITY);
    }

    /**
     * Trains until an epoch's loss (its mean loss before its update, as the chart shows it) is below
     * {@code epsilon}, or until epoch {@code epoch} if that comes first; as {@link #runToEpoch}
     * otherwise.
     *
     * @param epsilon the loss to get below, finite and above 0
     * @param epoch   the epoch to stop at if the loss has not got below {@code epsilon} by then, after
     *                the {@linkplain #viewedEpoch() viewed epoch}
     * @throws IllegalArgumentException if {@code epsilon} is not finite and above 0, or {@code epoch}
     *                                  is not after the viewed epoch
     * @throws IllegalStateException    if called off the event thread
     */
    public void runUntilLossBelow(double epsilon, int epoch) {
        EventThread.require("GlassboxModel.runUntilLossBelow");
        if (!Double.isFinite(epsilon) || epsilon <= 0) {
            throw new IllegalArgumentException("the loss to get below must be a finite number above 0, got " + epsilon);
        }
        runTo(epoch, epsilon);
    }

    /**
     * Whether a run to an epoch or below a loss is under way.
     *
     * @return true from {@link #runToEpoch} or {@link #runUntilLossBelow} until the goal, a pause or a divergence
     */
    public boolean isRunningToGoal() {
        return playback.isRunning();
    }

    private void runTo(int epoch, double lossBelow) {
        playback.finishRetraining();
        if (epoch <= viewedEpoch()) {
            throw new IllegalArgumentException("epoch " + epoch + " is not after the epoch shown, " + viewedEpoch());
        }
        continueFromViewedEpoch();
        playback.runTo(epoch, lossBelow);
    }

    // ---------------------------------------------------------------- bookmarks

    /** A teacher's marks on epochs, in epoch order: the scenario's when it was loaded, then as changed. */
    private List<Bookmark> bookmarks;

    /**
     * The bookmarks: a teacher's marks on epochs of the history, shown on the loss chart and the
     * timeline. They start as the loaded scenario's ({@link Scenario#bookmarks()}), are replaced by
     * the next scenario loaded, and stay through a reset or a rewind.
     *
     * @return the bookmarks in epoch order, unmodifiable
     */
    public List<Bookmark> bookmarks() {
        if (bookmarks == null) {
            bookmarks = session.scenario().bookmarks();
        }
        return bookmarks;
    }

    /**
     * Marks epoch {@code epoch} with {@code label}, replacing the label of a bookmark already there.
     * Listeners are told {@link GlassboxModelEvent.Kind#BOOKMARKS}.
     *
     * @param epoch the epoch to mark, from 0 (it need not be trained yet)
     * @param label what happens there, in a few words: not blank, at most
     *              {@link Bookmark#MAX_LABEL_LENGTH} characters
     * @throws dev.glassbox.core.scenario.ScenarioException naming the rule broken (as a scenario file's
     *         {@code bookmarks} would be), the bookmarks unchanged
     * @throws IllegalStateException if called off the event thread
     */
    public void addBookmark(int epoch, String label) {
        EventThread.require("GlassboxModel.addBookmark");
        List<Bookmark> next = new ArrayList<>(bookmarks());
        next.removeIf(b -> b.epoch() == epoch);
        next.add(new Bookmark(epoch, label));
        setBookmarks(next);
    }

    /**
     * Removes the bookmark of epoch {@code epoch}, if there is one (listeners are told then).
     *
     * @param epoch the marked epoch
     * @throws IllegalStateException if called off the event thread
     */
    public void removeBookmark(int epoch) {
        EventThread.require("GlassboxModel.removeBookmark");
        List<Bookmark> next = new ArrayList<>(bookmarks());
        if (next.removeIf(b -> b.epoch() == epoch)) {
            setBookmarks(next);
        }
    }

    /**
     * The bookmarks as a scenario saved with the parameters after epoch {@code epoch} keeps them:
     * those at or after it, counted from it (that scenario's epoch 0 is this epoch).
     *
     * @param epoch the epoch the saved scenario starts from
     * @return the bookmarks from {@code epoch} on, their epochs less {@code epoch}
     */
    public List<Bookmark> bookmarksFrom(int epoch) {
        return bookmarks().stream().filter(b -> b.epoch() >= epoch)
                .map(b -> new Bookmark(b.epoch() - epoch, b.label())).toList();
    }

    /** Checks the bookmarks by the scenario's own rules (which also sort them), then tells the listeners. */
    private void setBookmarks(List<Bookmark> next) {
        bookmarks = session.scenario().toBuilder().bookmarks(next).build().bookmarks();
        fire(GlassboxModelEvent.Kind.BOOKMARKS, viewedEpoch(), viewedEpoch());
    }
}
