package dev.glassbox.swing.model;

import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.session.TrainingSession;

/**
 * Playback of a {@link TrainingSession}: play and pause, the speed, stepping by epoch and by phase,
 * and the one frame callback of its {@link FrameClock} that drives both the {@link EpochAnimation}
 * and bulk training, running only while something moves.
 *
 * <p>Below {@link GlassboxModel#BULK_SPEED} each epoch is animated phase by phase and committed to
 * the session when its update phase ends; from {@code BULK_SPEED} on, each frame trains a batch of
 * epochs sized to the target rate and to a time budget of {@link #TRAIN_BUDGET_NANOS} (the
 * throughput is measured on the clock and smoothed), so the interface stays responsive at any speed.
 */
final class Playback {
    /** The training time one frame may take in bulk mode. */
    static final long TRAIN_BUDGET_NANOS = 8_000_000L;
    /** The throughput assumed before the first bulk frame measured one: 10⁻⁵ epochs per nanosecond. */
    static final double INITIAL_EPOCHS_PER_NANO = 1e-5;
    /** The speed a new playback starts at. */
    static final int INITIAL_SPEED = 30;

    /** What a playback tells its owner. */
    interface Listener {
        /** The animation phase or its progress moved. */
        void animationChanged();

        /** Play/pause or the speed changed. */
        void playbackChanged(PlaybackEvent.Kind kind);

        /**
         * In online mode, the animated epoch moved on to the pass of sample {@code s} (each sample
         * is trained by itself, in order): the views are to show that sample. Told before the
         * {@link #animationChanged()} of the pass's first frame.
         */
        void sampleStarted(int s);
    }

    private final TrainingSession session;
    private final FrameClock clock;
    private final Listener listener;
    private final EpochAnimation animation = new EpochAnimation();
    private final Runnable frame = this::frame;

    private boolean playing;
    private int speed = INITIAL_SPEED;
    private long lastFrame;
    private double epochsOwed;
    private double epochsPerNano = INITIAL_EPOCHS_PER_NANO;
    /** Stopped for good: the clock is never started again. */
    private boolean closed;
    /** The epoch a run ({@link #runTo}) stops at, or −1 when none is under way. */
    private int goalEpoch = -1;
    /** The loss a run stops below. */
    private double goalLoss;
    /** The retraining an undo or redo started, trained in frames until done; null when none. */
    private Retraining retraining;
    /** Set while the retraining trains: what it trains is not a change to record. */
    private boolean inRetraining;
    /** Whether the retraining under way was told as {@link PlaybackEvent.Kind#RETRAINING}. */
    private boolean retrainingTold;

    Playback(TrainingSession session, FrameClock clock, Listener listener) {
        this.session = session;
        this.clock = clock;
        this.listener = listener;
    }

    // ---------------------------------------------------------------- reading

    Phase phase() {
        return animation.phase();
    }

    double phaseProgress() {
        return animation.progress();
    }

    boolean isPlaying() {
        return playing;
    }

    int speed() {
        return speed;
    }

    boolean isBulk() {
        return speed >= GlassboxModel.BULK_SPEED;
    }

    /** Seconds one animated phase takes at the current speed (2 s at speed 0, 0.1 s just below bulk). */
    double phaseSeconds() {
        int s = Math.min(speed, GlassboxModel.BULK_SPEED - 1);
        return 2.0 * Math.pow(0.05, s / (double) (GlassboxModel.BULK_SPEED - 1));
    }

    /** The target epochs per second of bulk training (infinite at the maximum speed). */
    double bulkEpochsPerSecond() {
        if (speed >= GlassboxModel.MAX_SPEED) {
            return Double.POSITIVE_INFINITY;
        }
        int bulk = GlassboxModel.BULK_SPEED;
        double t = (Math.max(speed, bulk) - bulk) / (double) (GlassboxModel.MAX_SPEED - 1 - bulk);
        return 10.0 * Math.pow(10, 5 * t);
    }

    /** Whether the frame callback runs. */
    boolean isClockRunning() {
        return clock.isRunning();
    }

    // ---------------------------------------------------------------- commands

    void stepEpoch() {
        finishRetraining();
        pause();
        if (animation.isRunning()) {
            animation.holdAtPhaseEnd(false);
            updateClock();
            return;
        }
        if (isBulk()) {
            session.step();
            return;
        }
        animation.holdAtPhaseEnd(false);
        startEpoch();
    }

    void stepPhase() {
        finishRetraining();
        pause();
        animation.holdAtPhaseEnd(true);
        if (!animation.isRunning()) {
            startEpoch();
        } else if (animation.isPhaseDone()) {
            nextPhase();
        }
        updateClock();
    }

    void play() {
        finishRetraining();
        if (playing || session.divergence().isPresent() || closed) {
            return;
        }
        playing = true;
        lastFrame = clock.nanoTime();
        epochsOwed = 0;
        continuePlaying();
        animation.holdAtPhaseEnd(false);
        updateClock();
        listener.playbackChanged(PlaybackEvent.Kind.STARTED);
    }

    void pause() {
        goalEpoch = -1;
        if (!playing) {
            return;
        }
        playing = false;
        animation.holdAtPhaseEnd(animation.isRunning());
        updateClock();
        listener.playbackChanged(PlaybackEvent.Kind.STOPPED);
    }

    void setSpeed(int s) {
        s = Math.max(0, Math.min(GlassboxModel.MAX_SPEED, s));
        if (s == speed) {
            return;
        }
        speed = s;
        if (isBulk() && playing && animation.isRunning()) {
            animation.holdAtPhaseEnd(false);
        }
        listener.playbackChanged(PlaybackEvent.Kind.SPEED);
    }

    /** Drops the epoch under way, if any (a reset, rewind or load made it meaningless). */
    void cancelAnimation() {
        if (animation.cancel()) {
            listener.animationChanged();
        }
    }

    /** Stops playing without telling anyone (the caller reports why, e.g. a divergence). */
    void halt() {
        goalEpoch = -1;
        playing = false;
        updateClock();
    }

    /**
     * Pauses and stops the clock, an animated epoch staying where it is: nothing moves until a
     * command asks for it again.
     */
    void stopAll() {
        pause();
        clock.stop();
    }

    /** Stops for good: the clock is stopped and never started again. */
    void close() {
        closed = true;
        retraining = null;
        stopAll();
    }

    // ---------------------------------------------------------------- frames

    private void startEpoch() {
        boolean online = session.scenario().updateMode() == UpdateMode.ONLINE;
        animation.start(online ? session.samples().size() : 1);
        lastFrame = clock.nanoTime();
        updateClock();
        if (online) {
            listener.sampleStarted(0);
        }
        listener.animationChanged();
    }

    /** Moves on from a finished phase: forward → backward → update, the next sample's pass, or commit. */
    private void nextPhase() {
        int pass = animation.pass();
        if (animation.nextPhase()) {
            session.step();
            listener.animationChanged();
            continuePlaying();
        } else {
            lastFrame = clock.nanoTime();
            updateClock();
            if (animation.pass() != pass) {
                listener.sampleStarted(animation.pass());
            }
            listener.animationChanged();
        }
    }

    private void updateClock() {
        boolean moving = playing || animation.isMoving() || retraining != null;
        if (moving && !clock.isRunning() && !closed) {
            lastFrame = clock.nanoTime();
            clock.start(frame);
        } else if (!moving && clock.isRunning()) {
            clock.stop();
        }
    }

    /** One frame: move the animation, or train a time-sliced batch. */
    private void frame() {
        long now = clock.nanoTime();
        long dt = now - lastFrame;
        lastFrame = now;
        if (retraining != null) {
            retrainSlice();
        } else if (animation.isRunning()) {
            animate(dt);
        } else if (playing && (isBulk() || isRunning())) {
            trainBulk(dt);
        } else {
            // Playing and idle below bulk speed: after the speed dropped out of bulk, or a reset or
            // load cancelled the epoch under way.
            continuePlaying();
        }
        updateClock();
    }

    /** While playing below bulk speed, an idle playback starts animating the next epoch. */
    private void continuePlaying() {
        if (playing && !isBulk() && !isRunning() && !animation.isRunning() && session.divergence().isEmpty()) {
            startEpoch();
        }
    }

    private void animate(long dt) {
        if (animation.elapse(dt, phaseSeconds())) {
            listener.animationChanged();
        }
        if (animation.movesOn(playing && isBulk())) {
            nextPhase();
        }
    }

    private void trainBulk(long dt) {
        // A run trains as fast as the frame's time budget allows, whatever the speed.
        double want = isRunning() ? Double.POSITIVE_INFINITY : epochsOwed + bulkEpochsPerSecond() * dt / 1e9;
        double affordable = epochsPerNano * TRAIN_BUDGET_NANOS;
        double epochs = Math.min(want, Math.max(1, affordable));
        int n = (int) Math.min(epochs, isRunning() ? goalEpoch - session.epoch() : Integer.MAX_VALUE / 2);
        epochsOwed = Double.isInfinite(want) ? 0 : Math.min(want - n, affordable);
        if (n <= 0) {
            return;
        }
        long start = clock.nanoTime();
        int done = session.runUntilLossBelow(n, isRunning() ? goalLoss : Double.NEGATIVE_INFINITY);
        long took = Math.max(1, clock.nanoTime() - start);
        if (done > 0) {
            // Smooth the throughput estimate so one slow frame (a GC, a repaint) does not halve the next batch.
            epochsPerNano = 0.7 * epochsPerNano + 0.3 * (done / (double) took);
        }
        if (isRunning() && (done < n || session.epoch() >= goalEpoch)) {
            // At the goal, below the loss, or diverged (then playback has already halted).
            pause();
        }
    }

    // ---------------------------------------------------------------- runs to a goal

    /** Whether a run to a goal ({@link #runTo}) is under way. */
    boolean isRunning() {
        return goalEpoch >= 0;
    }

    /**
     * Plays in time-sliced batches, whatever the speed, until epoch {@code epoch} is trained or an
     * epoch's loss is below {@code lossBelow}; a pause (or any command that pauses) cancels it.
     */
    void runTo(int epoch, double lossBelow) {
        finishRetraining();
        pause();
        cancelAnimation();
        if (epoch <= session.epoch() || session.divergence().isPresent() || closed) {
            return;
        }
        goalEpoch = epoch;
        goalLoss = lossBelow;
        playing = true;
        lastFrame = clock.nanoTime();
        epochsOwed = 0;
        updateClock();
        listener.playbackChanged(PlaybackEvent.Kind.STARTED);
    }

    // ---------------------------------------------------------------- retraining after an undo or redo

    /**
     * Trains {@code r} again (an undo or redo of a long history): its start and a first slice now,
     * the rest a frame's budget at a time ({@link #TRAIN_BUDGET_NANOS}), so that the event thread is
     * never held for longer than a frame. A short one is done before this returns; a longer one is
     * told as {@link PlaybackEvent.Kind#RETRAINING} now and {@link PlaybackEvent.Kind#RETRAINED} once
     * done. Meanwhile {@link #retrainingGoal()} says where it goes; any other command completes it first.
     */
    void retrain(Retraining r) {
        finishRetraining();
        retraining = r;
        inRetraining = true;
        try {
            r.start();
        } finally {
            inRetraining = false;
        }
        retrainSlice();
        if (closed) {
            // No frame will come: all of it now.
            finishRetraining();
        }
        if (retraining != null) {
            retrainingTold = true;
            updateClock();
            listener.playbackChanged(PlaybackEvent.Kind.RETRAINING);
        }
    }

    /** Completes the retraining under way at once, if any. */
    void finishRetraining() {
        if (retraining != null) {
            train(Integer.MAX_VALUE);
            endRetraining();
        }
    }

    /** The epoch the retraining under way trains to, or −1 when none is under way. */
    int retrainingGoal() {
        return retraining == null || retraining.done() ? -1 : retraining.goal();
    }

    /** Whether the session's change being told is the retraining's own (not a change to record). */
    boolean isRetrainingNow() {
        return inRetraining;
    }

    /**
     * One frame's budget of retraining, in parts that grow while the clock says there is time left
     * (each part is told to the views as epochs trained, so they follow it).
     */
    private void retrainSlice() {
        long start = clock.nanoTime();
        long spent = 0;
        long trained = 0;
        long part = Math.max(1, (long) (epochsPerNano * TRAIN_BUDGET_NANOS / 4));
        while (!retraining.done() && spent < TRAIN_BUDGET_NANOS) {
            trained += train((int) part);
            spent = clock.nanoTime() - start;
            long next = 2 * part;
            if (spent > 0) {
                next = Math.min(next, (long) (trained * (double) (TRAIN_BUDGET_NANOS - spent) / spent) + 1);
            }
            part = Math.max(1, Math.min(next, Integer.MAX_VALUE / 2));
        }
        if (trained > 0 && spent > 0) {
            epochsPerNano = 0.7 * epochsPerNano + 0.3 * (trained / (double) spent);
        }
        if (retraining.done()) {
            endRetraining();
        }
    }

    private int train(int epochs) {
        inRetraining = true;
        try {
            return retraining.train(epochs);
        } finally {
            inRetraining = false;
        }
    }

    private void endRetraining() {
        boolean told = retrainingTold;
        retraining = null;
        retrainingTold = false;
        updateClock();
        if (told) {
            listener.playbackChanged(PlaybackEvent.Kind.RETRAINED);
        }
    }
}
