package dev.glassbox.swing.internal.table;

import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.theme.GlassboxTheme;

/** A neuron's state on the viewed sample, as the activations table flags it. */
public enum NeuronState {
    /** Nothing to flag. */
    NORMAL(null, GlassboxTheme.MUTED),
    /** Slope under 5 % of its peak on this sample: the padlock state. */
    SATURATED("text.saturated", GlassboxTheme.LOCK),
    /** A ReLU with {@code z ≤ 0} on every sample. */
    DEAD("marker.dead", GlassboxTheme.DEAD);

    /** The bundle key of its word (null: none), read in the locale of each call. */
    private final String labelKey;
    private final String colorKey;

    NeuronState(String labelKey, String colorKey) {
        this.labelKey = labelKey;
        this.colorKey = colorKey;
    }

    /** The word shown in the table. */
    public String label() {
        return labelKey == null ? "" : Messages.text(labelKey);
    }

    /** The theme key of its color. */
    public String colorKey() {
        return colorKey;
    }
}
