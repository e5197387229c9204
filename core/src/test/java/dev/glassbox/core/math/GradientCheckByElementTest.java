package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The gradient check addressed by network element, as the chain-rule panel uses it. */
class GradientCheckByElementTest {
    private final Scenario xor = BuiltInScenarios.get("xor");
    private final Parameters p = xor.initialParameters();
    private final GradientCheck check = new GradientCheck(xor.architecture(), xor.samples(), p);
    private final int[] n = xor.architecture().sizeArray();

    private double backprop(int k) {
        return Backprop.meanGradient(xor.architecture(), Regularization.NONE, p, xor.samples()).toFlat()[k];
    }

    @Test
    void weightGradientMatchesBackpropagation() {
        Connection hidden = new Connection(0, 1, 0);
        Connection output = new Connection(1, 0, 0);
        assertThat(check.numeric(hidden))
                .isCloseTo(backprop(Parameters.weightIndex(n, 0, 0, 1)), within(1e-8));
        assertThat(check.numeric(output))
                .isCloseTo(backprop(Parameters.weightIndex(n, 1, 0, 0)), within(1e-8));
    }

    @Test
    void biasGradientMatchesBackpropagation() {
        assertThat(check.numeric(new NeuronId(1, 1)))
                .isCloseTo(backprop(Parameters.biasIndex(n, 0, 1)), within(1e-8));
    }

    @Test
    void inputNeuronsHaveNoBias() {
        assertThatThrownBy(() -> check.numeric(new NeuronId(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
