package dev.glassbox.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * Cross-entropy on a sigmoid output: the raw error {@code (a − y) / (a(1 − a))} times the slope
 * {@code a(1 − a)} is {@code a − y}, and the engine uses that cancelled form exactly.
 */
class CrossEntropyCancellationTest {

    @Test
    void outputDeltaIsExactlyAMinusYAndMatchesTheLongForm() {
        assertCancellation(BuiltInScenarios.get("xor-saturated-ce"));
    }

    @Test
    void holdsForSoftTargetsAndSeveralOutputs() {
        assertCancellation(ScenarioFiles.parse("""
                {"format": "glassbox-scenario/1", "name": "soft", "layers": [2, 3, 2],
                 "activations": ["tanh", "sigmoid"], "loss": "cross-entropy", "learningRate": 0.7, "seed": 11,
                 "samples": [{"x": [0.5, -1], "y": [0.25, 1]}, {"x": [2, 0.1], "y": [0.9, 0]},
                             {"x": [-0.3, 0.8], "y": [0.5, 0.125]}]}
                """));
    }

    /** At the start and after 50 and 100 epochs: δ = a − y exactly, and ≈ rawError × slope. */
    private static void assertCancellation(Scenario scenario) {
        TrainingSession session = new TrainingSession(scenario);
        for (int round = 0; round < 3; round++) {
            EpochTrace trace = session.trace();
            assertThat(trace.cancellation()).isTrue();
            for (SampleTrace t : trace.samples()) {
                for (int j = 0; j < t.sample().y().size(); j++) {
                    NeuronTrace o = t.output(j);
                    double y = t.sample().y().get(j);
                    assertThat(o.delta()).isEqualTo(o.a() - y);
                    double longForm = o.rawError() * o.slope();
                    assertThat(longForm).isCloseTo(o.a() - y, within(1e-12 * Math.abs(o.a() - y)));
                }
            }
            session.run(50);
        }
    }

    @Test
    void withMseTheDeltaIsTheLongFormAndThereIsNoCancellation() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor-saturated-mse"));
        EpochTrace trace = session.trace();
        assertThat(trace.cancellation()).isFalse();
        for (SampleTrace t : trace.samples()) {
            NeuronTrace o = t.output(0);
            assertThat(o.rawError()).isEqualTo(o.a() - t.sample().y().get(0));
            assertThat(o.delta()).isEqualTo(o.rawError() * o.slope());
        }
    }

    @Test
    void theCancellationKeepsTheFullErrorWhereTheLongFormRoundsToZero() {
        // z = 40: a = 1 / (1 + e^−40) = 1 / (1 + 4.2e−18) rounds to exactly 1.0, so the slope
        // a(1 − a) is 0 and the long form gives δ = 0. The cancelled form still gives a − y = 1.
        Scenario s = ScenarioFiles.parse("""
                {"format": "glassbox-scenario/1", "name": "rounded", "layers": [1, 1],
                 "activations": ["sigmoid"], "loss": "cross-entropy", "learningRate": 0.1,
                 "weights": [[[40]]], "biases": [[0]], "samples": [{"x": [1], "y": [0]}]}
                """);
        NeuronTrace o = new TrainingSession(s).trace().sample(0).output(0);

        assertThat(o.a()).isEqualTo(1.0);
        assertThat(o.slope()).isEqualTo(0.0);
        assertThat(o.rawError() * o.slope()).isEqualTo(0.0);
        assertThat(o.delta()).isEqualTo(1.0);
        // the loss is finite thanks to the clamp inside the logarithm: −ln(1e−12)
        assertThat(o.a()).isGreaterThan(1 - Loss.EPSILON);
        assertThat(new TrainingSession(s).trace().loss()).isCloseTo(-Math.log(Loss.EPSILON), within(1e-3));
    }
}
