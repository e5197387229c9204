package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An embedder points at the network through the view's public geometry: each element is found back where the view says it is. */
class NetworkViewPointingTest {

    static List<String> scenarios() {
        return BuiltInScenarios.ids();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyElementIsFoundAtItsOwnPoint(String id) {
        GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(new GlassboxModel(BuiltInScenarios.get(id)));
            view.setSize(900, 560);
            for (NetworkElement e : elements(view.model().architecture())) {
                Point2D p = view.pointOf(e);
                assertThat(p.getX()).as("%s of %s", e, id).isBetween(0.0, 900.0);
                assertThat(p.getY()).as("%s of %s", e, id).isBetween(0.0, 560.0);
                assertThat(view.elementAt(p)).as("the element at the point of %s in %s", e, id).isEqualTo(e);
            }
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void anElementOutsideTheNetworkIsRefusedByName(String id) {
        GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(new GlassboxModel(BuiltInScenarios.get(id)));
            view.setSize(900, 560);
            int depth = view.model().architecture().depth();
            assertThatThrownBy(() -> view.pointOf(new NeuronId(depth + 1, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NeuronId[layer=" + (depth + 1));
            assertThatThrownBy(() -> view.pointOf(new Connection(0, 0, 99)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the network");
            return null;
        });
    }

    private static List<NetworkElement> elements(Architecture arch) {
        List<NetworkElement> all = new ArrayList<>();
        for (int l = 0; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                all.add(new NeuronId(l, j));
                if (l < arch.depth()) {
                    for (int k = 0; k < arch.size(l + 1); k++) {
                        all.add(new Connection(l, j, k));
                    }
                }
            }
        }
        return all;
    }
}
