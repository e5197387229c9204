/**
 * The training session — step, run, reset, seek — with its listeners, the loss history, the
 * divergence guard and the neuron events (saturation, recovery, dying ReLU) over time.
 */
package dev.glassbox.core.session;
