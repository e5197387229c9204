package dev.glassbox.swing.model;

/**
 * The animation of a {@link GlassboxModel}'s epoch moved: some 66 times a second while an epoch is
 * animated, so only views that draw the animation listen to it.
 *
 * @param model    the model
 * @param phase    the running phase, {@link Phase#IDLE} between epochs
 * @param progress how far the running phase has got, from 0 to 1
 */
public record AnimationEvent(GlassboxModel model, Phase phase, double progress) {
}
