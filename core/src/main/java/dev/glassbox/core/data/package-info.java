/**
 * Training sets made from a seed: two-input problems beyond truth tables (a circle, two Gaussian
 * blobs, a spiral, XOR quadrants), each with a noise level and a sample count, the same samples on
 * every machine.
 */
package dev.glassbox.core.data;
