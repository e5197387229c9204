package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.session.TrainingSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Write, then read: an equal scenario. {@link Scenario} equality compares every number by its
 * bits ({@code Double.equals}, {@code Arrays.equals}), so equal means bit-exact, {@code −0.0} included.
 */
class ScenarioRoundTripTest {

    static Stream<String> builtIns() {
        return BuiltInScenarios.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyBuiltInRoundTrips(String id) {
        assertRoundTrip(BuiltInScenarios.get(id));
    }

    @Test
    void aSeededScenarioRoundTripsWithoutWeights() {
        Scenario seeded = BuiltInScenarios.get("vanishing-gradient");
        assertThat(seeded.parameters()).isNull();
        assertThat(ScenarioFiles.toJson(seeded)).contains("\"seed\": 3").doesNotContain("\"weights\"");
        assertRoundTrip(seeded);
    }

    @Test
    void theInitialiserRoundTripsBesideTheSeedAndTheDefaultIsNotWritten() {
        Scenario seeded = BuiltInScenarios.get("vanishing-gradient");
        assertThat(ScenarioFiles.toJson(seeded)).doesNotContain("\"init\"");
        for (Initializer init : Initializer.values()) {
            Scenario s = seeded.toBuilder().initializer(init).build();
            if (init != Initializer.XAVIER) {
                assertThat(ScenarioFiles.toJson(s)).contains("\"seed\": 3,\n  \"init\": \"" + init.id() + "\",");
            }
            assertRoundTrip(s);
            assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s)).initialParameters())
                    .isEqualTo(init.parameters(seeded.architecture().sizeArray(), 3));
        }
    }

    @Test
    void awkwardNumbersRoundTripBitForBit() {
        double[] awkward = {-0.0, Double.MIN_VALUE, 1e-310, Double.MAX_VALUE, 0.1 + 0.2, Math.PI,
                Math.nextUp(1.0), Math.nextDown(1.0), -1.2345678901234567e-200, 123456789012345680.0};
        SplittableRandom random = new SplittableRandom(7);
        List<Sample> samples = new ArrayList<>();
        for (double v : awkward) {
            samples.add(Sample.of(new double[] {v, -v}, new double[] {randomBits(random)}));
        }
        Scenario xor = BuiltInScenarios.get("xor");
        double[] p = new double[Parameters.count(new int[] {2, 2, 1})];
        for (int k = 0; k < p.length; k++) {
            p[k] = k < awkward.length ? awkward[k] : randomBits(random);
        }
        Scenario s = new Scenario("odd \"name\"\n é 🙂 </script>", "tab\there", xor.architecture(), Math.nextUp(0.1),
                UpdateMode.ONLINE, Parameters.ofFlat(new int[] {2, 2, 1}, p), 0, samples);
        assertRoundTrip(s);
    }

    @Test
    void handedOutWeightsOfASeededScenarioRoundTrip() {
        Scenario seeded = BuiltInScenarios.get("vanishing-gradient");
        TrainingSession session = new TrainingSession(seeded);
        session.run(10);
        assertRoundTrip(seeded.toBuilder().parameters(session.parameters()).build());
    }

    @Test
    void theLargestSeedsRoundTrip() {
        Scenario seeded = BuiltInScenarios.get("vanishing-gradient");
        for (long seed : new long[] {Scenario.MAX_SEED, -Scenario.MAX_SEED}) {
            assertRoundTrip(new Scenario("s", "", seeded.architecture(), 1, UpdateMode.BATCH, null, seed, seeded.samples()));
        }
    }

    @Test
    void aSeedNoFileCanCarryIsRejected() {
        Scenario seeded = BuiltInScenarios.get("vanishing-gradient");
        ScenarioValidationTest.assertRejected(() -> new Scenario("s", "", seeded.architecture(), 1, UpdateMode.BATCH, null,
                Long.MAX_VALUE, seeded.samples()), "seed", "must be a whole number from -2^53 to 2^53, got 9223372036854775807");
    }

    @Test
    void filesRoundTrip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("xor.json");
        ScenarioFiles.write(BuiltInScenarios.get("xor-saturated-ce"), file);
        assertThat(ScenarioFiles.read(file)).isEqualTo(BuiltInScenarios.get("xor-saturated-ce"));
    }

    @Test
    void optimizersAndPenaltiesRoundTripAndPlainOnesAreNotWritten() {
        Scenario xor = BuiltInScenarios.get("xor");
        assertThat(ScenarioFiles.toJson(xor)).doesNotContain("\"optimizer\"").doesNotContain("\"regularization\"");

        Scenario momentum = xor.toBuilder().optimizer(new Momentum(0.9))
                .regularization(new Regularization(Penalty.L2, 0.001)).build();
        assertThat(ScenarioFiles.toJson(momentum))
                .contains("  \"update\": \"batch\",\n  \"optimizer\": {\"type\": \"momentum\", \"momentum\": 0.9},\n"
                        + "  \"regularization\": {\"type\": \"l2\", \"lambda\": 0.001},\n");
        assertRoundTrip(momentum);

        Scenario adam = xor.toBuilder().optimizer(new Adam(Math.nextDown(0.9), 0.999, 1e-8))
                .regularization(new Regularization(Penalty.L1, Double.MIN_VALUE)).build();
        assertThat(ScenarioFiles.toJson(adam))
                .contains("\"optimizer\": {\"type\": \"adam\", \"beta1\": 0.8999999999999999, \"beta2\": 0.999, "
                        + "\"epsilon\": 1.0E-8}");
        assertRoundTrip(adam);
    }

    private static void assertRoundTrip(Scenario s) {
        String json = ScenarioFiles.toJson(s);
        Scenario back = ScenarioFiles.parse(json);
        assertThat(back).isEqualTo(s);
        assertThat(ScenarioFiles.toJson(back)).isEqualTo(json);
    }

    /** A random finite double over the whole range of exponents. */
    private static double randomBits(SplittableRandom random) {
        double v;
        do {
            v = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(v));
        return v;
    }
}
