package dev.glassbox.swing.table;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import javax.swing.DefaultCellEditor;
import javax.swing.JTable;

/**
 * Every weight and bias, neuron by neuron: its current value, the batch gradient {@code ḡ} the next
 * step will use, and how much the last step changed it.
 *
 * <p>The value column is editable: double-click a value, press F2, or start typing, then Enter
 * sets that weight or bias of the pending epoch ({@link GlassboxModel#setParameter}); Escape leaves
 * it. Text that is not a number, NaN, an infinity or a value beyond ±{@code 1e6} is refused in
 * place — the field's border turns to the warning color and the problem shows under it — and
 * nothing changes until the text is corrected or the edit abandoned. The editor's field is named
 * {@value #EDITOR_NAME}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class WeightsTable extends StateTable {
    /** The component name of the value column's text field while a value is edited. */
    public static final String EDITOR_NAME = "weightsTableEditor";
    /** The value column. */
    private static final int VALUE = 1;

    private final ParameterField field = new ParameterField(EDITOR_NAME);

    /**
     * A table following {@code model} while it is displayable.
     *
     * @param model the model whose trace the rows show
     */
    public WeightsTable(GlassboxModel model) {
        super(new Rows(model), "weightsTable", "Weights and biases");
        getColumnModel().getColumn(VALUE).setCellEditor(new ValueEditor());
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return convertColumnIndexToModel(column) == VALUE;
    }

    // Typing into a value that is not being edited replaces it rather than adding to its digits.
    @Override
    public boolean editCellAt(int row, int column, EventObject e) {
        boolean editing = super.editCellAt(row, column, e);
        if (editing && e instanceof KeyEvent) {
            field.setText("");
        }
        return editing;
    }

    private Rows rows() {
        return (Rows) getModel();
    }

    /** The value column's editor: the value in full, read back through {@link ParameterField#read}. */
    private final class ValueEditor extends DefaultCellEditor {
        private String what;
        private double value;

        ValueEditor() {
            super(field);
            setClickCountToStart(2);
        }

        @Override
        public Component getTableCellEditorComponent(JTable table, Object cell, boolean selected, int row, int column) {
            super.getTableCellEditorComponent(table, cell, selected, row, column);
            int r = convertRowIndexToModel(row);
            what = rows().name(r);
            field.showValue((Double) cell);
            return field;
        }

        @Override
        public boolean stopCellEditing() {
            Double typed = field.read(what);
            if (typed == null) {
                return false;
            }
            value = typed;
            return super.stopCellEditing();
        }

        @Override
        public void cancelCellEditing() {
            field.clearProblem();
            super.cancelCellEditing();
        }

        @Override
        public Object getCellEditorValue() {
            return value;
        }
    }

    private static final class Rows extends TraceTableModel {
        /** The weight or bias of each row. */
        private List<NetworkElement> elements = List.of();

        Rows(GlassboxModel model) {
            super(model, false, "parameter", "value", "ḡ", "last change");
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            EpochTrace t = model.trace();
            Architecture arch = t.architecture();
            Parameters change = model.lastChange();
            List<Object[]> rows = new ArrayList<>();
            List<NetworkElement> of = new ArrayList<>();
            for (int l = 0; l < arch.depth(); l++) {
                for (int j = 0; j < arch.size(l + 1); j++) {
                    for (int i = 0; i < arch.size(l); i++) {
                        Connection c = new Connection(l, i, j);
                        rows.add(new Object[] {Names.parameter(arch, c), t.before().weight(c),
                                unlessConcealed(model, c, Quantity.BATCH_GRADIENT, t.meanGradient(c)), change.weight(c)});
                        of.add(c);
                    }
                    NeuronId n = new NeuronId(l + 1, j);
                    rows.add(new Object[] {Names.parameter(arch, n), t.before().bias(l, j),
                            t.meanGradient().bias(l, j), change.bias(l, j)});
                    of.add(n);
                }
            }
            elements = List.copyOf(of);
            return rows;
        }

        @Override
        public List<String> explanation(int row, int column) {
            return parameterExplanation(elements.get(row), getColumnName(column));
        }

        /** The row's weight or bias as its first cell names it. */
        String name(int row) {
            return (String) getValueAt(row, 0);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == VALUE;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            model().setParameter(elements.get(row), (Double) value);
        }
    }
}
