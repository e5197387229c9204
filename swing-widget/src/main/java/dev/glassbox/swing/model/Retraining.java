package dev.glassbox.swing.model;

import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.core.session.TrainingSession;

/**
 * A session trained again by an undo or redo — a reset or a load undone (a checkpoint restored), a
 * run of play redone — which {@link Playback} does a frame's budget at a time, so that however long
 * the history, the event thread never waits on it for more than one frame.
 */
interface Retraining {
    /** Begins: the session's first change, told to its listeners. */
    void start();

    /** Trains at most {@code epochs} epochs further and returns how many it trained. */
    int train(int epochs);

    /** Whether the session is where it is going (or can go no further: it diverged). */
    boolean done();

    /** The epoch it trains the session to. */
    int goal();

    /** Restoring {@code c} in parts ({@link TrainingSession#startRestore}). */
    static Retraining restore(TrainingSession session, Checkpoint c) {
        return new Retraining() {
            @Override
            public void start() {
                session.startRestore(c);
            }

            @Override
            public int train(int epochs) {
                return session.restoreMore(epochs);
            }

            @Override
            public boolean done() {
                return !session.isRestoring();
            }

            @Override
            public int goal() {
                return c.epoch();
            }
        };
    }

    /**
     * Training on to epoch {@code to}, then one epoch more if {@code diverges} (the epoch that
     * diverged, tried again and again not committed).
     */
    static Retraining run(TrainingSession session, int to, boolean diverges) {
        int last = diverges ? to + 1 : to;
        return new Retraining() {
            @Override
            public void start() {
            }

            @Override
            public int train(int epochs) {
                return session.run(Math.min(epochs, last - session.epoch()));
            }

            @Override
            public boolean done() {
                return session.epoch() >= last || session.divergence().isPresent();
            }

            @Override
            public int goal() {
                return to;
            }
        };
    }
}
