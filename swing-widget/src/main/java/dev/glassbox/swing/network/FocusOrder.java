package dev.glassbox.swing.network;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import java.util.ArrayList;
import java.util.List;

/**
 * How the keyboard cursor of a {@link NetworkView} moves. Tab walks every element in reading
 * order: layer by layer, each neuron followed by the connections that feed it (grouped by target).
 * The arrows move spatially: left and right follow the wires (neuron → its first outgoing
 * connection → that connection's target; backwards to the source), up and down step within the
 * column (the neurons of a layer, or the connections between two layers, grouped by target).
 */
final class FocusOrder {
    private FocusOrder() {
    }

    /** Every element in Tab order. */
    static List<NetworkElement> all(Architecture arch) {
        List<NetworkElement> out = new ArrayList<>();
        for (int l = 0; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                out.add(new NeuronId(l, j));
                for (int i = 0; l > 0 && i < arch.size(l - 1); i++) {
                    out.add(new Connection(l - 1, i, j));
                }
            }
        }
        return out;
    }

    /** The element {@code step} places after {@code e} in Tab order, wrapping around. */
    static NetworkElement tab(Architecture arch, NetworkElement e, int step) {
        List<NetworkElement> all = all(arch);
        int k = Math.max(0, all.indexOf(e));
        return all.get(Math.floorMod(k + step, all.size()));
    }

    /** One step along the wires: right ({@code +1}, towards the output) or left ({@code −1}). */
    static NetworkElement horizontal(Architecture arch, NetworkElement e, int direction) {
        if (e instanceof NeuronId n) {
            int next = n.layer() + direction;
            if (next < 0 || next > arch.depth()) {
                return e;
            }
            // The wire to the neuron at the same height, or the nearest one in a smaller layer.
            return direction > 0
                    ? new Connection(n.layer(), n.index(), Math.min(n.index(), arch.size(next) - 1))
                    : new Connection(next, Math.min(n.index(), arch.size(next) - 1), n.index());
        }
        Connection c = (Connection) e;
        return direction > 0 ? c.target() : c.source();
    }

    /** One step within the column: down ({@code +1}) or up ({@code −1}), stopping at the ends. */
    static NetworkElement vertical(Architecture arch, NetworkElement e, int direction) {
        if (e instanceof NeuronId n) {
            int j = Math.max(0, Math.min(arch.size(n.layer()) - 1, n.index() + direction));
            return new NeuronId(n.layer(), j);
        }
        Connection c = (Connection) e;
        int from = arch.size(c.layer());
        int k = c.to() * from + c.from() + direction;
        k = Math.max(0, Math.min(from * arch.size(c.layer() + 1) - 1, k));
        return new Connection(c.layer(), k % from, k / from);
    }
}
