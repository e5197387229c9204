package dev.glassbox.swing.table;

import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.internal.table.NeuronState;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.List;

/**
 * Every neuron on the viewed sample: its weighted input {@code z}, activation {@code a}, slope,
 * and whether it is saturated or dead. Input neurons show only their value.
 */
public final class ActivationsTable extends StateTable {

    /**
     * A table following {@code model} while it is displayable.
     *
     * @param model the model whose trace the rows show
     */
    public ActivationsTable(GlassboxModel model) {
        super(new Rows(model), "activationsTable", Messages.text("table.activations"));
    }

    private static final class Rows extends TraceTableModel {
        Rows(GlassboxModel model) {
            super(model, true, Messages.text("table.neuron"), "z", "a", Messages.text("table.slope"),
                    Messages.text("table.state"));
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            return neuronRows(model, 0, (t, s, id, name, n) -> {
                boolean input = id.layer() == 0;
                return new Object[] {name, input ? null : unlessGivenAway(model, id, Shown.Z, n.z()),
                    input ? n.a() : unlessGivenAway(model, id, Shown.A, n.a()),
                    input ? null : unlessGivenAway(model, id, Shown.SLOPE, n.slope()), state(t, s, id)};
            });
        }

        @Override
        public List<String> explanation(int row, int column) {
            NeuronId id = neuronAt(0, row);
            Explainer e = explainer();
            if (id.layer() == 0) {
                return column == 2 ? Explainer.of(e.input(id)) : null;
            }
            return switch (column) {
                case 1 -> Explainer.of(e.z(id));
                case 2 -> Explainer.of(e.a(id));
                case 3 -> Explainer.of(e.slope(id));
                default -> null;
            };
        }

        private static NeuronState state(EpochTrace t, int s, NeuronId id) {
            return switch (t.health(s, id)) {
                case DEAD -> NeuronState.DEAD;
                case SATURATED -> NeuronState.SATURATED;
                case HEALTHY -> NeuronState.NORMAL;
            };
        }
    }
}
