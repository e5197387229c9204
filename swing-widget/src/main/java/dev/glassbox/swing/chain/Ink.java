package dev.glassbox.swing.chain;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;

/**
 * The color of a piece of text, resolved at paint time: a theme key, or the sign color of a value
 * (the warning color when the value is not finite).
 *
 * @param key    a {@link GlassboxTheme} color key, or null for a signed value
 * @param signed the value whose sign picks the color (used when {@code key} is null)
 */
record Ink(String key, double signed) {
    static final Ink TEXT = of(GlassboxTheme.TEXT);
    static final Ink MUTED = of(GlassboxTheme.MUTED);
    /** Activations {@code a}: the forward color. */
    static final Ink FORWARD = of(GlassboxTheme.FORWARD);
    /** Deltas {@code δ}: the backward color. */
    static final Ink BACKWARD = of(GlassboxTheme.BACKWARD);
    static final Ink LOCK = of(GlassboxTheme.LOCK);
    static final Ink DEAD = of(GlassboxTheme.DEAD);

    static Ink of(String key) {
        return new Ink(key, 0);
    }

    /** The sign color of {@code v}, or the warning color if it is not finite. */
    static Ink sign(double v) {
        return Double.isFinite(v) ? new Ink(null, v) : of(GlassboxTheme.WARNING);
    }

    Color color() {
        return key != null ? GlassboxTheme.color(key) : GlassboxTheme.signColor(signed);
    }
}
