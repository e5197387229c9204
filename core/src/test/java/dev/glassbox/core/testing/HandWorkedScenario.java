package dev.glassbox.core.testing;

/**
 * DESIGN.md's 2-2-1 network worked by hand (sigmoid everywhere, MSE, η = 0.5, a single sample
 * x = (0.05, 0.10), y = 0.01), the numbers of the classic step-by-step example: one file for every
 * test that checks numbers against it (the hand-worked trace, the quiz's answers and mistakes).
 */
public final class HandWorkedScenario {
    /** The scenario file. */
    public static final String JSON = """
            {
              "format": "glassbox-scenario/1",
              "name": "hand-worked 2-2-1",
              "layers": [2, 2, 1],
              "activations": ["sigmoid", "sigmoid"],
              "loss": "mse",
              "learningRate": 0.5,
              "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45]]],
              "biases": [[0.35, 0.35], [0.60]],
              "samples": [{"x": [0.05, 0.10], "y": [0.01]}]
            }
            """;

    private HandWorkedScenario() {
    }
}
