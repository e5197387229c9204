/**
 * What the network learned: {@link dev.glassbox.swing.boundary.DecisionBoundaryView}, the network's
 * output over the input plane (a curve for one input) with the samples on top, live while it trains,
 * and each neuron's own map for the network view.
 */
package dev.glassbox.swing.boundary;
