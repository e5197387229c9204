package dev.glassbox.swing.chart;

import dev.glassbox.swing.text.Numbers;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.data.Range;

/**
 * A base-10 log axis for losses: labels at whole powers of ten written as students read them
 * ("0.01", "1e−6" only when long), minor ticks at 2…9 × 10ⁿ, and an automatic range at least one
 * decade tall, so there is always a labelled tick and a flat loss does not collapse the axis.
 */
final class DecadeLogAxis extends LogAxis {
    /** Where the range goes when nothing positive is in view. */
    private static final Range EMPTY = new Range(0.01, 1);

    DecadeLogAxis(String label) {
        super(label);
        // Tick units count decades; their own format is unused (the override below writes the labels).
        NumberFormat unused = NumberFormat.getIntegerInstance(Locale.ROOT);
        TickUnits units = new TickUnits();
        for (int size : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(size, unused, size == 1 ? 9 : 0));
        }
        setStandardTickUnits(units);
        setNumberFormatOverride(new PowerOfTenFormat());
        // Zeros are lifted to the smallest positive loss by the dataset; this only keeps the
        // axis from clipping a genuinely tiny loss.
        setSmallestValue(Double.MIN_NORMAL);
    }

    @Override
    protected void autoAdjustRange() {
        if (!(getPlot() instanceof ValueAxisPlot plot)) {
            return;
        }
        Range data = plot.getDataRange(this);
        if (data == null || !(data.getLowerBound() > 0)) {
            data = EMPTY;
        }
        double low = calculateLog(data.getLowerBound());
        double high = calculateLog(data.getUpperBound());
        if (high - low < 1) {
            double middle = (low + high) / 2;
            low = middle - 0.5;
            high = middle + 0.5;
        }
        double span = high - low;
        setRange(new Range(calculateValue(low - getLowerMargin() * span),
                calculateValue(high + getUpperMargin() * span)), false, false);
    }

    /** Writes 10ⁿ as "0.001" … "10000", and beyond that as "1e−6". */
    private static final class PowerOfTenFormat extends NumberFormat {
        private static final int PLAIN_DIGITS = 4;

        @Override
        public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
            int exponent = (int) Math.round(Math.log10(value));
            if (Math.abs(exponent) > PLAIN_DIGITS) {
                return to.append("1e").append(exponent < 0 ? Numbers.MINUS : "").append(Math.abs(exponent));
            }
            if (exponent >= 0) {
                return to.append('1').append("0".repeat(exponent));
            }
            return to.append("0.").append("0".repeat(-exponent - 1)).append('1');
        }

        @Override
        public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
            return format((double) value, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are never parsed");
        }
    }
}
