package dev.glassbox.swing.testing;

import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.FrameClock;

/**
 * A {@link FrameClock} that moves only when a test says so, in milliseconds of test time: each
 * {@link #frame(long)} advances the time and runs the frame callback once, if one is running, as
 * the Swing timer would. Training can be given a cost on this clock ({@link #spend(long)}), so that
 * throughput measured by playback is exact.
 */
public final class ManualClock implements FrameClock {
    private long nanos;
    private Runnable frame;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public void start(Runnable frame) {
        this.frame = frame;
    }

    @Override
    public void stop() {
        frame = null;
    }

    @Override
    public boolean isRunning() {
        return frame != null;
    }

    /** Lets {@code nanos} pass without a frame (work done in between frames, e.g. training). */
    public void spend(long nanos) {
        this.nanos += nanos;
    }

    /** Lets {@code millis} pass, then runs one frame if the callback is running. */
    public void frame(long millis) {
        nanos += millis * 1_000_000L;
        if (frame != null) {
            frame.run();
        }
    }

    /**
     * Makes every epoch {@code session} trains cost {@code nanosPerEpoch} on this clock, so that bulk
     * playback, which sizes its batches by the training time it measures, trains as on a machine of
     * that speed.
     */
    public void chargeTraining(TrainingSession session, long nanosPerEpoch) {
        session.addListener(e -> {
            if (e.kind() == SessionEvent.Kind.TRAINED) {
                spend(nanosPerEpoch * e.epochs());
            }
        });
    }

    /** Runs {@code count} frames, {@code millis} apart. */
    public void frames(int count, long millis) {
        for (int k = 0; k < count; k++) {
            frame(millis);
        }
    }
}
