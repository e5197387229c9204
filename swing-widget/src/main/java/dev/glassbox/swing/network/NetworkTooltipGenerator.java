package dev.glassbox.swing.network;

import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.InspectionModel;

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
     * The tooltip text for {@code element} while {@code inspection} may conceal a quiz value: what
     * the view calls. By default no tooltip at all while a value is concealed (a generator that does
     * not know about the quiz could give it away), else {@link #generateToolTip(EpochTrace, int,
     * NetworkElement)}; the standard generator writes the concealed numbers as
     * {@link dev.glassbox.swing.model.Concealed#MARK} instead.
     *
     * @param trace      the epoch the view shows, with every forward and backward value
     * @param sample     the index of the sample the view shows, from 0
     * @param element    the neuron or connection under the mouse
     * @param inspection the view's inspection state, with the value the quiz conceals, if any
     * @return the tooltip, or null for none
     */
    default String generateToolTip(EpochTrace trace, int sample, NetworkElement element, InspectionModel inspection) {
        return inspection.concealed() != null ? null : generateToolTip(trace, sample, element);
    }

    /**
     * The view's default: every number of the element on the sample explained, a line each, as
     * what it is, its formula, the formula with the numbers put in and the value — for a weight w,
     * this sample's {@code ∂L/∂w = δ_j · a_i}, the batch mean {@code ḡ} and the update; for an input
     * its x; for a neuron z, a, the slope, δ, the bias and its marker, if any — and a pointer to the
     * conventions. The view's accessible description says the same for the focused element.
     *
     * @return the standard generator
     */
    static NetworkTooltipGenerator standard() {
        return ElementText.STANDARD;
    }
}
