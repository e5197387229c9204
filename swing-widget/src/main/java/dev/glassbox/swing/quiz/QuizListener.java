package dev.glassbox.swing.quiz;

import java.util.EventListener;

/** Told of every question asked, hint shown and answer given in a {@link QuizModel}. */
@FunctionalInterface
public interface QuizListener extends EventListener {
    /**
     * Called on the event thread after the quiz changed.
     *
     * @param e what happened
     */
    void quizChanged(QuizEvent e);
}
