package dev.glassbox.swing.table;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.List;

/**
 * Every non-input neuron on the viewed sample: its raw error (for a hidden neuron the backprop
 * sum {@code Σ w·δ}), its slope, and {@code δ = raw error × slope}.
 */
public final class DeltasTable extends StateTable {

    /**
     * A table following {@code model} while it is displayable.
     *
     * @param model the model whose trace the rows show
     */
    public DeltasTable(GlassboxModel model) {
        super(new Rows(model), "deltasTable", Messages.text("table.deltas"));
    }

    private static final class Rows extends TraceTableModel {
        Rows(GlassboxModel model) {
            super(model, true, Messages.text("table.neuron"), Messages.text("table.rawErrorOrBackpropSum"),
                    Messages.text("table.slope"), "δ");
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            return neuronRows(model, 1, (t, s, id, name, n) -> new Object[] {name,
                unlessGivenAway(model, id, Shown.RAW_ERROR, n.rawError()), unlessGivenAway(model, id, Shown.SLOPE, n.slope()),
                unlessGivenAway(model, id, Shown.DELTA, n.delta())});
        }

        @Override
        public List<String> explanation(int row, int column) {
            NeuronId id = neuronAt(1, row);
            Explainer e = explainer();
            return switch (column) {
                case 1 -> Explainer.of(e.rawError(id));
                case 2 -> Explainer.of(e.slope(id));
                case 3 -> Explainer.of(e.delta(id));
                default -> null;
            };
        }
    }
}
