/**
 * The training data as a student edits it: {@link dev.glassbox.swing.data.DatasetTable}, one row per
 * sample with a column for each input and target, and {@link dev.glassbox.swing.data.DatasetPanel},
 * the table with its buttons, the two-input generators and a line that says what happened. Every
 * change goes through {@link dev.glassbox.swing.model.GlassboxModel#setSamples} as one undoable
 * edit, and trains again from epoch 0.
 */
package dev.glassbox.swing.data;
