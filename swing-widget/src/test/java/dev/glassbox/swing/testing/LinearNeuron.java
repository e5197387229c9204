package dev.glassbox.swing.testing;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;

/**
 * One linear neuron worked by hand, for the views' optimizer tests: {@code z = w·x + b}, MSE,
 * batch, η = 0.5; samples (2, 1) and (−1, 0); w = 3, b = 0.5. The errors z − y are 5.5 and −2.5, so
 * the first batch gradients are ḡ_w = ½(5.5·2 + (−2.5)(−1)) = 6.75 and ḡ_b = ½(5.5 − 2.5) = 1.5.
 */
public final class LinearNeuron {
    /** Momentum with μ = 0.5, as extra keys of {@link #scenario}. */
    public static final String MOMENTUM = "\n  \"optimizer\": {\"type\": \"momentum\", \"momentum\": 0.5},";
    /** Adam with β1 = 0.5, β2 = 0.75, ε = 2 (numbers that keep its steps short to work by hand). */
    public static final String ADAM = "\n  \"optimizer\": {\"type\": \"adam\", \"beta1\": 0.5, \"beta2\": 0.75, \"epsilon\": 2},";
    /** An L2 penalty with λ = 0.5. */
    public static final String L2 = "\n  \"regularization\": {\"type\": \"l2\", \"lambda\": 0.5},";

    private static final String FILE = """
            {
              "format": "glassbox-scenario/1",
              "name": "one linear neuron",
              "layers": [1, 1],
              "activations": ["linear"],
              "loss": "mse",
              "learningRate": 0.5,%s
              "weights": [[[3]]],
              "biases": [[0.5]],
              "samples": [{"x": [2], "y": [1]}, {"x": [-1], "y": [0]}]
            }
            """;

    private LinearNeuron() {
    }

    /**
     * The neuron's scenario with {@code extraKeys} (e.g. {@link #MOMENTUM}, or "" for plain gradient descent).
     *
     * @param extraKeys JSON members, each starting on a new line and ending with a comma
     * @return the scenario
     */
    public static Scenario scenario(String extraKeys) {
        return ScenarioFiles.parse(FILE.formatted(extraKeys));
    }
}
