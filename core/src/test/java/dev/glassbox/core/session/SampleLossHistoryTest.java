package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

class SampleLossHistoryTest {

    private static SampleLossHistory filled(int epochs) {
        SampleLossHistory h = new SampleLossHistory(2);
        for (int e = 1; e <= epochs; e++) {
            h.add(new double[] {e, -e});
        }
        return h;
    }

    @Test
    void keepsOnePointPerEpochUntilFull() {
        SampleLossHistory h = filled(SampleLossHistory.CAPACITY - 1);
        assertThat(h.size()).isEqualTo(SampleLossHistory.CAPACITY - 1);
        assertThat(h.endEpoch(9)).isEqualTo(10);
        assertThat(h.get(0, 9)).isEqualTo(10.0);
        assertThat(h.get(1, 9)).isEqualTo(-10.0);
    }

    @Test
    void halvesTheResolutionWhenFullAndKeepsExactMeans() {
        SampleLossHistory h = filled(SampleLossHistory.CAPACITY + 2);
        assertThat(h.size()).isEqualTo(SampleLossHistory.CAPACITY / 2 + 1);
        assertThat(h.endEpoch(0)).isEqualTo(2);
        assertThat(h.get(0, 0)).isEqualTo(1.5);
        assertThat(h.endEpoch(h.size() - 1)).isEqualTo(SampleLossHistory.CAPACITY + 2);
        assertThat(h.get(0, h.size() - 1)).isEqualTo(SampleLossHistory.CAPACITY + 1.5);
    }

    @Test
    void staysBoundedOverAMillionEpochsAndReachesTheLatestEpoch() {
        SampleLossHistory h = filled(1_000_000);
        assertThat(h.size()).isLessThanOrEqualTo(SampleLossHistory.CAPACITY + 1);
        assertThat(h.endEpoch(h.size() - 1)).isEqualTo(1_000_000);
        for (int i = 1; i < h.size(); i++) {
            assertThat(h.endEpoch(i)).isGreaterThan(h.endEpoch(i - 1));
        }
        // The mean of 1 … n over any run of epochs is the run's midpoint.
        int first = h.endEpoch(0);
        assertThat(h.get(0, 0)).isCloseTo((first + 1) / 2.0, within(1e-9));
    }

    @Test
    void openPointIsReadable() {
        SampleLossHistory h = filled(SampleLossHistory.CAPACITY + 1);
        assertThat(h.endEpoch(h.size() - 1)).isEqualTo(SampleLossHistory.CAPACITY + 1);
        assertThat(h.get(0, h.size() - 1)).isEqualTo(SampleLossHistory.CAPACITY + 1.0);
    }

    @Test
    void truncateDropsLaterPointsAndClearStartsOver() {
        SampleLossHistory h = filled(SampleLossHistory.CAPACITY + 4);
        h.truncate(7);
        assertThat(h.epochs()).isEqualTo(7);
        assertThat(h.endEpoch(h.size() - 1)).isEqualTo(6);
        h.clear();
        assertThat(h.size()).isZero();
        h.add(new double[] {3, 4});
        assertThat(h.endEpoch(0)).isEqualTo(1);
        assertThat(h.get(1, 0)).isEqualTo(4.0);
    }

    @Test
    void tracksAtMostSixteenSamples() {
        assertThat(new SampleLossHistory(10_000).sampleCount()).isEqualTo(SampleLossHistory.MAX_SAMPLES);
    }

    @Test
    void sessionRecordsEachSamplesLossWhoseMeanIsTheEpochLoss() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(3);
        SampleLossHistory h = session.sampleLossHistory();
        assertThat(h.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            double mean = 0;
            for (int s = 0; s < h.sampleCount(); s++) {
                mean += h.get(s, i) / h.sampleCount();
            }
            assertThat(mean).isCloseTo(session.lossHistory().get(i), within(1e-15));
        }
        session.seek(1);
        assertThat(h.size()).isEqualTo(1);
        session.reset();
        assertThat(h.size()).isZero();
    }
}
