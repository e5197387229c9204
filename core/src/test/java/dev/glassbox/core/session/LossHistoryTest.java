package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LossHistory#decimate}: first, min and max (ignoring NaN) and last of equal slices of a
 * range, checked on hand-made histories and against brute force.
 */
class LossHistoryTest {

    @Test
    void decimatesAHandMadeHistory() {
        LossHistory h = history(3, 1, 4, 1, 5, 9, 2, 6, 5, 3);
        // 10 values in 3 buckets: [0, 3) [3, 6) [6, 10)
        Decimation d = h.decimate(0, 10, 3);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.start()).containsExactly(0, 3, 6);
        assertThat(d.end()).containsExactly(3, 6, 10);
        assertThat(d.first()).containsExactly(3, 1, 2);
        assertThat(d.min()).containsExactly(1, 1, 2);
        assertThat(d.max()).containsExactly(4, 9, 6);
        assertThat(d.last()).containsExactly(4, 9, 3);
    }

    @Test
    void decimatesASubRange() {
        LossHistory h = history(3, 1, 4, 1, 5, 9, 2, 6, 5, 3);
        // [2, 9) in 2 buckets: [2, 5) = 4 1 5 and [5, 9) = 9 2 6 5
        Decimation d = h.decimate(2, 9, 2);
        assertThat(d.start()).containsExactly(2, 5);
        assertThat(d.end()).containsExactly(5, 9);
        assertThat(d.first()).containsExactly(4, 9);
        assertThat(d.min()).containsExactly(1, 2);
        assertThat(d.max()).containsExactly(5, 9);
        assertThat(d.last()).containsExactly(5, 5);
    }

    @Test
    void findsASpikeOnEitherSideOfEveryBlockEdge() {
        int size = 40_000;
        for (int spike : new int[] {31, 32, 1023, 1024, 1025, 32_767, 32_768, 39_999}) {
            LossHistory h = new LossHistory();
            for (int i = 0; i < size; i++) {
                h.add(i == spike ? 100 : i == spike - 1 ? -100 : 1);
            }
            for (int buckets : new int[] {1, 3, 7, 640, 1999}) {
                assertMatchesBruteForce(h, 0, size, buckets);
                assertMatchesBruteForce(h, 17, size - 5, buckets);
                assertMatchesBruteForce(h, spike, spike + 1, buckets);
            }
        }
    }

    @Test
    void aSingleEpochIsOneBucket() {
        Decimation d = history(0.25).decimate(0, 1, 100);
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.first()).containsExactly(0.25);
        assertThat(d.min()).containsExactly(0.25);
        assertThat(d.max()).containsExactly(0.25);
        assertThat(d.last()).containsExactly(0.25);
    }

    @Test
    void anEmptyHistoryOrRangeHasNoBuckets() {
        assertThat(new LossHistory().decimate(0, 100, 10).size()).isZero();
        LossHistory h = history(1, 2, 3);
        assertThat(h.decimate(2, 2, 10).size()).isZero();
        assertThat(h.decimate(3, 1, 10).size()).isZero();
        assertThat(h.decimate(5, 9, 10).size()).isZero();
        assertThat(h.decimate(0, 3, 0).size()).isZero();
        assertThat(h.decimate(0, 3, -4).size()).isZero();
        assertThat(new LossHistory().last()).isNaN();
    }

    @Test
    void withMoreBucketsThanValuesEachValueIsABucket() {
        Decimation d = history(5, 6, 7, 8, 9).decimate(-10, 1000, 100);
        assertThat(d.start()).containsExactly(0, 1, 2, 3, 4);
        assertThat(d.end()).containsExactly(1, 2, 3, 4, 5);
        assertThat(d.first()).containsExactly(5, 6, 7, 8, 9);
        assertThat(d.min()).containsExactly(5, 6, 7, 8, 9);
        assertThat(d.max()).containsExactly(5, 6, 7, 8, 9);
        assertThat(d.last()).containsExactly(5, 6, 7, 8, 9);
    }

    @Test
    void nanIsIgnoredByMinAndMaxButInfinitiesCount() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        Decimation d = history(nan, 2, nan, 1, inf, 3, -inf, 4, nan, nan).decimate(0, 10, 5);
        assertThat(d.first()).containsExactly(nan, nan, inf, -inf, nan);
        assertThat(d.min()).containsExactly(2, 1, 3, -inf, nan);
        assertThat(d.max()).containsExactly(2, 1, inf, 4, nan);
        assertThat(d.last()).containsExactly(2, 1, 3, 4, nan);

        // a whole block of NaN inside a bucket, and a bucket that is that block alone
        LossHistory h = new LossHistory();
        for (int i = 0; i < 2048; i++) {
            h.add(i < 1024 ? nan : i);
        }
        Decimation blocks = h.decimate(0, 2048, 1);
        assertThat(blocks.min()).containsExactly(1024);
        assertThat(blocks.max()).containsExactly(2047);
        assertThat(blocks.first()).containsExactly(nan);
        assertThat(h.decimate(0, 1024, 1).min()).containsExactly(nan);
        assertThat(h.decimate(0, 1024, 1).max()).containsExactly(nan);
    }

    @Test
    void agreesWithBruteForceOnRandomRanges() {
        SplittableRandom random = new SplittableRandom(3);
        LossHistory h = new LossHistory();
        int size = 200_000;
        for (int i = 0; i < size; i++) {
            h.add(randomLoss(random));
        }
        for (int query = 0; query < 300; query++) {
            int from = random.nextInt(-100, size);
            int to = random.nextInt(from, size + 100);
            int buckets = random.nextInt(1, random.nextBoolean() ? 50 : 3000);
            assertMatchesBruteForce(h, from, to, buckets);
        }
    }

    @Test
    void agreesWithBruteForceAcrossTheMillionBlock() {
        // 32⁴ = 1,048,576 values make the fourth level of the pyramid
        SplittableRandom random = new SplittableRandom(4);
        LossHistory h = new LossHistory();
        int size = 2_200_000;
        for (int i = 0; i < size; i++) {
            h.add(randomLoss(random));
        }
        assertMatchesBruteForce(h, 0, size, 1);
        assertMatchesBruteForce(h, 0, size, 3);
        assertMatchesBruteForce(h, 1_048_575, 2_097_153, 2);
        assertMatchesBruteForce(h, 1000, size - 1000, 1500);
    }

    @Test
    void truncateForgetsTheTailAndTheSummariesOfIt() {
        SplittableRandom random = new SplittableRandom(5);
        LossHistory h = new LossHistory();
        for (int i = 0; i < 100_000; i++) {
            h.add(1000 + i);
        }
        h.truncate(40_017);
        assertThat(h.size()).isEqualTo(40_017);
        assertThat(h.last()).isEqualTo(1000 + 40_016);
        for (int i = 0; i < 60_000; i++) {
            h.add(random.nextDouble());
        }
        for (int buckets : new int[] {1, 2, 9, 1000}) {
            assertMatchesBruteForce(h, 0, h.size(), buckets);
            assertMatchesBruteForce(h, 40_000, 70_000, buckets);
        }
        assertThat(h.decimate(40_017, 100_017, 1).max()[0]).isLessThan(1);

        h.clear();
        assertThat(h.size()).isZero();
        h.add(7);
        assertThat(h.decimate(0, 10, 10).max()).containsExactly(7);
    }

    @Test
    void rejectsIndicesOutsideTheHistory() {
        LossHistory h = history(1, 2, 3);
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> h.get(3));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> h.get(-1));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> h.truncate(4));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> h.truncate(-1));
        assertThat(h.size()).isEqualTo(3);
    }

    private static LossHistory history(double... values) {
        LossHistory h = new LossHistory();
        for (double v : values) {
            h.add(v);
        }
        return h;
    }

    /** Mostly ordinary losses, now and then NaN or an infinity. */
    private static double randomLoss(SplittableRandom random) {
        int r = random.nextInt(1000);
        return r == 0 ? Double.NaN : r == 1 ? Double.POSITIVE_INFINITY : r == 2 ? Double.NEGATIVE_INFINITY
                : random.nextDouble() * random.nextDouble();
    }

    @Test
    void onceFullPointsMergePairwiseKeepingTheHigherAcrossChunks() {
        int capacity = 1 << 17; // four chunks
        LossHistory h = new LossHistory(capacity);
        SplittableRandom random = new SplittableRandom(7);
        double[] values = new double[(1 << 18) + 3]; // two merges: a point then stands for 4 epochs
        for (int e = 0; e < values.length; e++) {
            values[e] = randomLoss(random);
            h.add(values[e]);
        }
        assertThat(h.stride()).isEqualTo(4);
        assertThat(h.size()).isEqualTo(values.length);
        assertThat(h.last()).isEqualTo(values[values.length - 1]);
        for (int i = 0; i < values.length; i++) {
            int from = i / 4 * 4;
            double higher = Double.NaN;
            for (int e = from; e < Math.min(from + 4, values.length); e++) {
                higher = Double.isNaN(higher) || values[e] > higher ? values[e] : higher;
            }
            assertThat(h.get(i)).as("epoch %d", i + 1).isEqualTo(higher);
        }
        // Merged, a bucket is made of whole points: each must still hold the first, lowest, highest
        // and last of the values it covers, and the buckets must tile the range without gaps.
        for (int[] call : new int[][] {{0, values.length, 800}, {40_001, 200_001, 333}, {7, 90, 50}}) {
            Decimation d = h.decimate(call[0], call[1], call[2]);
            assertThat(d.size()).isPositive().isLessThanOrEqualTo(call[2]);
            assertThat(d.start()[0]).isEqualTo(call[0] / 4 * 4);
            for (int b = 0; b < d.size(); b++) {
                if (b > 0) {
                    assertThat(d.start()[b]).isEqualTo(d.end()[b - 1]);
                }
                double lo = Double.NaN;
                double hi = Double.NaN;
                for (int i = d.start()[b]; i < d.end()[b]; i++) {
                    double v = h.get(i);
                    lo = Double.isNaN(lo) || v < lo ? v : lo;
                    hi = Double.isNaN(hi) || v > hi ? v : hi;
                }
                assertThat(d.first()[b]).isEqualTo(h.get(d.start()[b]));
                assertThat(d.last()[b]).isEqualTo(h.get(d.end()[b] - 1));
                assertThat(d.min()[b]).as("bucket %d of %s", b, Arrays.toString(call)).isEqualTo(lo);
                assertThat(d.max()[b]).as("bucket %d of %s", b, Arrays.toString(call)).isEqualTo(hi);
            }
        }
    }

    /** Compares {@code decimate} with a plain scan of every value, bucket by bucket. */
    private static void assertMatchesBruteForce(LossHistory h, int from, int to, int buckets) {
        int lo = Math.max(0, from);
        int len = Math.max(0, Math.min(h.size(), to) - lo);
        int count = Math.min(buckets, len);
        int[] start = new int[count];
        int[] end = new int[count];
        double[] first = new double[count];
        double[] min = new double[count];
        double[] max = new double[count];
        double[] last = new double[count];
        for (int b = 0; b < count; b++) {
            start[b] = lo + (int) ((long) len * b / count);
            end[b] = lo + (int) ((long) len * (b + 1) / count);
            first[b] = h.get(start[b]);
            last[b] = h.get(end[b] - 1);
            min[b] = Double.NaN;
            max[b] = Double.NaN;
            for (int i = start[b]; i < end[b]; i++) {
                double v = h.get(i);
                if (!Double.isNaN(v)) {
                    min[b] = Double.isNaN(min[b]) ? v : Math.min(min[b], v);
                    max[b] = Double.isNaN(max[b]) ? v : Math.max(max[b], v);
                }
            }
        }
        Decimation d = h.decimate(from, to, buckets);
        String call = "decimate(" + from + ", " + to + ", " + buckets + ")";
        assertThat(d.start()).as(call).containsExactly(start);
        assertThat(d.end()).as(call).containsExactly(end);
        assertThat(d.first()).as(call).containsExactly(first);
        assertThat(d.min()).as(call).containsExactly(min);
        assertThat(d.max()).as(call).containsExactly(max);
        assertThat(d.last()).as(call).containsExactly(last);
    }
}
