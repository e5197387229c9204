package dev.glassbox.swing.internal.boundary;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Computes frames off the event thread, so that a change of the parameters costs the event thread
 * nothing but a repaint: one daemon thread shared by every view (it keeps no program alive), each
 * frame handed back on the event thread. A view asks for one frame at a time and only the newest
 * of what it wanted meanwhile (see {@code DecisionBoundaryView}), so the thread never falls behind.
 * The inputs of a frame (parameters, architecture, plane) are immutable, and core's forward pass
 * is a pure function, so the thread shares nothing mutable with the event thread.
 */
public final class FrameWorker {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glassbox-boundary-frames");
        t.setDaemon(true);
        return t;
    });

    private FrameWorker() {
    }

    /**
     * Computes {@code frame} on the worker thread, then hands it to {@code done} on the event thread.
     *
     * @param frame what to compute, reading only immutable values
     * @param done  what to do with it, on the event thread; given null if the computation failed
     */
    public static void compute(Supplier<BoundaryFrame> frame, Consumer<BoundaryFrame> done) {
        THREAD.execute(() -> {
            BoundaryFrame f = null;
            try {
                f = frame.get();
            } finally {
                BoundaryFrame computed = f;   // null if it failed: the view then asks again when painting
                SwingUtilities.invokeLater(() -> done.accept(computed));
            }
        });
    }
}
