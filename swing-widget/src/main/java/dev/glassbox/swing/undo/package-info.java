/**
 * Undo and redo of everything that changes the session — a weight or bias set by hand, a step, a
 * run of play, a reset, a load, another loss, activation, update mode or learning rate — as Swing
 * {@link javax.swing.Action}s over a {@link javax.swing.undo.UndoManager} that listens to the
 * model's undoable edits, as one listens to a text {@code Document}.
 */
package dev.glassbox.swing.undo;
