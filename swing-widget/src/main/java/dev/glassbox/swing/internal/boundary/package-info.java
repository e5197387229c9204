/**
 * What the decision boundary view and the neuron maps share: the input plane they show
 * ({@link dev.glassbox.swing.internal.boundary.Plane}), every neuron's activation over it for one set of
 * parameters, computed by core's forward pass ({@link dev.glassbox.swing.internal.boundary.BoundaryFrame}),
 * and the colors a value takes ({@link dev.glassbox.swing.internal.boundary.MapPalette}); not an API (not exported).
 */
package dev.glassbox.swing.internal.boundary;
