/**
 * Tables of the trace: activations and deltas of the viewed sample, every weight and bias with its
 * batch gradient and last change. Each follows the model while displayed and colors its numbers by
 * sign and magnitude from the theme.
 */
package dev.glassbox.swing.table;
