package dev.glassbox.swing.model;

import java.util.EventListener;

/** Observes a {@link GlassboxModel}'s epoch animation; called on the event thread. */
@FunctionalInterface
public interface AnimationListener extends EventListener {
    /**
     * The phase or its progress moved.
     *
     * @param event where the animation is now
     */
    void animationChanged(AnimationEvent event);
}
