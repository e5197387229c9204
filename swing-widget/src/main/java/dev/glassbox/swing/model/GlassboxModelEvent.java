package dev.glassbox.swing.model;

/**
 * What changed in what a {@link GlassboxModel} trains: epochs trained, a reset, a rewind, a scenario
 * loaded, the learning rate changed, or a divergence; or in what the views show of it: the viewed
 * epoch, the bookmarks ({@link #sessionChanged()} tells them apart). The trace, parameters and histories are new
 * after any of them. (The animation, playback and what the user points at have events of their own:
 * {@link AnimationEvent}, {@link PlaybackEvent}, {@link InspectionEvent}.)
 *
 * <p>One event may stand for many epochs: in bulk mode a frame trains thousands at once. Its
 * {@link #firstEpoch()} and {@link #lastEpoch()} say which, and {@link #loss(int)} gives each one's
 * loss, so a listener sees every epoch; {@link GlassboxModelListener#everyEpochs} does the counting.
 *
 * @param model      the model that changed
 * @param kind       what changed
 * @param firstEpoch for {@link Kind#TRAINED}, the first epoch trained; for {@link Kind#VIEWED}, the
 *                   epoch viewed now; otherwise the epoch the session is at after the change
 * @param lastEpoch  for {@link Kind#TRAINED}, the last epoch trained (the session's epoch now);
 *                   otherwise the same as {@code firstEpoch}
 */
public record GlassboxModelEvent(GlassboxModel model, Kind kind, int firstEpoch, int lastEpoch) {

    /** What changed. */
    public enum Kind {
        /** Epochs {@code firstEpoch} to {@code lastEpoch} were trained. */
        TRAINED,
        /** Back to the starting parameters at epoch 0. */
        RESET,
        /** Back to the state after an earlier epoch, later epochs forgotten. */
        REWOUND,
        /** Another scenario (or the same one with other options) was loaded, at its epoch 0. */
        LOADED,
        /** The learning rate of the next epochs changed. */
        LEARNING_RATE,
        /** The session diverged and playback stopped; see {@link GlassboxModel#divergence()}. */
        DIVERGED,
        /**
         * The views show another epoch ({@link GlassboxModel#viewedEpoch()}, in {@code firstEpoch}):
         * a past one, or the present again. The session did not change, but the trace, the last
         * change and what the views show did.
         */
        VIEWED,
        /** The bookmarks changed ({@link GlassboxModel#bookmarks()}); the session did not. */
        BOOKMARKS,
        /** A weight or bias of the pending epoch was set by hand ({@link GlassboxModel#setParameter}). */
        EDITED,
        /**
         * The session was put back to a recorded state by an undo or redo (of a reset or a load):
         * the scenario, epoch, parameters and histories may all be others. When that means training
         * a long history again ({@link GlassboxModel#isRetraining()}), it is told as it begins (the
         * session at epoch 0 of the recorded scenario), the epochs then come as {@link #TRAINED},
         * and it is told again once the recorded state is reached.
         */
        RESTORED
    }

    /**
     * How many epochs this event trained.
     *
     * @return {@code lastEpoch − firstEpoch + 1} for {@link Kind#TRAINED}, else 0
     */
    public int epochs() {
        return kind == Kind.TRAINED ? lastEpoch - firstEpoch + 1 : 0;
    }

    /**
     * Whether the session itself changed, rather than only what the views show of it (the viewed
     * epoch, the bookmarks).
     *
     * @return false for {@link Kind#VIEWED} and {@link Kind#BOOKMARKS}, true otherwise
     */
    public boolean sessionChanged() {
        return kind != Kind.VIEWED && kind != Kind.BOOKMARKS;
    }

    /**
     * Whether the session went back to an earlier epoch (a reset, a rewind, a load or a restore):
     * whatever a listener accumulated from the epochs trained so far no longer holds.
     *
     * @return true for {@link Kind#RESET}, {@link Kind#REWOUND}, {@link Kind#LOADED} and {@link Kind#RESTORED}
     */
    public boolean startsOver() {
        return kind == Kind.RESET || kind == Kind.REWOUND || kind == Kind.LOADED || kind == Kind.RESTORED;
    }

    /**
     * The mean loss of a trained epoch, read from the model's loss history: exact for the last epoch,
     * and for every epoch until the history merges neighbouring epochs (after some 4 million), then
     * the highest loss of the merged ones.
     *
     * @param epoch an epoch from 1 to the session's current epoch, typically one of
     *              {@code firstEpoch … lastEpoch}
     * @return the loss of that epoch
     * @throws IndexOutOfBoundsException if the epoch was not trained (or was forgotten since)
     */
    public double loss(int epoch) {
        return model.lossOf(epoch);
    }
}
