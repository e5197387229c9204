/**
 * Self-test: a {@link dev.glassbox.core.quiz.Question} asks for a number of one epoch before the
 * glass box shows it; its {@link dev.glassbox.core.quiz.Solution}, read from the epoch's trace,
 * checks an answer and recognises the common {@link dev.glassbox.core.quiz.Mistake}s by the wrong
 * values they give.
 */
package dev.glassbox.core.quiz;
