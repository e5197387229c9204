/**
 * The loss-calculation panel: every sample's loss written with the loss formula and the trace's
 * numbers, and their mean; selecting a row views that sample.
 */
package dev.glassbox.swing.loss;
