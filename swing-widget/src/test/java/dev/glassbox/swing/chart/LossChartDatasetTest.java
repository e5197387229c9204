package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.SampleLossHistory;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** The decimation as the chart uses it: which points a window of epochs turns into. */
class LossChartDatasetTest {

    private static LossHistory history(double... losses) {
        return LossHistory.of(losses);
    }

    /** The points of one line over {@code [lo, hi]} at {@code columns} columns, as {x, y} pairs. */
    private static List<double[]> points(LossLine line, double lo, double hi, int columns) {
        PointBuffer out = new PointBuffer();
        line.emit(lo, hi, columns, out);
        List<double[]> list = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            list.add(new double[] {out.x(i), out.y(i)});
        }
        return list;
    }

    private static LossChartDataset dataset(LossLine... lines) {
        LossChartDataset d = new LossChartDataset();
        List<LossChartDataset.Series> series = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            series.add(new LossChartDataset.Series("line " + k, LossChartDataset.Role.MEAN, lines[k]));
        }
        d.setSeries(series);
        return d;
    }

    @Test
    void eachBucketKeepsItsFirstExtremesAndLast() {
        LossHistory h = history(5, 1, 9, 3, 7, 2, 8, 4);
        assertThat(points(new HistoryLine(h), 1, 8, 2)).containsExactly(
                new double[] {1, 5}, new double[] {2.5, 9}, new double[] {2.5, 1}, new double[] {4, 3},
                new double[] {5, 7}, new double[] {6.5, 8}, new double[] {6.5, 2}, new double[] {8, 4});
    }

    @Test
    void risingBucketVisitsItsMinimumFirstAndMonotoneBucketsStayTwoPoints() {
        LossHistory h = history(2, 0, 9, 5, 1, 2, 3, 4);
        assertThat(points(new HistoryLine(h), 1, 8, 2)).containsExactly(
                new double[] {1, 2}, new double[] {2.5, 0}, new double[] {2.5, 9}, new double[] {4, 5},
                new double[] {5, 1}, new double[] {8, 4});
    }

    @Test
    void extremesMatchTheHistoryExactlyInEveryBucket() {
        double[] losses = new double[10_000];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = Math.sin(i * 0.37) + (i % 997 == 0 ? 50 : 0);
        }
        LossHistory h = history(losses);
        List<double[]> pts = points(new HistoryLine(h), 1, losses.length, 37);
        // Per bucket (its points lie between its first and last epoch), the drawn min and max are the true ones.
        int b = 0;
        int from = 0;
        while (from < pts.size()) {
            int start = (int) (10_000L * b / 37);
            int end = (int) (10_000L * (b + 1) / 37);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                min = Math.min(min, losses[i]);
                max = Math.max(max, losses[i]);
            }
            double drawnMin = Double.POSITIVE_INFINITY;
            double drawnMax = Double.NEGATIVE_INFINITY;
            assertThat(pts.get(from)[0]).isEqualTo(start + 1);
            assertThat(pts.get(from)[1]).isEqualTo(losses[start]);
            int i = from;
            for (; i < pts.size() && pts.get(i)[0] <= end; i++) {
                drawnMin = Math.min(drawnMin, pts.get(i)[1]);
                drawnMax = Math.max(drawnMax, pts.get(i)[1]);
            }
            assertThat(pts.get(i - 1)).containsExactly(end, losses[end - 1]);
            assertThat(drawnMin).isEqualTo(min);
            assertThat(drawnMax).isEqualTo(max);
            from = i;
            b++;
        }
        assertThat(b).isEqualTo(37);
    }

    @Test
    void unevenBucketEdgesFollowTheDecimation() {
        LossHistory h = history(1, 1, 1, 2, 2, 2, 3, 3, 3, 3);
        // 10 epochs in 3 buckets: epochs 1–3, 4–6, 7–10.
        assertThat(points(new HistoryLine(h), 1, 10, 3)).containsExactly(
                new double[] {1, 1}, new double[] {3, 1}, new double[] {4, 2}, new double[] {6, 2},
                new double[] {7, 3}, new double[] {10, 3});
    }

    @Test
    void aWindowIncludesOneEpochBeyondEachEdge() {
        LossHistory h = history(5, 1, 9, 3, 7, 2, 8, 4);
        assertThat(points(new HistoryLine(h), 2.5, 5.5, 100)).containsExactly(
                new double[] {2, 1}, new double[] {3, 9}, new double[] {4, 3}, new double[] {5, 7}, new double[] {6, 2});
        assertThat(points(new HistoryLine(h), 20, 30, 100)).isEmpty();
        assertThat(points(new HistoryLine(h), -30, -20, 100)).isEmpty();
    }

    @Test
    void singleEpochIsOnePoint() {
        assertThat(points(new HistoryLine(history(0.25)), -0.1, 11, 800)).containsExactly(new double[] {1, 0.25});
        assertThat(new HistoryLine(history(0.25)).extent()).isEqualTo(new Range(1, 1));
    }

    @Test
    void emptyHistoryHasNoPointsAndNoBounds() {
        LossChartDataset d = dataset(new HistoryLine(LossHistory.of()));
        d.update(1, 11, 800, false, true);
        assertThat(d.getItemCount(0)).isZero();
        assertThat(d.getDomainBounds(List.of("line 0"), false)).isNull();
        assertThat(d.getRangeBounds(List.of("line 0"), new Range(0, 11), false)).isNull();
    }

    @Test
    void nonFiniteValuesLeaveGapsAndNeverHideAnExtreme() {
        LossHistory h = history(Double.NaN, 2, 1, 0.5, Double.POSITIVE_INFINITY, 0.25, 0.3);
        // Bucket 1 (epochs 1–3) starts with NaN: its max 2 still shows. Bucket 2 (epochs 4–7) peaks at +∞.
        assertThat(points(new HistoryLine(h), 1, 7, 2)).containsExactly(
                new double[] {1, Double.NaN}, new double[] {2, 1}, new double[] {2, 2}, new double[] {3, 1},
                new double[] {4, 0.5}, new double[] {5.5, Double.POSITIVE_INFINITY}, new double[] {5.5, 0.25},
                new double[] {7, 0.3});
        LossChartDataset d = dataset(new HistoryLine(h));
        d.update(1, 7, 2, false, true);
        assertThat(d.getYValue(0, 0)).isNaN();
        assertThat(d.getYValue(0, 5)).isNaN();
        assertThat(d.getRangeBounds(List.of("line 0"), new Range(0, 8), false)).isEqualTo(new Range(0.25, 2));
    }

    @Test
    void itemsAscendAndStayWithinFourPerColumnAtAMillionEpochs() {
        double[] losses = new double[1_000_000];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 1.0 / (1 + i) + 0.01 * Math.sin(i);
        }
        LossChartDataset d = dataset(new HistoryLine(history(losses)));
        d.update(0, 1_000_010, 800, false, true);
        assertThat(d.getItemCount(0)).isBetween(800, 4 * 800);
        for (int i = 1; i < d.getItemCount(0); i++) {
            assertThat(d.getXValue(0, i)).isGreaterThanOrEqualTo(d.getXValue(0, i - 1));
        }
        assertThat(d.getXValue(0, 0)).isEqualTo(1);
        assertThat(d.getXValue(0, d.getItemCount(0) - 1)).isEqualTo(1_000_000);
        assertThat(d.getDomainBounds(List.of("line 0"), false)).isEqualTo(new Range(1, 1_000_000));
    }

    @Test
    void recomputesOnlyWhenTheWindowTheWidthTheScaleOrTheDataChange() {
        LossChartDataset d = dataset(new HistoryLine(history(3, 2, 1)));
        int[] events = {0};
        d.addChangeListener(e -> events[0]++);
        assertThat(d.update(1, 3, 100, false, true)).isTrue();
        assertThat(d.update(1, 3, 100, false, false)).isFalse();
        assertThat(d.update(1, 3, 200, false, false)).isTrue();
        assertThat(d.update(0, 3, 200, false, false)).isTrue();
        assertThat(d.update(0, 3, 200, true, false)).isTrue();
        assertThat(d.update(0, 3, 200, true, true)).isTrue();
        assertThat(events[0]).isEqualTo(5);
    }

    @Test
    void logScaleDrawsZerosAtTheSmallestPositiveLoss() {
        LossChartDataset d = dataset(new HistoryLine(history(0.5, 0.0, 0.01, 0.2)));
        d.update(1, 4, 100, true, true);
        assertThat(d.getYValue(0, 1)).isEqualTo(0.01);
        assertThat(d.getRangeBounds(List.of("line 0"), new Range(0, 5), false)).isEqualTo(new Range(0.01, 0.5));
        d.update(1, 4, 100, false, false);
        assertThat(d.getYValue(0, 1)).isZero();
    }

    @Test
    void rangeBoundsCoverOnlyTheVisibleEpochsOfVisibleSeries() {
        LossChartDataset d = dataset(new HistoryLine(history(9, 1, 2, 3)), new HistoryLine(history(100, 100)));
        d.update(2, 4, 100, false, true);
        assertThat(d.getRangeBounds(List.of("line 0"), new Range(2, 4), false)).isEqualTo(new Range(1, 3));
    }

    @Test
    void sampleLinesServeTheirPointsInTheWindowPlusOneEachSide() {
        double[][] epochs = new double[10][];
        for (int e = 1; e <= 10; e++) {
            epochs[e - 1] = new double[] {e, 10 * e};
        }
        SampleLossHistory h = SampleLossHistory.of(2, epochs);
        SampleLine line = new SampleLine(h, 1);
        assertThat(points(line, 4.5, 6.5, 800)).containsExactly(
                new double[] {4, 40}, new double[] {5, 50}, new double[] {6, 60}, new double[] {7, 70});
        assertThat(line.extent()).isEqualTo(new Range(1, 10));
        assertThat(points(line, 11, 20, 800)).containsExactly(new double[] {10, 100});
    }
}
