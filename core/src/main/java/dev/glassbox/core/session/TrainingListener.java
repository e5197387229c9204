package dev.glassbox.core.session;

/** Observes a {@link TrainingSession}; called on the thread that drove the session. */
@FunctionalInterface
public interface TrainingListener {
    /**
     * The session changed.
     *
     * @param event what changed
     */
    void sessionChanged(SessionEvent event);
}
