/**
 * Building the network: {@link dev.glassbox.swing.editor.NetworkEditor}, the hidden layers, each
 * layer's neurons and activation, the loss and how the weights start, edited in the GUI within the
 * limits of the scenario format, undoable and saved with the scenario.
 */
package dev.glassbox.swing.editor;
