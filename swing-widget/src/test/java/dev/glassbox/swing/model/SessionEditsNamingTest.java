package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load is named after what it changes, so that "Undo …" says which change of the network it takes back. */
class SessionEditsNamingTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    private static Scenario net(List<Integer> sizes, Activation... fs) {
        return XOR.toBuilder().architecture(new Architecture(sizes, List.of(fs), Loss.MSE)).build();
    }

    @Test
    void layersAddedRemovedAndResizedAreNamedByTheirHiddenLayer() {
        Scenario a = net(List.of(2, 4, 1), Activation.TANH, Activation.SIGMOID);
        Scenario b = net(List.of(2, 4, 4, 1), Activation.TANH, Activation.TANH, Activation.SIGMOID);
        Scenario c = net(List.of(2, 4, 3, 1), Activation.TANH, Activation.TANH, Activation.SIGMOID);
        assertThat(SessionEdits.loading(a, b)).isEqualTo("add hidden layer 2");
        assertThat(SessionEdits.loading(b, a)).isEqualTo("remove hidden layer 2");
        assertThat(SessionEdits.loading(XOR, a)).isEqualTo("set hidden layer 1 to 4 neurons");
        assertThat(SessionEdits.loading(b, c)).isEqualTo("set hidden layer 2 to 3 neurons");
        assertThat(SessionEdits.loading(c, net(List.of(2, 4, 1), Activation.TANH, Activation.SIGMOID)))
                .as("hidden layer 2 of 3 neurons taken out").isEqualTo("remove hidden layer 2");
        assertThat(SessionEdits.loading(a, net(List.of(2, 1, 4, 1), Activation.TANH, Activation.TANH, Activation.SIGMOID)))
                .isEqualTo("add hidden layer 1");
        assertThat(SessionEdits.loading(XOR, net(List.of(2, 3, 3, 1), Activation.TANH, Activation.TANH, Activation.SIGMOID)))
                .isEqualTo("change the layers to 2-3-3-1");
    }

    @Test
    void oneHiddenLayersActivationIsNamedByItsLayerAndAllOfThemTogether() {
        Scenario b = net(List.of(2, 4, 4, 1), Activation.TANH, Activation.TANH, Activation.SIGMOID);
        assertThat(SessionEdits.loading(b, net(List.of(2, 4, 4, 1), Activation.TANH, Activation.RELU, Activation.SIGMOID)))
                .isEqualTo("change hidden layer 2's activation to relu");
        assertThat(SessionEdits.loading(b, net(List.of(2, 4, 4, 1), Activation.RELU, Activation.RELU, Activation.SIGMOID)))
                .isEqualTo("change the hidden activation to relu");
        assertThat(SessionEdits.loading(XOR, XOR.toBuilder().activations(Activation.TANH, Activation.SIGMOID).build()))
                .isEqualTo("change the hidden activation to tanh");
    }

    @Test
    void anotherStartIsNamedByTheInitialiserAndTheSeed() {
        Scenario he = XOR.toBuilder().parameters(null).initializer(Initializer.HE).seed(7).build();
        assertThat(SessionEdits.loading(XOR, he)).isEqualTo("change the initialisation to He, seed 7");
        assertThat(SessionEdits.loading(he, he.toBuilder().seed(8).build())).isEqualTo("change the seed to 8");
        assertThat(SessionEdits.loading(he, he.toBuilder().initializer(Initializer.ZEROS).build()))
                .isEqualTo("change the initialisation to all zeros");
        assertThat(SessionEdits.loading(he, XOR)).isEqualTo("use the scenario's weights");
        assertThat(SessionEdits.loading(XOR, BuiltInScenarios.get("and"))).isEqualTo("load " + BuiltInScenarios.get("and").name());
    }
}
