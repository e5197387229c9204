package dev.glassbox.swing.model;

import java.util.EventListener;

/** Observes a {@link GlassboxModel}'s playback; called on the event thread. */
@FunctionalInterface
public interface PlaybackListener extends EventListener {
    /**
     * Playback started, stopped or changed speed.
     *
     * @param event what changed
     */
    void playbackChanged(PlaybackEvent event);
}
