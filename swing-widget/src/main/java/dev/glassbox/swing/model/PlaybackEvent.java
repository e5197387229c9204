package dev.glassbox.swing.model;

/**
 * Playback of a {@link GlassboxModel} started, stopped, or changed speed.
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
        SPEED
    }
}
