package dev.glassbox.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.testing.HandWorkedScenario;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Questions on the hand-worked 2-2-1 network of {@code HandWorkedExampleTest} (sigmoid, MSE,
 * η = 0.5, one sample x = (0.05, 0.10), y = 0.01), whose numbers are worked there by hand: the
 * right answer, and each known mistake recognised from its own wrong value and not from the
 * right one.
 */
class SolutionTest {
    private static final String HAND_WORKED = HandWorkedScenario.JSON;
    private static final NeuronId H1 = new NeuronId(1, 0);
    private static final NeuronId OUT = new NeuronId(2, 0);
    /** v1: hidden 1 → output. */
    private static final Connection V1 = new Connection(1, 0, 0);
    /** w11: input 1 → hidden 1. */
    private static final Connection W11 = new Connection(0, 0, 0);
    private static final double HAND = 5e-10;

    private final EpochTrace trace = new TrainingSession(ScenarioFiles.parse(HAND_WORKED)).trace();

    private Solution solve(NetworkElement e, Quantity q) {
        return Solution.of(trace, Question.of(1, 0, e, q));
    }

    /** The right answer is right, each mistake's own value is recognised as that mistake. */
    private static void recognises(Solution s, double expected, Map<Mistake, Double> mistakes) {
        assertThat(s.expected()).isCloseTo(expected, within(HAND));
        Verdict right = s.check(expected);
        assertThat(right.correct()).isTrue();
        assertThat(right.mistake()).isEmpty();
        assertThat(s.wrongAnswers().keySet()).containsExactlyInAnyOrderElementsOf(mistakes.keySet());
        mistakes.forEach((mistake, value) -> {
            assertThat(s.wrongAnswers().get(mistake)).as("%s", mistake).isCloseTo(value, within(HAND));
            Verdict v = s.check(value);
            assertThat(v.correct()).as("%s", mistake).isFalse();
            assertThat(v.mistake()).as("the answer %s", value).contains(mistake);
        });
    }

    @Test
    void zOfAHiddenNeuron() {
        // z_h1 = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775; without the bias 0.0275
        recognises(solve(H1, Quantity.Z), 0.3775, Map.of(Mistake.BIAS_LEFT_OUT, 0.0275));
    }

    @Test
    void aOfTheOutput() {
        // a_o = σ(1.1059059671) = 0.7513650696; z given instead: 1.1059059671
        recognises(solve(OUT, Quantity.A), 0.7513650696, Map.of(Mistake.ACTIVATION_LEFT_OUT, 1.1059059671));
    }

    @Test
    void deltaOfTheOutput() {
        // δ_o = (a − y) × a(1 − a) = 0.7413650696 × 0.1868156018 = 0.1384985616
        recognises(solve(OUT, Quantity.DELTA), 0.1384985616, Map.of(
                Mistake.SLOPE_LEFT_OUT, 0.7413650696,
                Mistake.RAW_ERROR_SIGN, -0.1384985616,
                Mistake.HALF_KEPT, 0.0692492808,
                Mistake.HALF_DROPPED_TWICE, 0.2769971232));
    }

    @Test
    void deltaOfAHiddenNeuron() {
        // δ_h1 = (v1·δ_o) × a_h1(1 − a_h1) = 0.0553994247 × 0.2413007086 = 0.0133679204
        // with the updated v1 = 0.3589164797: 0.3589164797 × 0.1384985616 × 0.2413007086 = 0.0119948526
        recognises(solve(H1, Quantity.DELTA), 0.0133679204, Map.of(
                Mistake.SLOPE_LEFT_OUT, 0.0553994247,
                Mistake.RAW_ERROR_SIGN, -0.0133679204,
                Mistake.NEW_WEIGHT_IN_BACKPROP, 0.3589164797 * 0.1384985616 * 0.2413007086));
    }

    @Test
    void gradientOfAnOutputWeight() {
        // ∂L/∂v1 = δ_o · a_h1 = 0.1384985616 × 0.5932699921 = 0.0821670406
        // a_j instead: δ_o · a_o = 0.1384985616 × 0.7513650696 = 0.1040629851
        // raw error instead of δ: 0.7413650696 × 0.5932699921 = 0.4398296880
        recognises(solve(V1, Quantity.GRADIENT), 0.0821670406, Map.of(
                Mistake.TARGET_ACTIVATION, 0.1384985616 * 0.7513650696,
                Mistake.RAW_ERROR_SIGN, -0.0821670406,
                Mistake.SLOPE_LEFT_OUT, 0.7413650696 * 0.5932699921));
    }

    @Test
    void updatedWeight() {
        // v1 ← 0.40 − 0.5 × 0.0821670406 = 0.3589164797; uphill 0.4410835203; η forgotten 0.3178329594.
        // (One sample: the sum of the gradients is their mean, so that mistake cannot be told.)
        recognises(solve(V1, Quantity.UPDATED_WEIGHT), 0.3589164797, Map.of(
                Mistake.UPDATE_SIGN, 0.4410835203,
                Mistake.LEARNING_RATE_LEFT_OUT, 0.3178329594));
    }

    @Test
    void theBatchGradientOfFourSamplesIsTheirMeanAndTheirSumIsAMistake() {
        EpochTrace xor = new TrainingSession(BuiltInScenarios.get("xor")).trace();
        Solution s = Solution.of(xor, Question.of(1, 2, W11, Quantity.BATCH_GRADIENT));
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            sum += xor.sample(k).gradient(W11);
        }
        assertThat(s.expected()).isEqualTo(xor.meanGradient(W11));
        assertThat(s.expected()).isCloseTo(sum / 4, within(1e-15));
        assertThat(s.check(sum).mistake()).contains(Mistake.SUM_NOT_MEAN);
        assertThat(s.check(s.expected()).correct()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Quantity.class)
    void everyExpectedValueIsTheTracesOwn(Quantity q) {
        EpochTrace xor = new TrainingSession(BuiltInScenarios.get("xor")).trace();
        NetworkElement e = q.ofConnection() ? W11 : H1;
        double expected = Solution.of(xor, Question.of(1, 1, e, q)).expected();
        double traced = switch (q) {
            case Z -> xor.sample(1).neuron(H1).z();
            case A -> xor.sample(1).neuron(H1).a();
            case DELTA -> xor.sample(1).neuron(H1).delta();
            case GRADIENT -> xor.sample(1).gradient(W11);
            case BATCH_GRADIENT -> xor.meanGradient(W11);
            case UPDATED_WEIGHT -> xor.after().weight(W11);
        };
        assertThat(expected).isEqualTo(traced);
    }

    @Test
    void anAnswerWithinOnePercentIsRightAndTheToleranceIsStated() {
        Solution s = solve(OUT, Quantity.DELTA);
        assertThat(s.check(0.1385).correct()).isTrue();
        assertThat(s.check(0.137).correct()).isFalse();
        assertThat(s.check(0.137).mistake()).isEmpty();
        assertThat(s.check(0.1385).tolerance()).isCloseTo(0.001384985616, within(1e-12));
        assertThat(Solution.tolerance(0.0)).isEqualTo(1e-4);
    }

    @Test
    void aQuestionThatCannotBeAskedSaysWhy() {
        assertThatThrownBy(() -> Question.of(0, 0, H1, Quantity.Z)).hasMessage("the epoch must be 1 or more, got 0");
        assertThatThrownBy(() -> Question.of(1, 0, H1, Quantity.GRADIENT))
                .hasMessage("gradient is asked of a connection, not of a neuron");
        assertThat(Question.of(1, 0, new NeuronId(0, 1), Quantity.A).problemIn(trace.architecture(), 1))
                .contains("an input neuron has no a: it only holds the sample's input");
        assertThat(Question.of(1, 3, H1, Quantity.A).problemIn(trace.architecture(), 1))
                .contains("sample index 3 is beyond the 1 samples");
        assertThat(Question.of(1, 0, new NeuronId(1, 5), Quantity.A).problemIn(trace.architecture(), 1))
                .contains("there is no such neuron in a network of layers [2, 2, 1]");
        assertThat(Question.of(1, 0, H1, Quantity.A).problemIn(trace.architecture(), 1)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Solution.of(trace, Question.of(2, 0, H1, Quantity.A)))
                .hasMessage("the question is about epoch 2, the trace is of epoch 1");
    }
}
