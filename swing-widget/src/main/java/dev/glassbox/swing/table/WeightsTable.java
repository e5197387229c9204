package dev.glassbox.swing.table;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Backprop;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.edit.FieldEditor;
import dev.glassbox.swing.internal.explain.Conventions;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.internal.table.TraceTableModel.ParameterCell;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.internal.text.OptimizerWording;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellEditor;

/**
 * Every weight and bias, neuron by neuron: its current value, the batch gradient {@code ḡ} the next
 * step will use, what the optimizer remembers of it (momentum's velocity {@code v}; Adam's moments
 * {@code m}, {@code v} and their bias corrections {@code m̂}, {@code v̂}; nothing for plain gradient
 * descent), and how much the last step changed it. Like the values, the optimizer's memory is that
 * of the viewed epoch. Each column's header tooltip says what it holds, with its formula.
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
    private final ValueEditor valueEditor;

    /**
     * A table following {@code model} while it is displayable.
     *
     * @param model the model whose trace the rows show
     */
    public WeightsTable(GlassboxModel model) {
        super(new Rows(model), "weightsTable", Messages.text("table.weights"));
        valueEditor = new ValueEditor();
    }

    // The columns are made afresh when the optimizer's state columns change, so the editor is not set on one.
    @Override
    public TableCellEditor getCellEditor(int row, int column) {
        return convertColumnIndexToModel(column) == VALUE ? valueEditor : super.getCellEditor(row, column);
    }

    @Override
    protected JTableHeader createDefaultTableHeader() {
        return new JTableHeader(columnModel) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int column = columnAtPoint(e.getPoint());
                return column < 0 ? null : rows().tooltip(convertColumnIndexToModel(column));
            }
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return convertColumnIndexToModel(column) == VALUE;
    }

    // Typing into a value that is not being edited replaces it rather than adding to its digits.
    @Override
    public boolean editCellAt(int row, int column, EventObject e) {
        return valueEditor.started(super.editCellAt(row, column, e), e);
    }

    /**
     * What the optimizer remembers of one parameter at the start of the viewed epoch: momentum's
     * {@code v}; Adam's {@code m}, {@code v}, {@code m̂}, {@code v̂} (the corrections null before the
     * first update, where {@code t = 0} leaves them undefined); nothing for plain gradient descent.
     */
    private record Memory(Optimizer optimizer, OptimizerState state) {
        List<Double> of(ToDoubleFunction<Parameters> parameter) {
            if (optimizer instanceof Adam a) {
                double m = parameter.applyAsDouble(state.moment(0));
                double v = parameter.applyAsDouble(state.moment(1));
                long t = state.t();
                Double mHat = t == 0 ? null : Backprop.corrected(m, Backprop.correction(a.beta1(), t));
                Double vHat = t == 0 ? null : Backprop.corrected(v, Backprop.correction(a.beta2(), t));
                return Arrays.asList(m, v, mHat, vHat);
            }
            return optimizer.moments() == 0 ? List.of() : List.of(parameter.applyAsDouble(state.moment(0)));
        }
    }

    private Rows rows() {
        return (Rows) getModel();
    }

    /** The value column's editor: the value in full, read back through {@link ParameterField#read}. */
    private final class ValueEditor extends FieldEditor {
        private String what;
        private double value;

        ValueEditor() {
            super(WeightsTable.this.field);
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
        public Object getCellEditorValue() {
            return value;
        }
    }

    /** A column: its header, its header's tooltip, and what of a parameter it explains (null: an optimizer's memory). */
    private record Column(String name, String tooltip, ParameterCell cell) {
        Column(String name, String tooltip) {
            this(name, tooltip, null);
        }
    }

    private static final class Rows extends TraceTableModel {
        // Built with each table, so that its words are those of the locale it is built in.
        private final Column parameter = new Column(Messages.text("table.parameter"),
                Messages.text("table.parameter.tip"));
        private final Column valueColumn = new Column(Messages.text("table.value"), Messages.text("table.value.tip"),
                ParameterCell.VALUE);
        private final Column gradient = new Column("ḡ", Messages.text("table.gradient.tip"), ParameterCell.GRADIENT);
        private final Column velocity = new Column("v", OptimizerWording.velocity());
        private final Column first = new Column("m", OptimizerWording.firstMoment());
        private final Column second = new Column("v", OptimizerWording.secondMoment());
        private final Column firstHat = new Column("m̂", OptimizerWording.correctedFirst());
        private final Column secondHat = new Column("v̂", OptimizerWording.correctedSecond());

        /** The weight or bias of each row. */
        private List<NetworkElement> elements = List.of();
        /** The columns of the optimizer read last. */
        private List<Column> shown = List.of();

        Rows(GlassboxModel model) {
            super(model, false, Messages.text("table.parameter"), Messages.text("table.value"), "ḡ",
                    Messages.text("table.lastChange"));
        }

        /** parameter, value, ḡ, the optimizer's memory, last change. */
        @Override
        protected List<String> columns(GlassboxModel model) {
            EpochTrace t = model.trace();
            List<Column> columns = new ArrayList<>(List.of(parameter, valueColumn, gradient));
            if (t.optimizer() instanceof Momentum) {
                columns.add(velocity);
            } else if (t.optimizer() instanceof Adam) {
                columns.addAll(List.of(first, second, firstHat, secondHat));
            }
            columns.add(new Column(Messages.text("table.lastChange"),
                    OptimizerWording.lastChange(t.optimizer(), t.regularization()), ParameterCell.LAST_CHANGE));
            shown = List.copyOf(columns);
            return columns.stream().map(Column::name).toList();
        }

        /** The header tooltip of a column. */
        String tooltip(int column) {
            return column < shown.size() ? shown.get(column).tooltip() : null;
        }

        @Override
        protected List<Object[]> read(GlassboxModel model) {
            EpochTrace t = model.trace();
            Architecture arch = t.architecture();
            Parameters change = model.lastChange();
            Memory memory = new Memory(t.optimizer(), t.stateBefore());
            List<Object[]> rows = new ArrayList<>();
            List<NetworkElement> of = new ArrayList<>();
            for (int l = 0; l < arch.depth(); l++) {
                for (int j = 0; j < arch.size(l + 1); j++) {
                    for (int i = 0; i < arch.size(l); i++) {
                        Connection c = new Connection(l, i, j);
                        rows.add(row(Names.parameter(arch, c), t.before().weight(c),
                                unlessConcealed(model, c, Quantity.BATCH_GRADIENT, t.meanGradient(c)),
                                memory.of(p -> p.weight(c)), change.weight(c)));
                        of.add(c);
                    }
                    NeuronId n = new NeuronId(l + 1, j);
                    int layer = l;
                    int index = j;
                    rows.add(row(Names.parameter(arch, n), t.before().bias(l, j), t.meanGradient().bias(l, j),
                            memory.of(p -> p.bias(layer, index)), change.bias(l, j)));
                    of.add(n);
                }
            }
            elements = List.copyOf(of);
            return rows;
        }

        private static Object[] row(String name, double value, Object gradient, List<Double> memory, double change) {
            List<Object> cells = new ArrayList<>(List.of(name, value, gradient));
            cells.addAll(memory);
            cells.add(change);
            return cells.toArray();
        }

        @Override
        public List<String> explanation(int row, int column) {
            List<String> lines = parameterExplanation(elements.get(row), column < shown.size() ? shown.get(column).cell() : null);
            if (lines != null || tooltip(column) == null || !(getValueAt(row, column) instanceof Double v)) {
                return lines;
            }
            // An optimizer's memory of the parameter: what it is and its formula (the header's words), then its value.
            return List.of(name(row) + ": " + tooltip(column), getColumnName(column) + " = " + Numbers.format(v),
                    Conventions.pointer());
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
