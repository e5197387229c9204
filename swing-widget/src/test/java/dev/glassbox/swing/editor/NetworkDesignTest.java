package dev.glassbox.swing.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The editor's changes of a scenario: layers added and removed where asked, sizes and activations
 * per layer, the limits of the format refused in words, and weights drawn from a seed exactly as a
 * file with that seed draws them.
 */
class NetworkDesignTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    @Test
    void aLayerAddedAfterTheInputsOrAtTheEndCopiesItsNeighbourAndDropsTheWeights() {
        Scenario wide = NetworkDesign.withSize(XOR, 1, 4);
        assertThat(wide.architecture().sizes()).containsExactly(2, 4, 1);
        assertThat(wide.parameters()).as("2-2-1 weights do not fit 2-4-1").isNull();

        Scenario atEnd = NetworkDesign.withLayerAdded(NetworkDesign.withActivation(wide, 1, Activation.TANH), 1);
        assertThat(atEnd.architecture().sizes()).containsExactly(2, 4, 4, 1);
        assertThat(atEnd.architecture().activations()).containsExactly(Activation.TANH, Activation.TANH, Activation.SIGMOID);

        Scenario first = NetworkDesign.withLayerAdded(NetworkDesign.withSize(atEnd, 2, 3), 0);
        assertThat(first.architecture().sizes()).as("a copy of hidden layer 1, before it").containsExactly(2, 4, 4, 3, 1);
        assertThat(first.name()).isEqualTo(XOR.name());
        assertThat(first.samples()).isEqualTo(XOR.samples());
    }

    @Test
    void aLayerAddedToANetworkWithoutHiddenLayersHasTwoNeuronsOfTheOutputsActivation() {
        Scenario flat = NetworkDesign.withoutLayer(XOR, 1);
        assertThat(flat.architecture().sizes()).containsExactly(2, 1);
        Scenario again = NetworkDesign.withLayerAdded(flat, 0);
        assertThat(again.architecture().sizes()).containsExactly(2, 2, 1);
        assertThat(again.architecture().activations()).containsExactly(Activation.SIGMOID, Activation.SIGMOID);
    }

    @Test
    void removingAHiddenLayerKeepsTheOthersAndTheirActivations() {
        Scenario s = NetworkDesign.withLayerAdded(NetworkDesign.withSize(XOR, 1, 3), 1);
        s = NetworkDesign.withActivation(NetworkDesign.withSize(s, 2, 5), 2, Activation.RELU);
        assertThat(s.architecture().sizes()).containsExactly(2, 3, 5, 1);
        Scenario without = NetworkDesign.withoutLayer(s, 1);
        assertThat(without.architecture().sizes()).containsExactly(2, 5, 1);
        assertThat(without.architecture().activations()).containsExactly(Activation.RELU, Activation.SIGMOID);
        assertThatThrownBy(() -> NetworkDesign.withoutLayer(without, 2)).hasMessage("layer 2 is not a hidden layer");
    }

    @Test
    void anActivationChangesOneLayerAndKeepsTheWeights() {
        Scenario s = NetworkDesign.withLayerAdded(XOR, 1);
        Scenario tanh = NetworkDesign.withActivation(NetworkDesign.withDrawnWeights(s, Initializer.HE, 7), 2, Activation.TANH);
        assertThat(tanh.architecture().activations()).containsExactly(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID);
        Scenario own = NetworkDesign.withActivation(XOR, 1, Activation.LEAKY_RELU);
        assertThat(own.parameters()).as("the same layers keep their weights").isEqualTo(XOR.parameters());
    }

    @Test
    void aSeventeenthNeuronAndANinthLayerAreRefusedWithTheLimitInWords() {
        Scenario full = NetworkDesign.withSize(XOR, 1, Scenario.MAX_NEURONS);
        assertThat(full.architecture().sizes()).containsExactly(2, 16, 1);
        assertThatThrownBy(() -> NetworkDesign.withSize(full, 1, 17)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At most 16 neurons in a layer.");
        assertThatThrownBy(() -> NetworkDesign.withSize(full, 1, 0)).hasMessage(
                "At least 1 neuron in a layer: to take the layer out, remove it.");

        Scenario deep = XOR;
        for (int k = 0; k < 5; k++) {
            deep = NetworkDesign.withLayerAdded(deep, 1);
        }
        assertThat(deep.architecture().sizes()).hasSize(Scenario.MAX_LAYERS).containsExactly(2, 2, 2, 2, 2, 2, 2, 1);
        Scenario eight = deep;
        assertThatThrownBy(() -> NetworkDesign.withLayerAdded(eight, 3))
                .hasMessage("At most 8 layers, the input and output layers included.");
    }

    @Test
    void theCoresRulesOnSoftmaxAndCrossEntropyAreRefusedWithTheCoresMessage() {
        assertThatThrownBy(() -> NetworkDesign.withActivation(XOR, 1, Activation.SOFTMAX))
                .hasMessage("activations[0]: softmax is allowed only as the output layer's activation");
        assertThatThrownBy(() -> NetworkDesign.withActivation(NetworkDesign.withLoss(XOR, Loss.CROSS_ENTROPY), 2, Activation.TANH))
                .hasMessage("loss: cross-entropy needs a sigmoid output layer, not tanh");
        assertThat(NetworkDesign.hiddenActivations()).containsExactly(Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.LEAKY_RELU, Activation.LINEAR);
    }

    /**
     * He with seed 7 on 2-4-4-1: layer 0 has fan-in 2 as a 2-2-1 net's first layer, so its first four
     * weights are the hand-checked table's (InitializerTest: √3 · the same four draws); every bias is 0,
     * every weight within √(6 / fan-in) of its layer, and a written file reads back to the same weights.
     */
    @Test
    void aSeededStartDrawsTheSameWeightsAsAFileWithThatSeed() {
        Scenario s = NetworkDesign.withLayerAdded(NetworkDesign.withSize(XOR, 1, 4), 1);
        Scenario he = NetworkDesign.withDrawnWeights(s, Initializer.HE, 7);
        double[] flat = he.initialParameters().toFlat();
        assertThat(Arrays.copyOf(flat, 4)).containsExactly(-0.3816409465379291, -1.6738944493784833,
                1.3882757209740104, 0.28727896202241254);
        int[] sizes = {2, 4, 4, 1};
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                assertThat(he.initialParameters().bias(l, j)).isZero();
                for (int i = 0; i < sizes[l]; i++) {
                    assertThat(Math.abs(he.initialParameters().weight(l, j, i))).isLessThanOrEqualTo(Math.sqrt(6.0 / sizes[l]));
                }
            }
        }
        String json = ScenarioFiles.toJson(he);
        assertThat(json).contains("\"layers\": [2, 4, 4, 1]").contains("\"seed\": 7").contains("\"init\": \"he\"")
                .doesNotContain("\"weights\"");
        Scenario read = ScenarioFiles.parse(json);
        assertThat(read).isEqualTo(he);
        assertThat(read.initialParameters()).isEqualTo(Initializer.HE.parameters(sizes, 7));

        Scenario zeros = NetworkDesign.withDrawnWeights(he, Initializer.ZEROS, 7);
        assertThat(zeros.initialParameters().toFlat()).containsOnly(0.0);
        Scenario back = NetworkDesign.withSize(NetworkDesign.withoutLayer(he, 2), 1, 2);
        assertThat(back.architecture().sizes()).containsExactly(2, 2, 1);
        assertThat(NetworkDesign.withWeights(back, XOR.parameters()).initialParameters()).isEqualTo(XOR.parameters());
    }

    @Test
    void aNewShapeLeavesOutOnlyTheQuizQuestionsAboutNeuronsThatAreGone() {
        Question output = new Question(1, 0, new NeuronId(2, 0), Quantity.DELTA, Optional.empty());
        Question secondHidden = new Question(1, 0, new NeuronId(1, 1), Quantity.A, Optional.of("a of hidden 2?"));
        Scenario quizzed = XOR.toBuilder().quiz(List.of(output, secondHidden)).build();
        assertThat(NetworkDesign.withSize(quizzed, 1, 1).quiz()).containsExactly(output);
        assertThat(NetworkDesign.withSize(quizzed, 1, 3).quiz()).containsExactly(output, secondHidden);
        assertThat(NetworkDesign.withActivation(quizzed, 1, Activation.TANH).quiz()).containsExactly(output, secondHidden);
    }
}
