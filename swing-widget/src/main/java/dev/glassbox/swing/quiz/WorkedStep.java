package dev.glassbox.swing.quiz;

import dev.glassbox.core.quiz.Step;

/**
 * One line of a question's worked solution, with the numbers of the epoch put in, e.g.
 * {@code "δ = raw error × slope = 0.7414 × 0.1868 = 0.1385"}.
 *
 * @param step which step of the chain rule it is, as a known mistake names it
 * @param text the line
 */
public record WorkedStep(Step step, String text) {
}
