package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

class FiniteDifferenceTest {
    private final Scenario xor = BuiltInScenarios.get("xor");
    private final Engine engine = new Engine(xor.architecture(), xor.update(), xor.samples());
    private final Parameters p = xor.initialParameters();
    private final int[] n = xor.architecture().sizeArray();

    private double backprop(int k) {
        double[] g = new double[engine.parameterCount()];
        engine.gradient(p.toFlat(), g);
        return g[k];
    }

    @Test
    void weightGradientMatchesBackpropagation() {
        Connection hidden = new Connection(0, 1, 0);
        Connection output = new Connection(1, 0, 0);
        assertThat(FiniteDifference.gradient(engine, p, hidden))
                .isCloseTo(backprop(Parameters.weightIndex(n, 0, 0, 1)), within(1e-8));
        assertThat(FiniteDifference.gradient(engine, p, output))
                .isCloseTo(backprop(Parameters.weightIndex(n, 1, 0, 0)), within(1e-8));
    }

    @Test
    void biasGradientMatchesBackpropagation() {
        assertThat(FiniteDifference.gradient(engine, p, new NeuronId(1, 1)))
                .isCloseTo(backprop(Parameters.biasIndex(n, 0, 1)), within(1e-8));
    }

    @Test
    void inputNeuronsHaveNoBias() {
        assertThatThrownBy(() -> FiniteDifference.gradient(engine, p, new NeuronId(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
