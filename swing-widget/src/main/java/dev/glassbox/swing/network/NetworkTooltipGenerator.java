package dev.glassbox.swing.network;

import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.trace.EpochTrace;

/**
 * Writes the tooltip of a network element under the mouse in a {@link NetworkView}, as JFreeChart's
 * tooltip generators write the tooltips of a chart's items. Set one with
 * {@link NetworkView#setTooltipGenerator}; the {@linkplain #standard() standard} one is the view's
 * default. Called on the event thread each time Swing asks the view for a tooltip.
 */
@FunctionalInterface
public interface NetworkTooltipGenerator {

    /**
     * The tooltip text for {@code element}: plain text, HTML (starting with {@code <html>}) or null
     * for no tooltip.
     *
     * @param trace   the epoch the view shows, with every forward and backward value
     * @param sample  the index of the sample the view shows, from 0
     * @param element the neuron or connection under the mouse
     * @return the tooltip, or null for none
     */
    String generateToolTip(EpochTrace trace, int sample, NetworkElement element);

    /**
     * The view's default: the element's name in bold and its numbers on the sample — for a weight
     * w, the batch gradient and this sample's δ·a; for an input its x; for a neuron its activation,
     * z, a, slope, δ, bias and marker, if any.
     *
     * @return the standard generator
     */
    static NetworkTooltipGenerator standard() {
        return ElementText::tooltip;
    }
}
