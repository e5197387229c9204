package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusOrderTest {
    private final Architecture xor = new Architecture(List.of(2, 2, 1),
            List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.MSE);

    @Test
    void tabWalksLayerByLayerEachNeuronFollowedByItsIncomingConnections() {
        assertThat(FocusOrder.all(xor)).containsExactly(
                new NeuronId(0, 0), new NeuronId(0, 1),
                new NeuronId(1, 0), new Connection(0, 0, 0), new Connection(0, 1, 0),
                new NeuronId(1, 1), new Connection(0, 0, 1), new Connection(0, 1, 1),
                new NeuronId(2, 0), new Connection(1, 0, 0), new Connection(1, 1, 0));
        assertThat(FocusOrder.tab(xor, new Connection(1, 1, 0), 1)).isEqualTo(new NeuronId(0, 0));
        assertThat(FocusOrder.tab(xor, new NeuronId(0, 0), -1)).isEqualTo(new Connection(1, 1, 0));
    }

    @Test
    void leftAndRightFollowTheWires() {
        assertThat(FocusOrder.horizontal(xor, new NeuronId(0, 1), 1)).isEqualTo(new Connection(0, 1, 1));
        assertThat(FocusOrder.horizontal(xor, new Connection(0, 1, 1), 1)).isEqualTo(new NeuronId(1, 1));
        assertThat(FocusOrder.horizontal(xor, new NeuronId(1, 1), 1)).isEqualTo(new Connection(1, 1, 0));
        assertThat(FocusOrder.horizontal(xor, new NeuronId(2, 0), 1)).isEqualTo(new NeuronId(2, 0));
        assertThat(FocusOrder.horizontal(xor, new NeuronId(2, 0), -1)).isEqualTo(new Connection(1, 0, 0));
        assertThat(FocusOrder.horizontal(xor, new Connection(1, 0, 0), -1)).isEqualTo(new NeuronId(1, 0));
        assertThat(FocusOrder.horizontal(xor, new NeuronId(0, 0), -1)).isEqualTo(new NeuronId(0, 0));
    }

    @Test
    void upAndDownStepWithinTheColumnAndStopAtItsEnds() {
        assertThat(FocusOrder.vertical(xor, new NeuronId(1, 0), 1)).isEqualTo(new NeuronId(1, 1));
        assertThat(FocusOrder.vertical(xor, new NeuronId(1, 1), 1)).isEqualTo(new NeuronId(1, 1));
        assertThat(FocusOrder.vertical(xor, new Connection(0, 1, 0), 1)).isEqualTo(new Connection(0, 0, 1));
        assertThat(FocusOrder.vertical(xor, new Connection(0, 0, 1), -1)).isEqualTo(new Connection(0, 1, 0));
        assertThat(FocusOrder.vertical(xor, new Connection(0, 1, 1), 1)).isEqualTo(new Connection(0, 1, 1));
        assertThat(FocusOrder.vertical(xor, new Connection(0, 0, 0), -1)).isEqualTo(new Connection(0, 0, 0));
    }
}
