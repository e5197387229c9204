package dev.glassbox.swing.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Numbers as students read them: a true minus sign, four significant digits, scientific notation
 * only for very small or large magnitudes, and words for non-finite values.
 */
public final class Numbers {
    /** The minus sign (U+2212), wider and clearer than a hyphen. */
    public static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** {@code v} with four significant digits, e.g. {@code 0.4328}, {@code −1.250}, {@code 3.1e−5}. */
    public static String format(double v) {
        return format(v, 4);
    }

    /** {@code v} with {@code digits} significant digits. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        if (v == 0) {
            return "0";
        }
        double m = Math.abs(v);
        String s;
        if (m >= 1e-3 && m < 1e5) {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(m)));
            s = String.format(Locale.ROOT, "%." + decimals + "f", m);
        } else {
            s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", m);
            int e = s.indexOf('e');
            int exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e) + "e" + (exp < 0 ? MINUS : "") + Math.abs(exp);
        }
        return (v < 0 ? MINUS : "") + s;
    }

    /**
     * {@code v} as {@link #format(double)} writes it, without trailing zeros after the point: inputs,
     * targets and settings such as {@code 1}, {@code 0.5}, {@code 2} rather than {@code 1.000}.
     */
    public static String compact(double v) {
        String s = format(v);
        if (s.indexOf('.') < 0 || s.indexOf('e') >= 0) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A vector of inputs or targets as {@code (0, 1)}, or a single value on its own, written compactly. */
    public static String vector(List<Double> values) {
        if (values.size() == 1) {
            return compact(values.get(0));
        }
        return values.stream().map(Numbers::compact).collect(Collectors.joining(", ", "(", ")"));
    }
}
