package dev.glassbox.swing.model;

/**
 * What changed in a {@link GlassboxModel}.
 *
 * @param model the model
 * @param kind  what changed
 */
public record GlassboxModelEvent(GlassboxModel model, Kind kind) {

    /** What changed. */
    public enum Kind {
        /** The session trained, reset, loaded a scenario or changed its learning rate: the trace is new. */
        TRAINING,
        /** The session diverged and playback stopped; see {@code model.session().divergence()}. */
        DIVERGED,
        /** Another sample is viewed. */
        SAMPLE,
        /** The hovered element changed. */
        HOVER,
        /** The selected element changed. */
        SELECTION,
        /** The animation phase or its progress moved. */
        ANIMATION,
        /** Play/pause or speed changed. */
        PLAYBACK
    }
}
