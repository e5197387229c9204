/**
 * Test yourself: a {@link dev.glassbox.swing.quiz.QuizModel} hides a value of the pending epoch
 * from every view and asks for it, checks the answer against the trace and names a recognised
 * mistake; the {@link dev.glassbox.swing.quiz.QuizPanel} is where a student answers. Courseware
 * can start a quiz and listen for every answer ({@link dev.glassbox.swing.quiz.QuizListener}).
 */
package dev.glassbox.swing.quiz;
