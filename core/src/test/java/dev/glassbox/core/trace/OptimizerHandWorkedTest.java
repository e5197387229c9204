package dev.glassbox.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Backprop;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.OptimizerStep;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.math.UpdateRule;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * The optimizers and the penalties worked by hand, on networks small enough to follow: every
 * number below is a short binary fraction, so the session's numbers are compared exactly (the
 * first Adam step is the exception, and says so).
 */
class OptimizerHandWorkedTest {
    /**
     * One linear neuron {@code z = w·x + b}, MSE, batch: samples (x, y) = (2, 1) and (−1, 0), w = 3, b = 0.5.
     * Errors z − y: 6.5 − 1 = 5.5 and −2.5 − 0 = −2.5, so ∂L/∂w = ½(5.5·2 + (−2.5)(−1)) = 6.75 and
     * ∂L/∂b = ½(5.5 − 2.5) = 1.5.
     */
    private static final String LINEAR = """
            {
              "format": "glassbox-scenario/1",
              "name": "one linear neuron",
              "layers": [1, 1],
              "activations": ["linear"],
              "loss": "mse",
              "learningRate": 0.5,
              "weights": [[[3]]],
              "biases": [[0.5]],
              "samples": [{"x": [2], "y": [1]}, {"x": [-1], "y": [0]}]
            }
            """;
    private static final Connection W = new Connection(0, 0, 0);

    @Test
    void momentumKeepsHalfItsVelocityAndAddsTheNewGradient() {
        Scenario scenario = ScenarioFiles.parse(LINEAR.replace("\"learningRate\": 0.5,",
                "\"learningRate\": 0.5, \"optimizer\": {\"type\": \"momentum\", \"momentum\": 0.5},"));
        TrainingSession session = new TrainingSession(scenario);

        // ---- update 1: v starts at 0, so v = 0.5·0 + g = g
        // v_w = 6.75, w = 3 − 0.5·6.75 = −0.375;  v_b = 1.5, b = 0.5 − 0.5·1.5 = −0.25
        OptimizerStep first = session.trace().stepAfter(1);
        assertThat(first.gradient().weight(W)).isEqualTo(6.75);
        assertThat(first.after().moment(0).weight(W)).isEqualTo(6.75);
        assertThat(first.step().weight(W)).isEqualTo(3.375);
        session.step();
        assertThat(session.parameters().weight(W)).isEqualTo(-0.375);
        assertThat(session.parameters().bias(0, 0)).isEqualTo(-0.25);
        assertThat(session.optimizerState().moment(0).bias(0, 0)).isEqualTo(1.5);

        // ---- update 2: z = −0.375x − 0.25 gives −1 on x = 2 (error −2) and 0.125 on x = −1 (error 0.125)
        // g_w = ½(−2·2 + 0.125·(−1)) = −2.0625;  g_b = ½(−2 + 0.125) = −0.9375
        // v_w = 0.5·6.75 − 2.0625 = 1.3125, w = −0.375 − 0.5·1.3125 = −1.03125
        // v_b = 0.5·1.5 − 0.9375 = −0.1875, b = −0.25 + 0.5·0.1875 = −0.15625
        // (plain gradient descent would have stepped w by −0.5·2.0625 = +1.03125, back up to 0.65625:
        // the velocity still points down)
        OptimizerStep second = session.trace().stepAfter(0);
        assertThat(second.lossGradient().weight(W)).isEqualTo(-2.0625);
        assertThat(second.before().moment(0).weight(W)).isEqualTo(6.75);
        assertThat(second.after().moment(0).weight(W)).isEqualTo(1.3125);
        session.step();
        assertThat(session.parameters().weight(W)).isEqualTo(-1.03125);
        assertThat(session.parameters().bias(0, 0)).isEqualTo(-0.15625);
        assertThat(session.optimizerState().moment(0).bias(0, 0)).isEqualTo(-0.1875);
    }

    @Test
    void adamsBiasCorrectionMakesTheMomentsOfASteadyGradientExactFromTheFirstUpdate() {
        // β1 = 0.5, β2 = 0.75, ε = 2, η = 1; one parameter θ = 1 with the gradient 2 twice.
        Parameters theta = Parameters.of(new double[][][] {{{1}}}, new double[][] {{0}});
        Parameters g = Parameters.of(new double[][][] {{{2}}}, new double[][] {{0}});
        UpdateRule rule = new UpdateRule(UpdateMode.BATCH, new Adam(0.5, 0.75, 2), Regularization.NONE);
        OptimizerState start = OptimizerState.initial(rule.optimizer(), new int[] {1, 1});

        // ---- t = 1: m = 0.5·0 + 0.5·2 = 1;  v = 0.75·0 + 0.25·2² = 1
        // corrections 1 − 0.5¹ = 0.5 and 1 − 0.75¹ = 0.25: m̂ = 1/0.5 = 2 = g, v̂ = 1/0.25 = 4 = g²
        // step = 1·2/(√4 + 2) = 0.5, θ = 1 − 0.5 = 0.5
        OptimizerStep one = Backprop.update(rule, theta, start, g, 1);
        assertThat(one.t()).isEqualTo(1);
        assertThat(one.after().moment(0).weight(W)).isEqualTo(1);
        assertThat(one.after().moment(1).weight(W)).isEqualTo(1);
        assertThat(one.correctedFirst().weight(W)).isEqualTo(2);
        assertThat(one.correctedSecond().weight(W)).isEqualTo(4);
        assertThat(one.step().weight(W)).isEqualTo(0.5);
        assertThat(one.parametersAfter().weight(W)).isEqualTo(0.5);

        // ---- t = 2: m = 0.5·1 + 0.5·2 = 1.5;  v = 0.75·1 + 0.25·4 = 1.75
        // corrections 1 − 0.25 = 0.75 and 1 − 0.5625 = 0.4375: m̂ = 1.5/0.75 = 2, v̂ = 1.75/0.4375 = 4
        // (uncorrected, m = 1.5 and v = 1.75 would still lag behind g = 2 and g² = 4)
        // step = 2/(2 + 2) = 0.5 again, θ = 0.5 − 0.5 = 0
        OptimizerStep two = Backprop.update(rule, one.parametersAfter(), one.after(), g, 1);
        assertThat(two.t()).isEqualTo(2);
        assertThat(two.after().moment(0).weight(W)).isEqualTo(1.5);
        assertThat(two.after().moment(1).weight(W)).isEqualTo(1.75);
        assertThat(two.correctedFirst().weight(W)).isEqualTo(2);
        assertThat(two.correctedSecond().weight(W)).isEqualTo(4);
        assertThat(two.parametersAfter().weight(W)).isEqualTo(0);
        // the bias had a gradient of 0 throughout: m = v = 0, step 0/(0 + 2) = 0
        assertThat(two.parametersAfter().bias(0, 0)).isEqualTo(0);
    }

    @Test
    void adamsFirstStepIsTheLearningRateAgainstTheGradientsSign() {
        // Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8, η = 0.5. Update 1: m̂ = (0.1·g)/0.1 = g and
        // v̂ = (0.001·g²)/0.001 = g², so the step is η·g/(|g| + ε) = 0.5·6.75/6.75000001 ≈ 0.5 for the
        // weight (g = 6.75) and 0.5·1.5/1.50000001 ≈ 0.5 for the bias, whatever the gradient's size:
        // w ≈ 3 − 0.5 = 2.5, b ≈ 0.5 − 0.5 = 0 (only rounding and ε, below 1e-8, in between).
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(LINEAR.replace("\"learningRate\": 0.5,",
                "\"learningRate\": 0.5, \"optimizer\": \"adam\",")));
        session.step();
        assertThat(session.parameters().weight(W)).isCloseTo(2.5, within(1e-8));
        assertThat(session.parameters().bias(0, 0)).isCloseTo(0, within(1e-8));
        assertThat(session.optimizerState().t()).isEqualTo(1);
        // its moments are the unscaled ones: m = 0.1·6.75 = 0.675, v = 0.001·6.75² = 0.04556
        assertThat(session.optimizerState().moment(0).weight(W)).isCloseTo(0.675, within(1e-15));
        assertThat(session.optimizerState().moment(1).weight(W)).isCloseTo(0.04556250, within(1e-15));
    }

    @Test
    void anL1StepCarriesAWeightThroughZeroAndLeavesAZeroWeightAtZero() {
        // z = w0·x0 + w1·x1 + w2·x2 + b, MSE, one sample x = (1, 0, 0), y = 0.5; w = (0.5, 0.125, 0),
        // b = 0; L1 with λ = 1, η = 0.25. Only w0 sees the sample: ∂L/∂w1 = ∂L/∂w2 = δ·0 = 0.
        Scenario scenario = ScenarioFiles.parse("""
                {
                  "format": "glassbox-scenario/1",
                  "name": "L1 by hand",
                  "layers": [3, 1],
                  "activations": ["linear"],
                  "loss": "mse",
                  "learningRate": 0.25,
                  "regularization": {"type": "l1", "lambda": 1},
                  "weights": [[[0.5, 0.125, 0]]],
                  "biases": [[0]],
                  "samples": [{"x": [1, 0, 0], "y": [0.5]}]
                }
                """);
        TrainingSession session = new TrainingSession(scenario);
        Connection w0 = new Connection(0, 0, 0);
        Connection w1 = new Connection(0, 1, 0);
        Connection w2 = new Connection(0, 2, 0);

        // ---- epoch 1: z = 0.5 = y, so every loss gradient is 0 and the data loss is 0.
        // penalty λ·Σ|w| = 0.5 + 0.125 + 0 = 0.625, the epoch's whole loss.
        // g = 0 + λ·sign(w): w0: 1 → 0.5 − 0.25 = 0.25;  w1: 1 → 0.125 − 0.25 = −0.125 (through 0);
        // w2: sign(0) = 0 → stays 0;  b: not regularised, g = 0 → stays 0.
        EpochTrace one = session.trace();
        assertThat(one.dataLoss()).isEqualTo(0);
        assertThat(one.penalty()).isEqualTo(0.625);
        assertThat(one.loss()).isEqualTo(0.625);
        assertThat(one.stepAfter(0).penaltyGradient().weight(w1)).isEqualTo(1);
        assertThat(one.stepAfter(0).penaltyGradient().weight(w2)).isEqualTo(0);
        assertThat(one.stepAfter(0).penaltyGradient().bias(0, 0)).isEqualTo(0);
        session.step();
        assertThat(session.lossHistory().get(0)).isEqualTo(0.625);
        assertThat(session.parameters().weight(w0)).isEqualTo(0.25);
        assertThat(session.parameters().weight(w1)).isEqualTo(-0.125);
        assertThat(session.parameters().weight(w2)).isEqualTo(0);
        assertThat(session.parameters().bias(0, 0)).isEqualTo(0);

        // ---- epoch 2: z = 0.25, error −0.25: data loss ½·0.0625 = 0.03125, penalty 0.25 + 0.125 = 0.375,
        // loss 0.40625.  δ = −0.25:  w0: g = −0.25 + 1 = 0.75 → 0.25 − 0.1875 = 0.0625;
        // w1: g = 0 − 1 → −0.125 + 0.25 = 0.125 (back through 0);  b: g = −0.25 → 0 + 0.0625 = 0.0625.
        session.step();
        assertThat(session.lossHistory().get(1)).isEqualTo(0.40625);
        assertThat(session.parameters().weight(w0)).isEqualTo(0.0625);
        assertThat(session.parameters().weight(w1)).isEqualTo(0.125);
        assertThat(session.parameters().weight(w2)).isEqualTo(0);
        assertThat(session.parameters().bias(0, 0)).isEqualTo(0.0625);
    }

    @Test
    void anL2PenaltyIsHalfLambdaTimesTheSquaresAndPullsEachWeightByLambdaTimesIt() {
        // The linear neuron with L2, λ = 0.5: penalty ½·0.5·3² = 2.25 (the bias 0.5 is not in it);
        // the data loss ¼(5.5² + 2.5²) = 9.125, so L = 11.375.
        // g_w = 6.75 + 0.5·3 = 8.25 → w = 3 − 0.5·8.25 = −1.125;  g_b = 1.5 → b = 0.5 − 0.75 = −0.25.
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(LINEAR.replace("\"learningRate\": 0.5,",
                "\"learningRate\": 0.5, \"regularization\": {\"type\": \"l2\", \"lambda\": 0.5},")));
        assertThat(session.datasetLoss()).isEqualTo(11.375);
        assertThat(session.trace().penalty()).isEqualTo(2.25);
        assertThat(session.trace().stepAfter(0).penaltyGradient().weight(W)).isEqualTo(1.5);
        session.step();
        assertThat(session.lossHistory().get(0)).isEqualTo(11.375);
        assertThat(session.parameters().weight(W)).isEqualTo(-1.125);
        assertThat(session.parameters().bias(0, 0)).isEqualTo(-0.25);
        assertThat(Penalty.L2.formula()).isEqualTo("w²/2");
    }
}
