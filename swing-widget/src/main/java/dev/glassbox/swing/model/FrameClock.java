package dev.glassbox.swing.model;

/**
 * The time base of a {@link GlassboxModel}'s animation and playback: a clock to read and a frame
 * callback to run repeatedly while something moves. In an application it is a Swing timer on the
 * event thread ({@link #swingTimer()}); tests pass a clock they advance by hand, so that
 * animation and playback run in milliseconds of test time instead of waiting on the wall clock.
 *
 * <p>A running frame callback keeps the event queue busy and so keeps the JVM alive: the model
 * stops it whenever nothing moves, and for good once the model is closed.
 */
public interface FrameClock {

    /**
     * The current time on this clock.
     *
     * @return nanoseconds from an arbitrary origin, never decreasing
     */
    long nanoTime();

    /**
     * Starts calling {@code frame} once per frame, on the event thread, until {@link #stop()}.
     * Starting a running clock changes nothing.
     *
     * @param frame what to run each frame
     */
    void start(Runnable frame);

    /** Stops calling the frame callback (and forgets it). Stopping a stopped clock changes nothing. */
    void stop();

    /**
     * Whether the frame callback is being called.
     *
     * @return true between {@link #start} and {@link #stop()}
     */
    boolean isRunning();

    /**
     * The clock of an application: {@link System#nanoTime()} and a coalescing Swing timer
     * firing about every 15 ms (some 66 frames a second).
     *
     * @return a new, stopped clock
     */
    static FrameClock swingTimer() {
        return new SwingFrameClock();
    }
}
