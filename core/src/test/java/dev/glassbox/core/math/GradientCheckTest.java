package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central differences: {@code |analytic − numeric| ≤ 1e-6 · max(|analytic|, |numeric|) + 1e-9}.
 * The floor covers near-zero gradients: rounding the loss costs about {@code 1e-16·|L|}, which the
 * difference quotient divides by {@code 2h = 2e-5}, so numeric gradients carry an absolute noise
 * of roughly {@code 1e-11}; measured worst case here about {@code 4e-11}.
 */
class GradientCheckTest {
    private static final double RELATIVE = 1e-6;
    private static final double FLOOR = 1e-9;

    private static final List<List<Integer>> TOPOLOGIES = List.of(
            List.of(2, 2, 1), List.of(3, 4, 2), List.of(1, 5, 3, 1), List.of(2, 4, 4, 4, 2));

    @Test
    void bothGradientsAreOfTheMeanLossOverTheSamples() {
        // One linear neuron z = w·x + b, w = 3, b = 0.5; samples (x, y) = (2, 1) and (−1, 0).
        // Errors z − y: 6.5 − 1 = 5.5 and −2.5 − 0 = −2.5. L = ¼ (5.5² + 2.5²) = 9.125.
        // ∂L/∂w = ½ (5.5·2 + (−2.5)(−1)) = 6.75;  ∂L/∂b = ½ (5.5 − 2.5) = 1.5.
        Architecture arch = new Architecture(List.of(1, 1), List.of(Activation.LINEAR), Loss.MSE);
        List<Sample> samples =
                List.of(Sample.of(new double[] {2}, new double[] {1}), Sample.of(new double[] {-1}, new double[] {0}));
        Engine engine = new Engine(arch, UpdateMode.BATCH, samples);
        Parameters at = Parameters.of(new double[][][] {{{3}}}, new double[][] {{0.5}});
        GradientCheck check = new GradientCheck(arch, samples, at);

        assertThat(engine.datasetLoss(at.toFlat())).isEqualTo(9.125);
        assertThat(check.size()).isEqualTo(2);
        assertThat(check.analytic(0)).isEqualTo(6.75);
        assertThat(check.analytic(1)).isEqualTo(1.5);
        assertThat(check.numeric(0)).isCloseTo(6.75, within(1e-9));
        assertThat(check.numeric(1)).isCloseTo(1.5, within(1e-9));
    }

    static Stream<String> builtIns() {
        return BuiltInScenarios.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void agreesOnEveryBuiltInAtTheStartAndAfterTraining(String id) {
        Scenario scenario = BuiltInScenarios.get(id);
        TrainingSession session = new TrainingSession(scenario);

        List<Integer> skippedAtStart = checkEveryParameter(scenario.architecture(), scenario.regularization(),
                scenario.samples(), session.parameters());
        session.run(100);
        List<Integer> skippedLater = checkEveryParameter(scenario.architecture(), scenario.regularization(),
                scenario.samples(), session.parameters());

        // dying-relu starts with z = 1·0 + 1·0 + 0 = 0 exactly for hidden neuron 0 on sample (0, 0):
        // its bias sits on the ReLU kink. Nothing else in the built-ins does.
        int[] n = scenario.architecture().sizeArray();
        assertThat(skippedAtStart).isEqualTo(id.equals("dying-relu") ? List.of(Parameters.biasIndex(n, 0, 0)) : List.of());
        assertThat(skippedLater).isEmpty();
    }

    private static final List<Regularization> REGULARIZATIONS = List.of(Regularization.NONE,
            new Regularization(Penalty.L2, 0.05), new Regularization(Penalty.L1, 0.02));

    static Stream<Arguments> randomNetworks() {
        List<Arguments> all = new ArrayList<>();
        for (List<Integer> sizes : TOPOLOGIES) {
            for (EngineMatchesBackpropTest.Combination c : EngineMatchesBackpropTest.validCombinations(sizes)) {
                for (Regularization r : REGULARIZATIONS) {
                    all.add(Arguments.of(sizes, c.hidden(), c.output(), c.loss(), r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} → {2}, {3}, {4}")
    @MethodSource("randomNetworks")
    void agreesOnRandomNetworksOfEveryValidActivationLossAndPenalty(List<Integer> sizes, Activation hidden,
                                                                    Activation output, Loss loss, Regularization r) {
        SplittableRandom random = new SplittableRandom(
                ((sizes.hashCode() * 31L + hidden.ordinal()) * 31 + output.ordinal()) * 31 + loss.ordinal());
        List<Activation> activations = new ArrayList<>();
        for (int l = 2; l < sizes.size(); l++) {
            activations.add(hidden);
        }
        activations.add(output);
        Architecture arch = new Architecture(sizes, activations, loss);
        int[] n = arch.sizeArray();
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            double[] y = uniform(random, n[n.length - 1], 0, 1);
            if (output == Activation.SOFTMAX) {
                // a softmax's targets sum to 1: its δ = a − y is the derivative only then
                double sum = Arrays.stream(y).sum();
                for (int j = 0; j < y.length; j++) {
                    y[j] /= sum;
                }
            }
            samples.add(Sample.of(uniform(random, n[0], -1, 1), y));
        }
        Parameters at = Parameters.ofFlat(n, uniform(random, Parameters.count(n), -1, 1));

        // Continuous random draws put no z within reach of a ReLU kink and no weight within reach
        // of L1's kink at 0, so every parameter is checked.
        assertThat(checkEveryParameter(arch, r, samples, at)).isEmpty();
    }

    /**
     * Asserts agreement for every parameter whose ±h step crosses no ReLU kink, and returns the
     * indices of those that do (see {@link #crossesKink}).
     */
    private static List<Integer> checkEveryParameter(Architecture arch, List<Sample> samples, Parameters at) {
        return checkEveryParameter(arch, Regularization.NONE, samples, at);
    }

    private static List<Integer> checkEveryParameter(Architecture arch, Regularization r, List<Sample> samples,
                                                     Parameters at) {
        GradientCheck check = new GradientCheck(arch, r, samples, at);
        double[] theta = at.toFlat();
        List<Integer> skipped = new ArrayList<>();
        for (int k = 0; k < check.size(); k++) {
            if (crossesKink(arch, samples, theta, k)) {
                skipped.add(k);
                continue;
            }
            double analytic = check.analytic(k);
            double numeric = check.numeric(k);
            double tolerance = RELATIVE * Math.max(Math.abs(analytic), Math.abs(numeric)) + FLOOR;
            assertThat(numeric).as("∂L/∂θ[%d] at %s", k, at).isCloseTo(analytic, within(tolerance));
        }
        return skipped;
    }

    /**
     * Whether moving θ_k by ±h flips some ReLU or leaky-ReLU neuron between {@code z > 0} and
     * {@code z ≤ 0} on some sample. There the loss has a kink: its one-sided derivatives differ,
     * backpropagation takes the slope of the side {@code z} is on (at {@code z = 0}: the
     * {@code z ≤ 0} side, as DESIGN.md defines), and central differences average both sides —
     * the two are not supposed to agree, so such parameters are not compared.
     */
    private static boolean crossesKink(Architecture arch, List<Sample> samples, double[] theta, int k) {
        double[] t = theta.clone();
        String at = activeNeurons(arch, samples, t);
        t[k] = theta[k] + GradientCheck.H;
        String up = activeNeurons(arch, samples, t);
        t[k] = theta[k] - GradientCheck.H;
        return !at.equals(up) || !at.equals(activeNeurons(arch, samples, t));
    }

    /** Which ReLU and leaky-ReLU neurons have {@code z > 0}, sample by sample. */
    private static String activeNeurons(Architecture arch, List<Sample> samples, double[] p) {
        Parameters at = Parameters.ofFlat(arch.sizeArray(), p);
        StringBuilder out = new StringBuilder();
        for (Sample sample : samples) {
            SamplePass pass = Backprop.pass(arch, at, sample);
            for (int l = 1; l <= arch.depth(); l++) {
                Activation f = arch.activation(l);
                for (int j = 0; j < arch.size(l); j++) {
                    if (f == Activation.RELU || f == Activation.LEAKY_RELU) {
                        out.append(pass.z(l, j) > 0 ? '+' : '-');
                    }
                }
            }
        }
        return out.toString();
    }

    private static double[] uniform(SplittableRandom random, int count, double from, double to) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = random.nextDouble(from, to);
        }
        return v;
    }
}
