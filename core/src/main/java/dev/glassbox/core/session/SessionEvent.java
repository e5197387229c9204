package dev.glassbox.core.session;

/**
 * What changed in a {@link TrainingSession}.
 *
 * @param session the session
 * @param kind    what happened
 * @param epochs  how many epochs were trained by this change (0 for anything but steps and runs)
 */
public record SessionEvent(TrainingSession session, Kind kind, int epochs) {

    /** What happened. */
    public enum Kind {
        /** One or more epochs were trained. */
        TRAINED,
        /** Back to the starting parameters at epoch 0. */
        RESET,
        /** Back to the state after an earlier epoch ({@link TrainingSession#seek}), later epochs forgotten. */
        REWOUND,
        /** A new scenario was loaded. */
        LOADED,
        /** The learning rate changed. */
        LEARNING_RATE,
        /** An epoch diverged; the session keeps its last finite state. */
        DIVERGED,
        /** A weight or bias of the pending epoch was set by hand ({@link TrainingSession#setParameter}). */
        EDITED,
        /** A {@link Checkpoint} was brought back ({@link TrainingSession#restore}): anything may have changed. */
        RESTORED
    }
}
