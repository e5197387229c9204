package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The loss chart's log axis: which ticks it draws and how it labels them, on a chart 250 pixels tall. */
class DecadeLogAxisTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 600, 250);

    /** An axis fitted to a curve falling from {@code first} to {@code last}. */
    private static DecadeLogAxis axisFor(double first, double last) {
        XYSeries curve = new XYSeries("loss");
        curve.add(1, first);
        curve.add(2, last);
        DecadeLogAxis axis = new DecadeLogAxis("loss");
        new XYPlot(new XYSeriesCollection(curve), new NumberAxis("epoch"), axis, new XYLineAndShapeRenderer());
        return axis;
    }

    private static List<LogTick> ticks(DecadeLogAxis axis) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<LogTick> ticks = new ArrayList<>();
        for (Object t : axis.refreshTicks(g2, new AxisState(), AREA, RectangleEdge.LEFT)) {
            ticks.add((LogTick) t);
        }
        g2.dispose();
        return ticks;
    }

    private static List<String> labels(DecadeLogAxis axis) {
        List<String> labels = new ArrayList<>();
        for (LogTick t : ticks(axis)) {
            if (t.getAttributedLabel() != null) {
                StringBuilder text = new StringBuilder();
                AttributedCharacterIterator it = t.getAttributedLabel().getIterator();
                for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
                    text.append(c);
                }
                labels.add(text.toString());
            }
        }
        return labels;
    }

    @Test
    void aFlatLossWithinOneDecadeIsLabelledAtOneTwoAndFiveTimesItsPowersOfTen() {
        // xor's fresh loss, about 0.25: the automatic range is one decade around it, [0.079, 0.79] and a headroom.
        DecadeLogAxis axis = axisFor(0.2501, 0.2499);
        assertThat(labels(axis)).containsExactly("0.1", "0.2", "0.5");
        List<Double> minor = ticks(axis).stream().filter(t -> t.getTickType() == TickType.MINOR)
                .map(LogTick::getValue).toList();
        // Every 1…9 × 10ⁿ in view gets a gridline, below the first power of ten too.
        assertThat(minor).contains(0.08, 0.09).contains(0.3, 0.4, 0.6, 0.7);
    }

    @Test
    void aLossFallingOverFiveDecadesLabelsEveryDecade() {
        DecadeLogAxis axis = axisFor(0.7, 2e-5);
        assertThat(labels(axis)).containsExactly("0.0001", "0.001", "0.01", "0.1", "1");
    }

    /**
     * A diverging run (a linear hidden layer at a large rate, found by the GUI monkey) takes the loss
     * past every double: the axis ticks the decades a double holds, not decades without end (the
     * loop ran out of memory), and a range reaching ∞ is drawn up to the largest double.
     */
    @Test
    void aLossReachingInfinityGetsTheDecadesADoubleHolds() {
        for (DecadeLogAxis axis : new DecadeLogAxis[] {axisFor(0.25, Double.POSITIVE_INFINITY), axisFor(0.25, Double.MAX_VALUE)}) {
            assertThat(Double.isFinite(axis.getRange().getUpperBound())).as("upper bound " + axis.getRange()).isTrue();
            List<LogTick> ticks = ticks(axis);
            assertThat(ticks).hasSizeLessThanOrEqualTo(9 * 320);
            assertThat(ticks).allMatch(t -> Double.isFinite(t.getValue()) && t.getValue() > 0);
        }
        DecadeLogAxis forced = axisFor(0.25, 0.5);
        forced.setRange(new org.jfree.data.Range(Double.MIN_VALUE, Double.POSITIVE_INFINITY), false, false);
        assertThat(ticks(forced)).hasSizeLessThanOrEqualTo(9 * 640).allMatch(t -> Double.isFinite(t.getValue()));
    }
}
