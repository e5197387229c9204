/**
 * The network view: {@link dev.glassbox.swing.network.NetworkView} draws the network of a
 * {@link dev.glassbox.swing.model.GlassboxModel} from its trace, with animated packets, markers and
 * keyboard and mouse selection. Its extension points, as JFreeChart's renderers and tooltip
 * generators: a {@link dev.glassbox.swing.network.NeuronRenderer} draws each neuron (handed a
 * {@link dev.glassbox.swing.network.NeuronCell}), a
 * {@link dev.glassbox.swing.network.NetworkTooltipGenerator} writes the tooltips.
 */
package dev.glassbox.swing.network;
