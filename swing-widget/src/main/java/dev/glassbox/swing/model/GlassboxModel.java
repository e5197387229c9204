package dev.glassbox.swing.model;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingListener;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.Timer;

/**
 * The state every Glassbox view observes: the {@link TrainingSession}, the viewed sample, the
 * hovered and selected element, the animation phase, and playback. Confined to the event thread.
 *
 * <p>One {@link Timer} drives both the packet animation and playback, and runs only while
 * something moves. Below {@link #BULK_SPEED} each epoch is animated phase by phase (forward →
 * backward → update) and committed to the session when its update phase ends; from
 * {@code BULK_SPEED} on, each tick trains a time-sliced batch of epochs (a few milliseconds), so the
 * interface stays responsive at any speed.
 */
public final class GlassboxModel {
    /** The highest speed: train as fast as the time budget per tick allows. */
    public static final int MAX_SPEED = 100;
    /** Speeds from here on train in bulk instead of animating each epoch. */
    public static final int BULK_SPEED = 50;

    private static final int TICK_MS = 15;
    private static final long TRAIN_BUDGET_NANOS = 8_000_000L;

    private final TrainingSession session;
    private final List<GlassboxModelListener> listeners = new CopyOnWriteArrayList<>();
    private final TrainingListener sessionListener = this::sessionChanged;
    private final Timer timer = new Timer(TICK_MS, e -> tick());

    private int viewedSample;
    private NetworkElement hovered;
    private NetworkElement selected;
    private Phase phase = Phase.IDLE;
    private double progress;
    /** Manual phase stepping: stop at the end of the running phase. */
    private boolean holdAtPhaseEnd;
    private boolean playing;
    private int speed = 30;
    private long lastTick;
    private double epochsOwed;
    private double epochsPerNano = 1e-5;

    /** A model around a new session of {@code scenario}. */
    public GlassboxModel(Scenario scenario) {
        this(new TrainingSession(scenario));
    }

    /** A model around an existing session (which it observes until {@link #dispose()}). */
    public GlassboxModel(TrainingSession session) {
        this.session = session;
        session.addListener(sessionListener);
        timer.setCoalesce(true);
    }

    /** Stops the timer and stops observing the session. */
    public void dispose() {
        timer.stop();
        session.removeListener(sessionListener);
    }

    // ---------------------------------------------------------------- listeners

    /** Adds a listener. */
    public void addListener(GlassboxModelListener l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(GlassboxModelListener l) {
        listeners.remove(l);
    }

    private void fire(GlassboxModelEvent.Kind kind) {
        GlassboxModelEvent e = new GlassboxModelEvent(this, kind);
        for (GlassboxModelListener l : listeners) {
            l.modelChanged(e);
        }
    }

    private void sessionChanged(SessionEvent e) {
        switch (e.kind()) {
            case DIVERGED -> {
                cancelAnimation();
                playing = false;
                updateTimer();
                fire(GlassboxModelEvent.Kind.DIVERGED);
                fire(GlassboxModelEvent.Kind.PLAYBACK);
                return;
            }
            case LOADED -> {
                Architecture arch = session.architecture();
                if (hovered != null && !arch.contains(hovered)) {
                    hovered = null;
                }
                if (selected != null && !arch.contains(selected)) {
                    selected = null;
                }
                viewedSample = Math.min(viewedSample, session.samples().size() - 1);
                cancelAnimation();
            }
            case RESET, REWOUND -> cancelAnimation();
            default -> {
            }
        }
        fire(GlassboxModelEvent.Kind.TRAINING);
    }

    // ---------------------------------------------------------------- the session and its trace

    /** The training session. */
    public TrainingSession session() {
        return session;
    }

    /** The trace the views show: the pending epoch under the current parameters. */
    public EpochTrace trace() {
        return session.trace();
    }

    /**
     * The gradient of the dataset loss for a weight (a connection) or a bias (a non-input neuron)
     * under the current parameters, by central finite differences: the independent check the
     * chain-rule panel shows beside the trace's backpropagated {@code ḡ} (equal in batch mode).
     * Computed in core by the session's {@link dev.glassbox.core.math.GradientCheck}.
     */
    public double numericGradient(NetworkElement e) {
        return session.gradientCheck().numeric(e);
    }

    /** Loads another scenario into the session; selection stays where it still exists. */
    public void load(Scenario scenario) {
        session.load(scenario);
    }

    /** Resets the session to its starting parameters. */
    public void reset() {
        session.reset();
    }

    /** Sets the learning rate for the next epochs (allowed while playing). */
    public void setLearningRate(double eta) {
        session.setLearningRate(eta);
    }

    // ---------------------------------------------------------------- viewing and pointing

    /** The index of the sample whose values the views show. */
    public int viewedSample() {
        return viewedSample;
    }

    /** Views sample {@code s}. */
    public void setViewedSample(int s) {
        if (s < 0 || s >= session.samples().size()) {
            throw new IllegalArgumentException("no sample " + s);
        }
        if (s != viewedSample) {
            viewedSample = s;
            fire(GlassboxModelEvent.Kind.SAMPLE);
        }
    }

    /** The element under the mouse, or null. */
    public NetworkElement hovered() {
        return hovered;
    }

    /** Sets the element under the mouse (null for none). */
    public void setHovered(NetworkElement e) {
        if (!Objects.equals(requireInNetwork(e), hovered)) {
            hovered = e;
            fire(GlassboxModelEvent.Kind.HOVER);
        }
    }

    /** The selected element, or null. It survives steps, resets and loads where it still exists. */
    public NetworkElement selected() {
        return selected;
    }

    /** Selects an element (null for none). */
    public void setSelected(NetworkElement e) {
        if (!Objects.equals(requireInNetwork(e), selected)) {
            selected = e;
            fire(GlassboxModelEvent.Kind.SELECTION);
        }
    }

    private NetworkElement requireInNetwork(NetworkElement e) {
        if (e != null && !session.architecture().contains(e)) {
            throw new IllegalArgumentException("not in the network: " + e);
        }
        return e;
    }

    /** What the inspecting views explain: the hovered element, else the selected one, else null. */
    public NetworkElement inspected() {
        return hovered != null ? hovered : selected;
    }

    // ---------------------------------------------------------------- animation

    /** The running animation phase. */
    public Phase phase() {
        return phase;
    }

    /** How far the running phase has got, from 0 to 1. */
    public double phaseProgress() {
        return progress;
    }

    /**
     * Trains one epoch. Below {@link #BULK_SPEED} it is animated (forward → backward → update)
     * and committed when the update phase ends; at bulk speeds it is trained at once. Pauses
     * playback first. If a phase-by-phase step is under way, the epoch runs on to its end.
     */
    public void stepEpoch() {
        pause();
        if (phase != Phase.IDLE) {
            holdAtPhaseEnd = false;
            updateTimer();
            return;
        }
        if (isBulk()) {
            session.step();
            return;
        }
        holdAtPhaseEnd = false;
        startPhase(Phase.FORWARD);
    }

    /**
     * Runs the next animation phase and stops at its end: forward, then backward, then update
     * (which commits the epoch). Pauses playback first.
     */
    public void stepPhase() {
        pause();
        holdAtPhaseEnd = true;
        if (phase == Phase.IDLE) {
            startPhase(Phase.FORWARD);
        } else if (progress >= 1.0) {
            advance();
        }
        updateTimer();
    }

    private void startPhase(Phase p) {
        phase = p;
        progress = 0.0;
        lastTick = System.nanoTime();
        updateTimer();
        fire(GlassboxModelEvent.Kind.ANIMATION);
    }

    /** Moves on from a finished phase: forward → backward → update → commit. */
    private void advance() {
        switch (phase) {
            case FORWARD -> startPhase(Phase.BACKWARD);
            case BACKWARD -> startPhase(Phase.UPDATE);
            case UPDATE -> {
                phase = Phase.IDLE;
                progress = 0.0;
                session.step();
                fire(GlassboxModelEvent.Kind.ANIMATION);
                continuePlaying();
            }
            case IDLE -> {
            }
        }
    }

    private void cancelAnimation() {
        if (phase != Phase.IDLE) {
            phase = Phase.IDLE;
            progress = 0.0;
            holdAtPhaseEnd = false;
            fire(GlassboxModelEvent.Kind.ANIMATION);
        }
    }

    /** Seconds one animated phase takes at the current speed (2 s at speed 0, 0.1 s just below bulk). */
    public double phaseSeconds() {
        int s = Math.min(speed, BULK_SPEED - 1);
        return 2.0 * Math.pow(0.05, s / (double) (BULK_SPEED - 1));
    }

    // ---------------------------------------------------------------- playback

    /** Whether training is playing. */
    public boolean isPlaying() {
        return playing;
    }

    /** Starts playing (no effect once the session has diverged). */
    public void play() {
        if (playing || session.divergence().isPresent()) {
            return;
        }
        playing = true;
        lastTick = System.nanoTime();
        epochsOwed = 0;
        continuePlaying();
        holdAtPhaseEnd = false;
        updateTimer();
        fire(GlassboxModelEvent.Kind.PLAYBACK);
    }

    /** Pauses; an animated epoch under way finishes its running phase and holds there. */
    public void pause() {
        if (!playing) {
            return;
        }
        playing = false;
        holdAtPhaseEnd = phase != Phase.IDLE;
        updateTimer();
        fire(GlassboxModelEvent.Kind.PLAYBACK);
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** The speed, from 0 (slowest animation) to {@link #MAX_SPEED} (bulk training, flat out). */
    public int speed() {
        return speed;
    }

    /** Sets the speed (clamped to 0 … {@link #MAX_SPEED}). */
    public void setSpeed(int s) {
        s = Math.max(0, Math.min(MAX_SPEED, s));
        if (s == speed) {
            return;
        }
        speed = s;
        if (isBulk() && playing && phase != Phase.IDLE) {
            holdAtPhaseEnd = false;
        }
        fire(GlassboxModelEvent.Kind.PLAYBACK);
    }

    /** Whether the speed trains in bulk rather than animating each epoch. */
    public boolean isBulk() {
        return speed >= BULK_SPEED;
    }

    /** The target epochs per second of bulk training (infinite at {@link #MAX_SPEED}). */
    public double bulkEpochsPerSecond() {
        if (speed >= MAX_SPEED) {
            return Double.POSITIVE_INFINITY;
        }
        double t = (Math.max(speed, BULK_SPEED) - BULK_SPEED) / (double) (MAX_SPEED - 1 - BULK_SPEED);
        return 10.0 * Math.pow(10, 5 * t);
    }

    private void updateTimer() {
        boolean moving = playing || (phase != Phase.IDLE && !(holdAtPhaseEnd && progress >= 1.0));
        if (moving && !timer.isRunning()) {
            lastTick = System.nanoTime();
            timer.start();
        } else if (!moving && timer.isRunning()) {
            timer.stop();
        }
    }

    /** One timer tick: move the animation, or train a time-sliced batch. */
    private void tick() {
        long now = System.nanoTime();
        long dt = now - lastTick;
        lastTick = now;
        if (phase != Phase.IDLE) {
            animate(dt);
        } else if (playing && isBulk()) {
            trainBulk(dt);
        } else {
            // Playing and idle below bulk speed: after the speed dropped out of bulk, or a reset or
            // load cancelled the epoch under way.
            continuePlaying();
        }
        updateTimer();
    }

    /** While playing below bulk speed, an idle model starts animating the next epoch. */
    private void continuePlaying() {
        if (playing && !isBulk() && phase == Phase.IDLE && session.divergence().isEmpty()) {
            startPhase(Phase.FORWARD);
        }
    }

    private void animate(long dt) {
        if (progress < 1.0) {
            progress = Math.min(1.0, progress + dt / (phaseSeconds() * 1e9));
            fire(GlassboxModelEvent.Kind.ANIMATION);
        }
        if (progress >= 1.0) {
            boolean skipToBulk = playing && isBulk();
            if (!holdAtPhaseEnd || phase == Phase.UPDATE || skipToBulk) {
                holdAtPhaseEnd = holdAtPhaseEnd && phase != Phase.UPDATE;
                advance();
            }
        }
    }

    private void trainBulk(long dt) {
        double want = epochsOwed + bulkEpochsPerSecond() * dt / 1e9;
        double affordable = epochsPerNano * TRAIN_BUDGET_NANOS;
        double epochs = Math.min(want, Math.max(1, affordable));
        int n = (int) Math.min(epochs, Integer.MAX_VALUE / 2);
        epochsOwed = Double.isInfinite(want) ? 0 : Math.min(want - n, affordable);
        if (n <= 0) {
            return;
        }
        long start = System.nanoTime();
        int done = session.run(n);
        long took = Math.max(1, System.nanoTime() - start);
        if (done > 0) {
            // Smooth the throughput estimate so one slow tick (a GC, a repaint) does not halve the next batch.
            epochsPerNano = 0.7 * epochsPerNano + 0.3 * (done / (double) took);
        }
    }
}
