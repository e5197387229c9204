package dev.glassbox.swing.network;

import java.awt.Graphics2D;

/**
 * Draws one neuron of a {@link NetworkView}: its disc, rim, highlight and the number inside it, as
 * JFreeChart's renderers draw a chart's items. The view draws everything else around it (the
 * connections, the bias and δ lines under it, its padlock or skull, the packets). Set one with
 * {@link NetworkView#setNeuronRenderer}; the {@linkplain #standard() standard} one is the view's
 * default, and a renderer may call it and draw over it. Called on the event thread for every
 * neuron of every frame, so it should not allocate much; colors come best from the
 * {@code Glassbox.*} {@link javax.swing.UIManager} keys, read at paint time.
 */
@FunctionalInterface
public interface NeuronRenderer {

    /**
     * Draws the neuron.
     *
     * @param g    the view's graphics, anti-aliased; the renderer may change its color, stroke,
     *             font and rendering hints, which the view sets again afterwards
     * @param cell the neuron, where it is and what it shows
     */
    void paintNeuron(Graphics2D g, NeuronCell cell);

    /**
     * The view's default: a disc in the neuron color with a ring when hovered or selected, a
     * dashed rim on a dead ReLU, a warning rim and number on a non-finite value, and the value
     * centered inside.
     *
     * @return the standard renderer
     */
    static NeuronRenderer standard() {
        return StandardNeuronRenderer.INSTANCE;
    }
}
