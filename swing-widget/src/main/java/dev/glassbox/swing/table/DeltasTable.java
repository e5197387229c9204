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
 * Every non-input neuron on the viewed sample: its raw error (for a hidden neuron the backprop
 * sum {@code Σ w·δ}), its slope, and {@code δ = raw error × slope}.
 */
public final class DeltasTable extends StateTable {

    /** A table following {@code model}. */
    public DeltasTable(GlassboxModel model) {
        super(new Rows(model));
        setName("deltasTable");
        getAccessibleContext().setAccessibleName("Deltas of the viewed sample");
    }

    private static final class Rows extends TraceTableModel {
        Rows(GlassboxModel model) {
            super(model, EnumSet.of(Kind.TRAINING, Kind.SAMPLE), "neuron", "raw error or Σ w·δ", "slope", "δ");
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            EpochTrace t = model.trace();
            Architecture arch = t.architecture();
            int s = model.viewedSample();
            List<Object[]> rows = new ArrayList<>();
            for (int l = 1; l <= arch.depth(); l++) {
                for (int j = 0; j < arch.size(l); j++) {
                    NeuronId id = new NeuronId(l, j);
                    NeuronTrace n = t.sample(s).neuron(id);
                    rows.add(new Object[] {Names.neuron(arch, id), n.rawError(), n.slope(), n.delta()});
                }
            }
            return rows;
        }
    }
}
