package dev.glassbox.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generators draw the same samples from the same seed, inside the shapes their names promise. */
class TwoInputProblemTest {

    @Test
    void aFixedSeedGivesTheseFirstSamples() {
        assertFirst(TwoInputProblem.CIRCLE, 0.15376640663332963, 0.33178532393181287, 0.17241067243568453,
                -0.7947621425244933);
        assertFirst(TwoInputProblem.BLOBS, 0.7393974899671604, 0.40924616898936106, -0.7866705756809623,
                -0.6264673307728283);
        assertFirst(TwoInputProblem.SPIRAL, -0.1427449925055948, 0.05058587051938646, -0.3347181271816802,
                0.37551202851235027);
        assertFirst(TwoInputProblem.XOR_QUADRANTS, 0.33316639285831123, -0.3110358347044269, 0.33828513635341306,
                0.5375561504250863);
    }

    /** Samples 0 (target 1) and 1 (target 0) of 3, noise 0.1, seed 42, exactly. */
    private static void assertFirst(TwoInputProblem problem, double x00, double x01, double x10, double x11) {
        List<Sample> samples = problem.samples(3, 0.1, 42);
        assertThat(samples.get(0)).isEqualTo(Sample.of(new double[] {x00, x01}, new double[] {1}));
        assertThat(samples.get(1)).isEqualTo(Sample.of(new double[] {x10, x11}, new double[] {0}));
    }

    @ParameterizedTest
    @EnumSource(TwoInputProblem.class)
    void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers(TwoInputProblem problem) {
        assertThat(problem.samples(500, 0.2, 9)).isEqualTo(problem.samples(500, 0.2, 9));
        assertThat(problem.samples(500, 0.2, 9)).isNotEqualTo(problem.samples(500, 0.2, 10));
    }

    @ParameterizedTest
    @EnumSource(TwoInputProblem.class)
    void targetsAlternateOneZeroAndEveryInputIsFinite(TwoInputProblem problem) {
        List<Sample> samples = problem.samples(Scenario.MAX_SAMPLES, TwoInputProblem.MAX_NOISE, 1);
        assertThat(samples).hasSize(Scenario.MAX_SAMPLES);
        for (int s = 0; s < samples.size(); s++) {
            assertThat(samples.get(s).y()).containsExactly(s % 2 == 0 ? 1.0 : 0.0);
            assertThat(samples.get(s).x()).hasSize(2).allMatch(Double::isFinite);
        }
    }

    @Test
    void withoutNoiseTheCircleHasItsClassesInsideTheDiscAndInTheRing() {
        for (Sample s : TwoInputProblem.CIRCLE.samples(1000, 0, 3)) {
            double r = Math.hypot(s.x().get(0), s.x().get(1));
            if (s.y().get(0) == 1) {
                assertThat(r).isLessThanOrEqualTo(TwoInputProblem.INNER_RADIUS);
            } else {
                assertThat(r).isBetween(TwoInputProblem.RING_FROM, 1.0);
            }
        }
    }

    @Test
    void withoutNoiseTheBlobsCentreOnTheirCentresWithTheirSpread() {
        List<Sample> samples = TwoInputProblem.BLOBS.samples(10_000, 0, 3);
        for (int cls = 0; cls < 2; cls++) {
            double centre = cls == 0 ? TwoInputProblem.BLOB_CENTRE : -TwoInputProblem.BLOB_CENTRE;
            double sum = 0;
            double squares = 0;
            for (int s = cls; s < samples.size(); s += 2) {
                double x = samples.get(s).x().get(0);
                sum += x;
                squares += (x - centre) * (x - centre);
            }
            // 5,000 draws: the mean is within 4 standard errors (4 · 0.25 / √5000 ≈ 0.014) of the centre
            assertThat(sum / 5000).isCloseTo(centre, within(0.015));
            assertThat(Math.sqrt(squares / 5000)).isCloseTo(TwoInputProblem.BLOB_SPREAD, within(0.01));
        }
    }

    @Test
    void withoutNoiseTheSpiralsArmsAreHalfATurnApartAndWindOutwards() {
        List<Sample> samples = TwoInputProblem.SPIRAL.samples(200, 0, 3);
        for (int k = 0; k < 100; k++) {
            Sample one = samples.get(2 * k);
            Sample zero = samples.get(2 * k + 1);
            double share = (k + 0.5) / 100;
            assertThat(Math.hypot(one.x().get(0), one.x().get(1))).isCloseTo(share, within(1e-12));
            // half a turn on: the point opposite through the origin
            assertThat(zero.x().get(0)).isCloseTo(-one.x().get(0), within(1e-12));
            assertThat(zero.x().get(1)).isCloseTo(-one.x().get(1), within(1e-12));
            double t = TwoInputProblem.SPIRAL_TURNS * 2 * Math.PI * share;
            assertThat(one.x().get(0)).isCloseTo(share * Math.cos(t), within(1e-12));
        }
    }

    @Test
    void withoutNoiseXorQuadrantsIsOneWhereExactlyOneInputIsPositive() {
        for (Sample s : TwoInputProblem.XOR_QUADRANTS.samples(1000, 0, 3)) {
            double x1 = s.x().get(0);
            double x2 = s.x().get(1);
            assertThat(Math.abs(x1)).isBetween(TwoInputProblem.AXIS_GAP, 1.0);
            assertThat(Math.abs(x2)).isBetween(TwoInputProblem.AXIS_GAP, 1.0);
            assertThat(s.y().get(0)).isEqualTo((x1 > 0) != (x2 > 0) ? 1.0 : 0.0);
        }
    }

    @Test
    void rejectsACountOrANoiseOutOfRangeNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> TwoInputProblem.SPIRAL.samples(0, 0, 1))
                .withMessage("count: must be a whole number from 1 to 10000, got 0");
        assertThatIllegalArgumentException().isThrownBy(() -> TwoInputProblem.SPIRAL.samples(10_001, 0, 1))
                .withMessage("count: must be a whole number from 1 to 10000, got 10001");
        assertThatIllegalArgumentException().isThrownBy(() -> TwoInputProblem.CIRCLE.samples(10, -0.1, 1))
                .withMessage("noise: must be a number from 0 to 1.0, got -0.1");
        assertThatIllegalArgumentException().isThrownBy(() -> TwoInputProblem.CIRCLE.samples(10, Double.NaN, 1))
                .withMessage("noise: must be a number from 0 to 1.0, got NaN");
        assertThat(TwoInputProblem.CIRCLE.samples(1, 0, 1)).hasSize(1);
    }
}
