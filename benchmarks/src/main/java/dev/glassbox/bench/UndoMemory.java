package dev.glassbox.bench;

import static dev.glassbox.bench.LossChartMemoryBenchmark.liveHeap;
import static dev.glassbox.bench.LossChartRepaintBenchmark.onEdt;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.FrameClock;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.undo.UndoActions;

/**
 * The heap that undo costs (issue 13's "memory stays bounded"): a session on xor plays 10⁷ epochs
 * at full speed, once alone and once with {@link UndoActions} recording it after 1,000 weights set
 * by hand, then a reset; the live heap (after full collections) is printed for the session alone,
 * for the recorded one after the reset and again once the reset is undone (the whole history back,
 * every edit still held), with the time undo and redo take: undoing the play seeks, redoing it and
 * undoing the reset train again, a frame's budget at a time ({@link GlassboxModel#isRetraining()}),
 * each frame its own event-thread task as under a Swing timer: the longest of those tasks is the
 * longest the event thread is held.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar dev.glassbox.bench.UndoMemory
 * </pre>
 */
public final class UndoMemory {
    private static final int EPOCHS = 10_000_000;
    private static final int EDITS = 1_000;

    private UndoMemory() {
    }

    /** Frames run by hand, as fast as they come, on real time (playback sizes its batches by it). */
    private static final class HandClock implements FrameClock {
        private Runnable frame;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void start(Runnable f) {
            frame = f;
        }

        @Override
        public void stop() {
            frame = null;
        }

        @Override
        public boolean isRunning() {
            return frame != null;
        }
    }

    public static void main(String[] args) throws Exception {
        long empty = liveHeap();
        Object[] alone = onEdt(() -> play(false));
        long aloneHeap = liveHeap() - empty;
        reach(alone);
        alone = null;

        long base = liveHeap();
        Object[] recorded = onEdt(() -> play(true));
        long recordedHeap = liveHeap() - base;
        GlassboxModel model = (GlassboxModel) recorded[0];
        UndoActions undo = (UndoActions) recorded[1];
        HandClock clock = (HandClock) recorded[2];
        System.out.printf("session after %,d epochs of play, no undo:            %6.1f MB%n", EPOCHS, aloneHeap / 1e6);
        System.out.printf("with undo: %,d edits + the play + a reset recorded:  %6.1f MB (%d undoable edits)%n", EDITS,
                recordedHeap / 1e6, onEdt(() -> undo.manager().getLimit()));
        System.out.printf("undo of the reset (trains %,d epochs again):          %s%n", EPOCHS,
                retrained(model, clock, () -> undo.undo().actionPerformed(null)));
        System.out.printf("after that undo, the history back and every edit kept:  %6.1f MB%n",
                (liveHeap() - base) / 1e6);
        System.out.printf("undo of the play (a seek):                              %6d ms%n",
                timed(() -> undo.undo().actionPerformed(null)));
        System.out.printf("redo of the play (trains again):                        %s%n",
                retrained(model, clock, () -> undo.redo().actionPerformed(null)));
        System.out.printf("epoch now %,d%n", onEdt(model::epoch));
        onEdt(() -> {
            model.close();
            return null;
        });
    }

    /**
     * Plays 10⁷ epochs (after 1,000 edits and with a reset after, if {@code record}); returns the
     * model, undo and the clock.
     */
    private static Object[] play(boolean record) {
        HandClock clock = new HandClock();
        GlassboxModel model = new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), clock);
        UndoActions undo = record ? new UndoActions(model) : null;
        if (record) {
            for (int k = 0; k < EDITS; k++) {
                model.setParameter(k % 2 == 0 ? new Connection(k % 3 == 0 ? 0 : 1, 0, 0) : new NeuronId(1, k % 2),
                        0.001 * k);
            }
        }
        model.setSpeed(GlassboxModel.MAX_SPEED);
        model.play();
        while (model.epoch() < EPOCHS && clock.frame != null) {
            clock.frame.run();
        }
        model.pause();
        if (record) {
            model.reset();
        }
        return new Object[] {model, undo, clock};
    }

    private static void reach(Object o) {
        if (o == null) {
            throw new AssertionError();
        }
    }

    /**
     * Runs {@code command} (an undo or redo) and then the frames of the retraining it starts, each
     * frame an event-thread task of its own; returns the total time, the number of tasks and the
     * longest of them.
     */
    private static String retrained(GlassboxModel model, HandClock clock, Runnable command) throws Exception {
        long start = System.nanoTime();
        java.util.List<Long> tasks = new java.util.ArrayList<>();
        tasks.add(timedNanos(command));
        while (onEdt(model::isRetraining)) {
            tasks.add(timedNanos(clock.frame));
        }
        long total = System.nanoTime() - start;
        long first = tasks.get(0);
        java.util.Collections.sort(tasks);
        return String.format("%6d ms in %,d event-thread tasks: the command %.1f ms, median %.1f ms, longest %.1f ms",
                total / 1_000_000, tasks.size(), first / 1e6, tasks.get(tasks.size() / 2) / 1e6,
                tasks.get(tasks.size() - 1) / 1e6);
    }

    private static long timedNanos(Runnable r) throws Exception {
        return onEdt(() -> {
            long start = System.nanoTime();
            r.run();
            return System.nanoTime() - start;
        });
    }

    private static long timed(Runnable r) throws Exception {
        return onEdt(() -> {
            long start = System.nanoTime();
            r.run();
            return (System.nanoTime() - start) / 1_000_000;
        });
    }
}
