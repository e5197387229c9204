package dev.glassbox.swing.model;

import javax.swing.Timer;

/** {@link FrameClock#swingTimer()}: wall-clock time and a Swing timer. */
final class SwingFrameClock implements FrameClock {
    /** The frame interval: about 66 frames a second. */
    private static final int FRAME_MS = 15;

    private final Timer timer = new Timer(FRAME_MS, e -> frame());
    private Runnable frame;

    SwingFrameClock() {
        timer.setCoalesce(true);
    }

    private void frame() {
        if (frame != null) {
            frame.run();
        }
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void start(Runnable frame) {
        this.frame = frame;
        if (!timer.isRunning()) {
            timer.start();
        }
    }

    @Override
    public void stop() {
        timer.stop();
        frame = null;
    }

    @Override
    public boolean isRunning() {
        return timer.isRunning();
    }
}
