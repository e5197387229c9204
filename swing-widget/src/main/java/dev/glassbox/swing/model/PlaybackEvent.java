package dev.glassbox.swing.model;

/**
 * Playback of a {@link GlassboxModel} started, stopped, or changed speed; or an undo or redo trains
 * a long history again in slices, as playback does.
 *
 * @param model the model
 * @param kind  what changed
 */
public record PlaybackEvent(GlassboxModel model, Kind kind) {

    /** What changed. */
    public enum Kind {
        /** Playing started. */
        STARTED,
        /** Playing stopped: paused, diverged, or no view of the model is displayable any more. */
        STOPPED,
        /** The speed changed. */
        SPEED,
        /**
         * An undo or redo began training a long history again, in slices: until
         * {@link #RETRAINED}, {@link GlassboxModel#isRetraining()} is true and the epochs trained
         * are told as they come.
         */
        RETRAINING,
        /** The retraining told by {@link #RETRAINING} is done: the session is where the undo or redo left it. */
        RETRAINED
    }
}
