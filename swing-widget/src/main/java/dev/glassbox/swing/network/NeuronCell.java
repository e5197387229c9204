package dev.glassbox.swing.network;

import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import java.awt.Font;

/**
 * One neuron as a {@link NetworkView} is about to draw it, handed to its {@link NeuronRenderer}:
 * where it is, what it shows and how it stands, as a {@link javax.swing.JTable} hands a cell's
 * value and state to its cell renderer.
 *
 * @param id        the neuron (layer 0 is the input layer)
 * @param x         the x of its center, in the view's coordinates
 * @param y         the y of its center
 * @param radius    its radius in pixels
 * @param trace     the epoch the view shows, with every forward and backward value
 * @param sample    the index of the sample the view shows, from 0
 * @param hovered   whether the mouse is over it
 * @param selected  whether it is selected
 * @param value     the number the view writes inside it (its input or activation, rounded to fit),
 *                  or null where none is written: before the forward pass reaches it, or in a
 *                  neuron too small to hold a readable number
 * @param valueFont the font fitted to the neuron for {@code value}, or null when {@code value} is
 */
public record NeuronCell(NeuronId id, double x, double y, double radius, EpochTrace trace, int sample,
                         boolean hovered, boolean selected, String value, Font valueFont) {

    /**
     * The neuron's values on the sample ({@code z}, {@code a}, slope, {@code δ}).
     *
     * @return the neuron's trace on the viewed sample
     */
    public NeuronTrace neuron() {
        return trace.sample(sample).neuron(id);
    }

    /**
     * Whether it is saturated, a dead ReLU or healthy, as the padlock and the skull show.
     *
     * @return the neuron's health on the viewed sample
     */
    public NeuronHealth health() {
        return trace.health(sample, id);
    }

    /**
     * Whether every value the neuron carries is a finite number: false once training diverged.
     *
     * @return true unless its {@code a}, {@code z} or {@code δ} is NaN or infinite
     */
    public boolean finite() {
        return TraceReadings.finite(id, neuron());
    }
}
