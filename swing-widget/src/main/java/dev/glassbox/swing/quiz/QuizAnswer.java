package dev.glassbox.swing.quiz;

import dev.glassbox.core.quiz.Verdict;
import java.util.Objects;

/**
 * An answer as the quiz records it: how it went, and how many steps of the worked solution the
 * hints had revealed before it (0 for an answer worked out alone).
 *
 * @param verdict the value given, the expected one, right or wrong and the mistake recognised
 * @param hints   the hint steps used for the question, from 0
 */
public record QuizAnswer(Verdict verdict, int hints) {
    /**
     * An answer.
     *
     * @param verdict how it went
     * @param hints   the hint steps used, from 0
     * @throws IllegalArgumentException if {@code hints} is negative
     */
    public QuizAnswer {
        Objects.requireNonNull(verdict, "verdict");
        if (hints < 0) {
            throw new IllegalArgumentException("hints must not be negative: " + hints);
        }
    }
}
