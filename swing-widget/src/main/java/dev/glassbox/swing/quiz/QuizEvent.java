package dev.glassbox.swing.quiz;

import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Verdict;
import java.util.Optional;

/**
 * What happened in a {@link QuizModel}.
 *
 * @param source   the quiz
 * @param kind     what happened
 * @param question the question it happened to (for {@link Kind#FINISHED}, the last one, or null)
 * @param verdict  for {@link Kind#ANSWERED}, how the answer went: the value given, the expected
 *                 one, right or wrong and the mistake recognised; empty otherwise
 * @param hints    how many steps of the worked solution the hints had revealed: for
 *                 {@link Kind#ANSWERED} and {@link Kind#WITHDRAWN}, those used for the question;
 *                 for {@link Kind#HINT}, those shown now; 0 otherwise
 */
public record QuizEvent(QuizModel source, Kind kind, Question question, Optional<Verdict> verdict, int hints) {

    /** What happened. */
    public enum Kind {
        /** A question was asked; its value is hidden from the views. */
        ASKED,
        /** One more step of the worked solution was revealed. */
        HINT,
        /** The question was answered; its value is shown again. */
        ANSWERED,
        /** The question was dropped unanswered: skipped, or the network trained, reset or loaded under it. */
        WITHDRAWN,
        /** The teacher's quiz has no more questions. */
        FINISHED
    }
}
