package dev.glassbox.swing.table;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent.Kind;
import dev.glassbox.swing.text.Names;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Every neuron on the viewed sample: its weighted input {@code z}, activation {@code a}, slope,
 * and whether it is saturated or dead. Input neurons show only their value.
 */
public final class ActivationsTable extends StateTable {

    /** A table following {@code model}. */
    public ActivationsTable(GlassboxModel model) {
        super(new Rows(model));
        setName("activationsTable");
        getAccessibleContext().setAccessibleName("Activations of the viewed sample");
    }

    private static final class Rows extends TraceTableModel {
        Rows(GlassboxModel model) {
            super(model, EnumSet.of(Kind.TRAINING, Kind.SAMPLE), "neuron", "z", "a", "slope", "state");
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            EpochTrace t = model.trace();
            Architecture arch = t.architecture();
            int s = model.viewedSample();
            List<Object[]> rows = new ArrayList<>();
            for (int l = 0; l <= arch.depth(); l++) {
                for (int j = 0; j < arch.size(l); j++) {
                    NeuronId id = new NeuronId(l, j);
                    NeuronTrace n = t.sample(s).neuron(id);
                    boolean input = l == 0;
                    rows.add(new Object[] {Names.neuron(arch, id), input ? null : n.z(), n.a(),
                            input ? null : n.slope(), state(t, s, id)});
                }
            }
            return rows;
        }

        private static NeuronState state(EpochTrace t, int s, NeuronId id) {
            if (t.dead(id)) {
                return NeuronState.DEAD;
            }
            return t.saturated(s, id) ? NeuronState.SATURATED : NeuronState.NORMAL;
        }
    }
}
