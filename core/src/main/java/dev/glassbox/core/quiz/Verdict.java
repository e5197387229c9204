package dev.glassbox.core.quiz;

import java.util.Optional;

/**
 * How an answer went.
 *
 * @param question  the question answered
 * @param given     the student's value
 * @param expected  the right value, as the trace has it
 * @param tolerance how far from {@code expected} an answer still counts as right
 * @param correct   whether {@code given} is within {@code tolerance} of {@code expected}
 * @param mistake   for a wrong answer, the known mistake whose value it matches, if any
 */
public record Verdict(Question question, double given, double expected, double tolerance, boolean correct,
                      Optional<Mistake> mistake) {
}
