package dev.glassbox.swing.table;

import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.text.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Every weight and bias, neuron by neuron: its current value, the batch gradient {@code ḡ} the next
 * step will use, and how much the last step changed it.
 */
public final class WeightsTable extends StateTable {

    /**
     * A table following {@code model} while it is displayable.
     *
     * @param model the model whose trace the rows show
     */
    public WeightsTable(GlassboxModel model) {
        super(new Rows(model), "weightsTable", "Weights and biases");
    }

    private static final class Rows extends TraceTableModel {
        Rows(GlassboxModel model) {
            super(model, false, "parameter", "value", "ḡ", "last change");
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            EpochTrace t = model.trace();
            Architecture arch = t.architecture();
            Parameters change = model.lastChange();
            List<Object[]> rows = new ArrayList<>();
            for (int l = 0; l < arch.depth(); l++) {
                for (int j = 0; j < arch.size(l + 1); j++) {
                    for (int i = 0; i < arch.size(l); i++) {
                        Connection c = new Connection(l, i, j);
                        rows.add(new Object[] {"w " + Names.connection(arch, c), t.before().weight(c),
                                unlessConcealed(model, c, Quantity.BATCH_GRADIENT, t.meanGradient(c)), change.weight(c)});
                    }
                    rows.add(new Object[] {"b " + Names.neuron(arch, new NeuronId(l + 1, j)), t.before().bias(l, j),
                            t.meanGradient().bias(l, j), change.bias(l, j)});
                }
            }
            return rows;
        }
    }
}
