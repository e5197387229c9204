package dev.glassbox.swing.internal.table;

import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.theme.GlassboxTheme;

/** A neuron's state on the viewed sample, as the activations table flags it. */
public enum NeuronState {
    /** Nothing to flag. */
    NORMAL("", GlassboxTheme.MUTED),
    /** Slope under 5 % of its peak on this sample: the padlock state. */
    SATURATED(Names.saturated(), GlassboxTheme.LOCK),
    /** A ReLU with {@code z ≤ 0} on every sample. */
    DEAD("dead", GlassboxTheme.DEAD);

    private final String label;
    private final String colorKey;

    NeuronState(String label, String colorKey) {
        this.label = label;
        this.colorKey = colorKey;
    }

    /** The word shown in the table. */
    public String label() {
        return label;
    }

    /** The theme key of its color. */
    public String colorKey() {
        return colorKey;
    }
}
