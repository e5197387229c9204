/**
 * The chain-rule panel: the chain rule of the hovered or selected connection (or a neuron's bias)
 * on the viewed sample, written out with the trace's numbers and typeset as math — subscripts,
 * aligned relation signs, italic symbols — with the same content as plain text for screen readers.
 */
package dev.glassbox.swing.chain;
