package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A neuron is saturated (or a ReLU dead) for an epoch only if it is so on every sample — also when
 * the training set spans several of the engine's blocks, and whichever sample breaks the run.
 * One neuron z = x (w = 1, b = 0); a sigmoid saturates where |z| > 4.37 (slope below 5 % of 0.25).
 */
class EngineStatesTest {
    private static Engine engine(String activation, double... xs) {
        String samples = Arrays.stream(xs).mapToObj(x -> "{\"x\": [" + x + "], \"y\": [0]}")
                .collect(Collectors.joining(", "));
        Scenario s = ScenarioFiles.parse("""
                {"format": "glassbox-scenario/1", "name": "states", "layers": [1, 1], "activations": ["%s"],
                 "loss": "mse", "learningRate": 1, "weights": [[[1]]], "biases": [[0]], "samples": [%s]}
                """.formatted(activation, samples));
        return new Engine(s.architecture(), s.updateMode(), s.samples());
    }

    private static Engine afterOneEpoch(String activation, double... xs) {
        Engine engine = engine(activation, xs);
        engine.trainEpoch(new double[] {1, 0}, 1e-12);
        return engine;
    }

    @Test
    void saturatedOnlyWhenSaturatedOnEverySampleOfEveryBlock() {
        assertThat(afterOneEpoch("sigmoid", 10, 10, 10, 10, 10, -10).saturatedThroughout(1, 0)).isTrue();
        assertThat(afterOneEpoch("sigmoid", 10, 10, 10, 10, 10, 0).saturatedThroughout(1, 0)).isFalse();
        assertThat(afterOneEpoch("sigmoid", 0, 10, 10, 10, 10, 10).saturatedThroughout(1, 0)).isFalse();
        assertThat(afterOneEpoch("sigmoid", 10, 10, 10, 0, 10, 10).saturatedThroughout(1, 0)).isFalse();
    }

    @Test
    void deadOnlyForAReluInactiveOnEverySample() {
        assertThat(afterOneEpoch("relu", -1, -2, 0, -1, -1, -3).deadThroughout(1, 0)).isTrue();
        assertThat(afterOneEpoch("relu", -1, -2, 0, -1, -1, 3).deadThroughout(1, 0)).isFalse();
        assertThat(afterOneEpoch("leaky-relu", -1, -2, -1, -1, -1, -3).deadThroughout(1, 0)).isFalse();
        assertThat(afterOneEpoch("relu", -1, -2, 0, -1, -1, -3).saturatedThroughout(1, 0)).isFalse();
    }

    @Test
    void theVersionChangesOnlyWhenAStateChanges() {
        Engine engine = engine("sigmoid", 10, 10, 10, 10, 10, -10);
        double[] p = {1, 0};
        engine.trainEpoch(p, 1e-12);
        long saturated = engine.statesVersion();
        engine.trainEpoch(p, 1e-12);
        assertThat(engine.statesVersion()).isEqualTo(saturated);
        engine.trainEpoch(new double[] {0.01, 0}, 1e-12);
        assertThat(engine.saturatedThroughout(1, 0)).isFalse();
        assertThat(engine.statesVersion()).isNotEqualTo(saturated);
    }
}
