package dev.glassbox.swing.model;

import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingListener;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.threading.EventThread;

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
 */
public final class GlassboxModel {
    /** The highest speed: train as fast as the time budget per frame allows. */
    public static final int MAX_SPEED = 100;
    /** Speeds from here on train in bulk instead of animating each epoch. */
    public static final int BULK_SPEED = 50;

    private final TrainingSession session;
    private final InspectionModel inspection;
    private final Playback playback;
    private final Listeners<GlassboxModelListener> listeners = new Listeners<>();
    private final TrainingListener sessionListener = this::sessionChanged;

    /**
     * A model around a new session of {@code scenario}, on the Swing timer's clock.
     *
     * @param scenario the scenario to train
     */
    public GlassboxModel(Scenario scenario) {
        this(new TrainingSession(scenario));
    }

    /**
     * A model around an existing session (which it observes until {@link #dispose()}), on the
     * Swing timer's clock.
     *
     * @param session the session to train and show
     */
    public GlassboxModel(TrainingSession session) {
        this(session, FrameClock.swingTimer());
    }

    /**
     * A model around an existing session (which it observes until {@link #dispose()}), animated
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
                fire(GlassboxModelEvent.Kind.ANIMATION);
            }

            @Override
            public void playbackChanged() {
                fire(GlassboxModelEvent.Kind.PLAYBACK);
            }
        });
        inspection.addInspectionListener(e -> fire(switch (e.kind()) {
            case SAMPLE -> GlassboxModelEvent.Kind.SAMPLE;
            case HOVER -> GlassboxModelEvent.Kind.HOVER;
            case SELECTION -> GlassboxModelEvent.Kind.SELECTION;
        }));
        session.addListener(sessionListener);
    }

    /** Stops the clock and stops observing the session. */
    public void dispose() {
        playback.close();
        session.removeListener(sessionListener);
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Adds a listener.
     *
     * @param l the listener to add
     */
    public void addListener(GlassboxModelListener l) {
        listeners.add(l);
    }

    /**
     * Removes a listener.
     *
     * @param l the listener to remove
     */
    public void removeListener(GlassboxModelListener l) {
        listeners.remove(l);
    }

    private void fire(GlassboxModelEvent.Kind kind) {
        GlassboxModelEvent e = new GlassboxModelEvent(this, kind);
        listeners.fire(l -> l.modelChanged(e));
    }

    private void sessionChanged(SessionEvent e) {
        switch (e.kind()) {
            case DIVERGED -> {
                playback.cancelAnimation();
                playback.halt();
                fire(GlassboxModelEvent.Kind.DIVERGED);
                fire(GlassboxModelEvent.Kind.PLAYBACK);
                return;
            }
            case LOADED -> {
                inspection.keepWithinNetwork();
                playback.cancelAnimation();
            }
            case RESET, REWOUND -> playback.cancelAnimation();
            default -> {
            }
        }
        fire(GlassboxModelEvent.Kind.TRAINING);
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
     * The trace the views show.
     *
     * @return the pending epoch under the current parameters
     */
    public EpochTrace trace() {
        return session.trace();
    }

    /**
     * The gradient of the dataset loss for a weight (a connection) or a bias (a non-input neuron)
     * under the current parameters, by central finite differences: the independent check the
     * chain-rule panel shows beside the trace's backpropagated {@code ḡ} (equal in batch mode).
     * Computed in core by the session's {@link dev.glassbox.core.math.GradientCheck}.
     *
     * @param e a connection or a non-input neuron
     * @return the numeric gradient
     */
    public double numericGradient(NetworkElement e) {
        return session.gradientCheck().numeric(e);
    }

    /**
     * Loads another scenario into the session; selection stays where it still exists.
     *
     * @param scenario the scenario to train from its epoch 0
     * @throws IllegalStateException if called off the event thread
     */
    public void load(Scenario scenario) {
        EventThread.require("GlassboxModel.load");
        session.load(scenario);
    }

    /**
     * Resets the session to its starting parameters.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void reset() {
        EventThread.require("GlassboxModel.reset");
        session.reset();
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
        session.setLearningRate(eta);
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
     * playback first. If a phase-by-phase step is under way, the epoch runs on to its end.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void stepEpoch() {
        EventThread.require("GlassboxModel.stepEpoch");
        playback.stepEpoch();
    }

    /**
     * Runs the next animation phase and stops at its end: forward, then backward, then update
     * (which commits the epoch). Pauses playback first.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void stepPhase() {
        EventThread.require("GlassboxModel.stepPhase");
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
     * Starts playing (no effect once the session has diverged).
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void play() {
        EventThread.require("GlassboxModel.play");
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
     * Play if paused, pause if playing.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void togglePlay() {
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
}
