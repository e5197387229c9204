/**
 * The network view: {@link dev.glassbox.swing.network.NetworkView} draws the network of a
 * {@link dev.glassbox.swing.model.GlassboxModel} from its trace, with animated packets, markers and
 * keyboard and mouse selection; {@link dev.glassbox.swing.network.NetworkLayout} is its geometry and
 * {@link dev.glassbox.swing.network.Marker} its marker shapes, both usable on their own;
 * {@link dev.glassbox.swing.network.NetworkTooltipGenerator} writes its tooltips and may be replaced.
 */
package dev.glassbox.swing.network;
