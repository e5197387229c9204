package dev.glassbox.swing.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.data.Range;

/**
 * A base-10 log axis for losses: labels at whole powers of ten (with a true minus sign), minor
 * ticks at 2…9 × 10ⁿ, and an automatic range at least one decade tall, so there is always a
 * labelled tick and a flat loss does not collapse the axis.
 */
final class DecadeLogAxis extends LogAxis {
    /** Where the range goes when nothing positive is in view. */
    private static final Range EMPTY = new Range(0.01, 1);

    DecadeLogAxis(String label) {
        super(label);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        DecimalFormat exponent = new DecimalFormat("0", symbols);
        TickUnits units = new TickUnits();
        for (int size : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(size, exponent, size == 1 ? 9 : 0));
        }
        setStandardTickUnits(units);
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
}
