/**
 * The loss-versus-epoch chart: {@link dev.glassbox.swing.chart.LossChartPanel}, a JFreeChart chart
 * fed by a decimated dataset (one first/min/max/last bucket per pixel column, so it stays fast at
 * ten million epochs), with neuron-event marks, per-sample lines and a comparison run
 * ({@link dev.glassbox.swing.chart.ComparisonRun}).
 */
package dev.glassbox.swing.chart;
