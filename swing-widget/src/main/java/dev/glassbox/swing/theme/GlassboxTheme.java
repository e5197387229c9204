package dev.glassbox.swing.theme;

import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import javax.swing.UIManager;

/**
 * The {@code Glassbox.*} theme keys and their reading: {@code UIManager} first (FlatLaf add-on
 * defaults, or a caller's own {@code UIManager.put}), else a built-in fallback for light or dark
 * backgrounds. Read at paint time, so a look-and-feel switch restyles everything.
 */
public final class GlassboxTheme {
    /** Connections with a positive weight. */
    public static final String POSITIVE = "Glassbox.positiveWeight";
    /** Connections with a negative weight. */
    public static final String NEGATIVE = "Glassbox.negativeWeight";
    /** Positive weights in the color-blind-safe palette. */
    public static final String POSITIVE_CB = "Glassbox.positiveWeight.colorBlind";
    /** Negative weights in the color-blind-safe palette. */
    public static final String NEGATIVE_CB = "Glassbox.negativeWeight.colorBlind";
    /** {@code Boolean.TRUE} switches weights (and signed cells) to the color-blind-safe palette. */
    public static final String COLOR_BLIND = "Glassbox.colorBlindSafe";
    /** Neuron fill. */
    public static final String NEURON = "Glassbox.neuronBackground";
    /** Neuron outline. */
    public static final String NEURON_BORDER = "Glassbox.neuronBorder";
    /** Text drawn on the network and in the panels. */
    public static final String TEXT = "Glassbox.text";
    /** Secondary text (labels, units, formulas). */
    public static final String MUTED = "Glassbox.mutedText";
    /** The view background. */
    public static final String BACKGROUND = "Glassbox.background";
    /** Forward packets (activations). */
    public static final String FORWARD = "Glassbox.forwardPacket";
    /** Backward packets (deltas). */
    public static final String BACKWARD = "Glassbox.backwardPacket";
    /** The hovered or selected element and the focus ring. */
    public static final String HIGHLIGHT = "Glassbox.highlight";
    /** The padlock on saturated neurons. */
    public static final String LOCK = "Glassbox.lock";
    /** The mark on dead ReLU neurons. */
    public static final String DEAD = "Glassbox.dead";
    /** Non-finite values and divergence warnings. */
    public static final String WARNING = "Glassbox.warning";
    /** The highlighted row (viewed sample) in tables. */
    public static final String ROW_HIGHLIGHT = "Glassbox.rowHighlight";
    /** Grid lines and dividers. */
    public static final String GRID = "Glassbox.grid";
    /** The loss chart's mean-loss line. */
    public static final String CHART_LINE = "Glassbox.chartLine";
    /**
     * The loss chart's first per-sample line (thin); the others are {@link #chartSampleLine(int)}'s
     * keys {@code Glassbox.chartSampleLine.2} to {@code .}{@value #CHART_SAMPLE_COLORS}.
     */
    public static final String CHART_SAMPLE_LINE = "Glassbox.chartSampleLine";
    /** How many distinct per-sample line colors the theme defines; later samples reuse them. */
    public static final int CHART_SAMPLE_COLORS = 6;
    /** The loss chart's line of a second run, overlaid for comparison. */
    public static final String CHART_COMPARISON_LINE = "Glassbox.chartComparisonLine";
    /** The optimizer race's curve of plain gradient descent on the loss chart. */
    public static final String CHART_RACE_SGD = "Glassbox.chartRaceSgd";
    /** The optimizer race's curve of momentum. */
    public static final String CHART_RACE_MOMENTUM = "Glassbox.chartRaceMomentum";
    /** The optimizer race's curve of Adam. */
    public static final String CHART_RACE_ADAM = "Glassbox.chartRaceAdam";
    /** The loss chart's marker at the viewed epoch. */
    public static final String CHART_MARKER = "Glassbox.chartMarker";
    /** A teacher's bookmarks: their lines and labels on the loss chart, their ticks on the timeline. */
    public static final String BOOKMARK = "Glassbox.bookmark";
    /** The decision boundary's color of target 1: the map where the output is near 1, the samples of target 1. */
    public static final String BOUNDARY_POSITIVE = "Glassbox.boundaryPositive";
    /** The decision boundary's color of target 0: the map where the output is near 0, the samples of target 0. */
    public static final String BOUNDARY_NEGATIVE = "Glassbox.boundaryNegative";
    /** The decision boundary map's color where the output is halfway (0.5), between the two classes. */
    public static final String BOUNDARY_MIDDLE = "Glassbox.boundaryMiddle";
    /** The outline of the samples on the decision boundary map and of its curve. */
    public static final String BOUNDARY_OUTLINE = "Glassbox.boundaryOutline";
    /** The font of numbers and formulas. */
    public static final String MATH_FONT = "Glassbox.mathFont";
    /** A scale factor ({@code Float}) for fonts and strokes, for projectors. */
    public static final String ZOOM = "Glassbox.zoom";
    /**
     * {@code Boolean.TRUE} when the look and feel's own fonts are already enlarged by the zoom (as
     * with FlatLaf's UI zoom, which scales the whole window): the views then scale their strokes
     * and sizes by the zoom but take the fonts as they are, rather than enlarging them twice.
     */
    public static final String FONTS_ZOOMED = "Glassbox.fontsZoomed";

    private static final Map<String, Color> LIGHT = Map.ofEntries(
            Map.entry(POSITIVE, new Color(0x1F6FD1)),
            Map.entry(NEGATIVE, new Color(0xD1361F)),
            Map.entry(POSITIVE_CB, new Color(0x0072B2)),
            Map.entry(NEGATIVE_CB, new Color(0xE69F00)),
            Map.entry(NEURON, new Color(0xFFFFFF)),
            Map.entry(NEURON_BORDER, new Color(0x5A6270)),
            Map.entry(TEXT, new Color(0x1E2329)),
            Map.entry(MUTED, new Color(0x6B7380)),
            Map.entry(BACKGROUND, new Color(0xF7F8FA)),
            Map.entry(FORWARD, new Color(0x2E9E5B)),
            Map.entry(BACKWARD, new Color(0xB5469B)),
            Map.entry(HIGHLIGHT, new Color(0xF2A900)),
            Map.entry(LOCK, new Color(0x8A5A00)),
            Map.entry(DEAD, new Color(0x4A4A4A)),
            Map.entry(WARNING, new Color(0xC62828)),
            Map.entry(ROW_HIGHLIGHT, new Color(0xFFF2C6)),
            Map.entry(GRID, new Color(0xD5D9E0)),
            Map.entry(CHART_LINE, new Color(0x1F5FBF)),
            Map.entry(CHART_SAMPLE_LINE, new Color(0x2A9D8F)),
            Map.entry(chartSampleLine(1), new Color(0x8E44AD)),
            Map.entry(chartSampleLine(2), new Color(0xB8860B)),
            Map.entry(chartSampleLine(3), new Color(0xC2185B)),
            Map.entry(chartSampleLine(4), new Color(0x5D8A2E)),
            Map.entry(chartSampleLine(5), new Color(0x6D4C41)),
            Map.entry(CHART_COMPARISON_LINE, new Color(0xD4540B)),
            Map.entry(CHART_RACE_SGD, new Color(0x5A6270)),
            Map.entry(CHART_RACE_MOMENTUM, new Color(0x8E24AA)),
            Map.entry(CHART_RACE_ADAM, new Color(0x2E7D32)),
            Map.entry(CHART_MARKER, new Color(0xB07F00)),
            Map.entry(BOOKMARK, new Color(0x00838F)),
            Map.entry(BOUNDARY_POSITIVE, new Color(0x1F6FD1)),
            Map.entry(BOUNDARY_NEGATIVE, new Color(0xE07B00)),
            Map.entry(BOUNDARY_MIDDLE, new Color(0xFFFFFF)),
            Map.entry(BOUNDARY_OUTLINE, new Color(0x1E2329)));

    private static final Map<String, Color> DARK = Map.ofEntries(
            Map.entry(POSITIVE, new Color(0x5EA2FF)),
            Map.entry(NEGATIVE, new Color(0xFF6E5A)),
            Map.entry(POSITIVE_CB, new Color(0x56B4E9)),
            Map.entry(NEGATIVE_CB, new Color(0xE69F00)),
            Map.entry(NEURON, new Color(0x2B2F36)),
            Map.entry(NEURON_BORDER, new Color(0xA7B0BE)),
            Map.entry(TEXT, new Color(0xE6E9EE)),
            Map.entry(MUTED, new Color(0x9AA3B0)),
            Map.entry(BACKGROUND, new Color(0x1E2126)),
            Map.entry(FORWARD, new Color(0x4CC47F)),
            Map.entry(BACKWARD, new Color(0xE07AD0)),
            Map.entry(HIGHLIGHT, new Color(0xFFC53D)),
            Map.entry(LOCK, new Color(0xFFB74D)),
            Map.entry(DEAD, new Color(0xC9CED6)),
            Map.entry(WARNING, new Color(0xFF5252)),
            Map.entry(ROW_HIGHLIGHT, new Color(0x4A4022)),
            Map.entry(GRID, new Color(0x3A3F47)),
            Map.entry(CHART_LINE, new Color(0x6AA9FF)),
            Map.entry(CHART_SAMPLE_LINE, new Color(0x4FD1C0)),
            Map.entry(chartSampleLine(1), new Color(0xC39BEA)),
            Map.entry(chartSampleLine(2), new Color(0xE8C15A)),
            Map.entry(chartSampleLine(3), new Color(0xF48FB1)),
            Map.entry(chartSampleLine(4), new Color(0xA5D66B)),
            Map.entry(chartSampleLine(5), new Color(0xC8A58F)),
            Map.entry(CHART_COMPARISON_LINE, new Color(0xFF9A5C)),
            Map.entry(CHART_RACE_SGD, new Color(0xB0BAC6)),
            Map.entry(CHART_RACE_MOMENTUM, new Color(0xCE93D8)),
            Map.entry(CHART_RACE_ADAM, new Color(0x81C784)),
            Map.entry(CHART_MARKER, new Color(0xFFC53D)),
            Map.entry(BOOKMARK, new Color(0x4DD0E1)),
            Map.entry(BOUNDARY_POSITIVE, new Color(0x5EA2FF)),
            Map.entry(BOUNDARY_NEGATIVE, new Color(0xFFA040)),
            Map.entry(BOUNDARY_MIDDLE, new Color(0x23272E)),
            Map.entry(BOUNDARY_OUTLINE, new Color(0xF0F2F5)));

    private GlassboxTheme() {
    }

    /**
     * The color key of sample {@code sample}'s line on the loss chart: {@link #CHART_SAMPLE_LINE}
     * for sample 0, {@code Glassbox.chartSampleLine.2} for sample 1, and so on, starting over
     * after {@link #CHART_SAMPLE_COLORS} samples.
     *
     * @param sample the sample's index, from 0
     * @return the key to read with {@link #color(String)}
     * @throws IllegalArgumentException if {@code sample} is negative
     */
    public static String chartSampleLine(int sample) {
        if (sample < 0) {
            throw new IllegalArgumentException("sample index " + sample + " is negative"); //$NON-NLS$
        }
        int color = sample % CHART_SAMPLE_COLORS;
        return color == 0 ? CHART_SAMPLE_LINE : CHART_SAMPLE_LINE + "." + (color + 1);
    }

    /**
     * The color for a key, read at paint time: from {@code UIManager}, else the fallback for the
     * current background (light or dark).
     *
     * @param key a {@code Glassbox.*} color key, e.g. {@link #POSITIVE}
     * @return the color
     * @throws IllegalArgumentException if the key is not a Glassbox color key
     */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        if (c != null) {
            return c;
        }
        Color fallback = (isDark() ? DARK : LIGHT).get(key);
        if (fallback == null) {
            throw new IllegalArgumentException("unknown Glassbox color key " + key);
        }
        return fallback;
    }

    /**
     * The color of a signed quantity (weights, gradients), in the active palette: the
     * color-blind one when {@link #COLOR_BLIND} is set.
     *
     * @param value the quantity; zero counts as positive
     * @return the positive or the negative color
     */
    public static Color signColor(double value) {
        boolean cb = UIManager.getBoolean(COLOR_BLIND);
        if (value < 0) {
            return color(cb ? NEGATIVE_CB : NEGATIVE);
        }
        return color(cb ? POSITIVE_CB : POSITIVE);
    }

    /** {@return whether the current look and feel has a dark background} */
    public static boolean isDark() {
        Color bg = UIManager.getColor("Panel.background");
        if (bg == null) {
            return false;
        }
        return (0.299 * bg.getRed() + 0.587 * bg.getGreen() + 0.114 * bg.getBlue()) < 128;
    }

    /** {@return the presentation zoom (1 unless {@link #ZOOM} is set)} */
    public static float zoom() {
        Object z = UIManager.get(ZOOM);
        return z instanceof Number n && n.floatValue() > 0 ? n.floatValue() : 1f;
    }

    /**
     * How much the views enlarge the look and feel's fonts: the zoom, or 1 when the look and feel's
     * fonts carry it already ({@link #FONTS_ZOOMED}).
     *
     * @return the factor for fonts derived from the look and feel's
     */
    public static float fontZoom() {
        return UIManager.getBoolean(FONTS_ZOOMED) ? 1f : zoom();
    }

    /**
     * The font of numbers and formulas ({@link #MATH_FONT}, else a sans serif of the label size),
     * scaled by the zoom.
     *
     * @param relativeSize the size relative to the base font, e.g. 0.85 for tags
     * @return the font
     */
    public static Font mathFont(float relativeSize) {
        Font f = UIManager.getFont(MATH_FONT);
        if (f == null) {
            Font base = UIManager.getFont("Label.font");
            int size = base != null ? base.getSize() : 13;
            f = new Font(Font.SANS_SERIF, Font.PLAIN, size);
        }
        return f.deriveFont(f.getSize2D() * relativeSize * fontZoom());
    }

    /**
     * The look and feel's label font, scaled by the zoom.
     *
     * @param relativeSize the size relative to the label font
     * @return the font
     */
    public static Font textFont(float relativeSize) {
        Font base = UIManager.getFont("Label.font");
        if (base == null) {
            base = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        }
        return base.deriveFont(base.getSize2D() * relativeSize * fontZoom());
    }
}
