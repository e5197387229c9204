package dev.glassbox.swing.internal.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Numbers as students read them: a true minus sign, four significant digits, scientific notation
 * only for very small or large magnitudes, and words for non-finite values. Where a calculation is
 * written out, its factors get as many more digits as it takes for the written result to check by
 * hand ({@link #digitsToCheck}).
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

    /** The most significant digits a written number gets. */
    public static final int MAX_DIGITS = 15;

    /**
     * The fewest significant digits, from four up to {@link #MAX_DIGITS}, with which {@code factors}
     * written out make a calculation check by hand: {@code calculation} of the factors as written
     * (rounded to those digits) reads, with four digits, as {@code result} does. Four digits of
     * {@code a = 0.998654} would write {@code 0.9987·(1 − 0.9987) = 0.001346}, which does not check
     * (0.9987 × 0.0013 = 0.001298); the digits returned make it check.
     *
     * @param result      the result as the trace has it, written with four digits
     * @param calculation the calculation, of the factors in the order given
     * @param factors     the factors as the trace has them
     * @return the significant digits to write every factor with
     */
    public static int digitsToCheck(double result, ToDoubleFunction<double[]> calculation, double... factors) {
        String written = format(result);
        double[] rounded = new double[factors.length];
        for (int digits = 4; digits < MAX_DIGITS; digits++) {
            for (int i = 0; i < factors.length; i++) {
                rounded[i] = rounded(factors[i], digits);
            }
            if (format(calculation.applyAsDouble(rounded)).equals(written)) {
                return digits;
            }
        }
        return MAX_DIGITS;
    }

    /** {@code v} rounded to {@code digits} significant digits, as {@link #format(double, int)} writes it. */
    private static double rounded(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        // From the shortest decimal that reads back as v, as String.format rounds.
        return BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }

    /** {@code v} with {@code digits} significant digits. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN"; //$NON-NLS$ the same in every language, as ∞ is
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
