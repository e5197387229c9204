package dev.glassbox.swing.internal.boundary;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;

/**
 * The colors of a map: a value at its range's middle takes the {@link GlassboxTheme#BOUNDARY_MIDDLE}
 * color, towards the top of its range more and more of {@link GlassboxTheme#BOUNDARY_POSITIVE} (the
 * color of target 1), towards the bottom of {@link GlassboxTheme#BOUNDARY_NEGATIVE} (target 0), up
 * to {@link #STRENGTH}, so that the samples drawn on top in the full colors stand out.
 *
 * @param negative the color of target 0
 * @param middle   the color of the middle of the range
 * @param positive the color of target 1
 */
public record MapPalette(Color negative, Color middle, Color positive) {
    /** How much of a class's color the map takes at the end of its range. */
    public static final double STRENGTH = 0.7;

    /**
     * The palette of the current look and feel, read from the {@code Glassbox.boundary*} keys.
     *
     * @return the palette to paint with now
     */
    public static MapPalette current() {
        return new MapPalette(GlassboxTheme.color(GlassboxTheme.BOUNDARY_NEGATIVE),
                GlassboxTheme.color(GlassboxTheme.BOUNDARY_MIDDLE), GlassboxTheme.color(GlassboxTheme.BOUNDARY_POSITIVE));
    }

    /**
     * Where a value lies in its range, 0 at the bottom and 1 at the top; outside it, the nearer end.
     * Discretized, everything from the middle up counts as the top and everything below as the bottom.
     *
     * @param value    the neuron's value
     * @param lo       the bottom of its range
     * @param hi       the top of its range, above {@code lo}
     * @param discrete whether only the side of the middle counts
     * @return a share from 0 to 1 (0.5 for a value that is not finite)
     */
    public static double share(double value, double lo, double hi, boolean discrete) {
        if (!Double.isFinite(value)) {
            return 0.5;
        }
        double t = Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
        return discrete ? (t >= 0.5 ? 1 : 0) : t;
    }

    /**
     * The color of a share.
     *
     * @param share from 0 (target 0's side) to 1 (target 1's side)
     * @return the color as {@code 0xRRGGBB}
     */
    public int rgb(double share) {
        Color end = share < 0.5 ? negative : positive;
        double k = Math.abs(2 * share - 1) * STRENGTH;
        return mix(middle.getRed(), end.getRed(), k) << 16 | mix(middle.getGreen(), end.getGreen(), k) << 8
                | mix(middle.getBlue(), end.getBlue(), k);
    }

    private static int mix(int from, int to, double k) {
        return (int) Math.round(from + (to - from) * k);
    }
}
