package dev.glassbox.swing.chart;

import dev.glassbox.swing.internal.text.Numbers;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 log axis for losses: labels at whole powers of ten written as students read them
 * ("0.01", "1e−6" only when long), minor ticks at 2…9 × 10ⁿ, and an automatic range at least one
 * decade tall, so a flat loss does not collapse the axis. When less than {@link #FEW_DECADES} are
 * in view (a fresh run's flat loss fills one decade) the 2 × 10ⁿ and 5 × 10ⁿ ticks are labelled
 * too, so the axis never reads from a single label.
 */
final class DecadeLogAxis extends LogAxis {
    /** Where the range goes when nothing positive is in view. */
    private static final Range EMPTY = new Range(0.01, 1);
    /** Fewer decades in view than this label 2 × 10ⁿ and 5 × 10ⁿ as well. */
    private static final double FEW_DECADES = 2;
    /** The multiples of a power of ten that are labelled when few decades are in view. */
    private static final Set<Integer> LABELLED_MULTIPLES = Set.of(2, 5);

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

    /** The decade of the smallest positive double (4.9e−324). */
    private static final int LEAST_DECADE = -324;
    /** The decade of the largest double (1.8e308). */
    private static final int GREATEST_DECADE = 308;

    @Override
    protected void autoAdjustRange() {
        if (!(getPlot() instanceof ValueAxisPlot plot)) {
            return;
        }
        Range data = plot.getDataRange(this);
        if (data == null || !(data.getLowerBound() > 0)) {
            data = EMPTY;
        }
        // A diverged loss is infinite: the axis reaches the largest double, whose decades it can tick.
        double low = calculateLog(data.getLowerBound());
        double high = calculateLog(Math.min(data.getUpperBound(), Double.MAX_VALUE));
        if (high - low < 1) {
            double middle = (low + high) / 2;
            low = middle - 0.5;
            high = middle + 0.5;
        }
        double span = high - low;
        setRange(new Range(calculateValue(low - getLowerMargin() * span),
                Math.min(calculateValue(high + getUpperMargin() * span), Double.MAX_VALUE)), false, false);
    }

    /**
     * Every 1…9 × 10ⁿ in view as a tick (gridlines, also below the first power of ten), labelled at
     * the powers of ten the tick unit steps through, and at 2 and 5 × 10ⁿ when few decades are in view.
     */
    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (isAutoTickUnitSelection()) {
            selectAutoTickUnit(g2, dataArea, edge);
        }
        Range range = getRange();
        // Only the decades a double holds, whatever range is set: a range reaching ∞ (or 0) gave a
        // loop without end, which ran out of memory adding ticks.
        double low = Math.max(calculateLog(range.getLowerBound()), LEAST_DECADE);
        double high = Math.min(calculateLog(range.getUpperBound()), GREATEST_DECADE);
        if (!(low <= high)) {
            return new ArrayList<>();
        }
        int step = Math.max(1, (int) Math.round(getTickUnit().getSize()));
        boolean few = high - low < FEW_DECADES;
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        List<LogTick> ticks = new ArrayList<>();
        for (int decade = (int) Math.floor(low); decade <= Math.ceil(high); decade++) {
            for (int m = 1; m <= 9; m++) {
                // Divided, not multiplied, below 1: 3 / 10 is the double nearest 0.3, 3 × 0.1 is not.
                double v = decade < 0 ? m / Math.pow(10, -decade) : m * Math.pow(10, decade);
                if (!range.contains(v) || (m > 1 && step > 1)) {
                    continue;
                }
                boolean major = m == 1 && Math.floorMod(decade, step) == 0;
                boolean labelled = major || few && LABELLED_MULTIPLES.contains(m);
                ticks.add(new LogTick(major ? TickType.MAJOR : TickType.MINOR, v,
                        labelled ? createTickLabel(v) : null, anchor));
            }
        }
        return ticks;
    }

    /** Writes m × 10ⁿ as "0.002" … "50000", and beyond that as "2e−6". */
    private static final class PowerOfTenFormat extends NumberFormat {
        private static final int PLAIN_DIGITS = 4;

        @Override
        public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
            int exponent = (int) Math.floor(Math.log10(value) + 1e-9);
            long multiple = Math.round(value / Math.pow(10, exponent));
            if (Math.abs(exponent) > PLAIN_DIGITS) {
                return to.append(multiple).append('e').append(exponent < 0 ? Numbers.MINUS : "").append(Math.abs(exponent));
            }
            return to.append(BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent).toPlainString());
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
