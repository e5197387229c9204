/**
 * The glass-box trace of one epoch, as immutable values: for every sample every neuron's
 * {@code z}, {@code a}, slope, raw error (with the backprop sum's terms) and {@code δ}; every
 * connection's gradient {@code δ·a}; the batch mean; the parameters before and after; the losses;
 * and diagnostics (saturated and dead neurons, the cross-entropy × sigmoid cancellation).
 */
package dev.glassbox.core.trace;
