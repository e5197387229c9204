/**
 * The controls of a Glassbox session: scenario and parameters ({@link dev.glassbox.swing.controls.ParameterControls}),
 * playback ({@link dev.glassbox.swing.controls.TrainingControls}) and the lesson text
 * ({@link dev.glassbox.swing.controls.LessonPanel}). They act on the model and show its state; they
 * hold none of their own.
 */
package dev.glassbox.swing.controls;
