package dev.glassbox.swing.internal.table;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.text.Names;
import java.util.ArrayList;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import javax.swing.table.AbstractTableModel;

/**
 * A table model whose rows are read from a {@link GlassboxModel}'s trace by its {@link StateTable}
 * while the table is displayable: once as it attaches, then after every training event (during bulk
 * training the model fires one per timer tick) and, for rows of the viewed sample, when another
 * sample is viewed. Cells hold names ({@code String}), numbers
 * ({@code Double}, null where a value is not defined) or {@link NeuronState}s.
 */
public abstract class TraceTableModel extends AbstractTableModel {
    private final GlassboxModel model;
    private final boolean followsViewedSample;
    private List<String> columns;
    private List<Object[]> rows = List.of();
    private double[] scales;

    /**
     * @param model               the model to read
     * @param followsViewedSample whether the rows show the viewed sample, and so are read again
     *                            when another sample is viewed
     * @param columns             the column names
     */
    protected TraceTableModel(GlassboxModel model, boolean followsViewedSample, String... columns) {
        this.model = model;
        this.followsViewedSample = followsViewedSample;
        this.columns = List.of(columns);
        this.scales = new double[columns.length];
    }

    /** The rows for the model's current state, one array of cells per row. */
    protected abstract List<Object[]> read(GlassboxModel model);

    /**
     * The column names for the model's current state, read before the rows on every refresh: those
     * given to the constructor unless a table's columns depend on the scenario (the weights table's
     * optimizer state). A change of them is told as a new structure.
     *
     * @param model the model
     * @return the column names, as many as each row has cells
     */
    protected List<String> columns(GlassboxModel model) {
        return columns;
    }

    /** The cells of one neuron's row on the viewed sample. */
    @FunctionalInterface
    protected interface NeuronRow {
        Object[] cells(EpochTrace trace, int sample, NeuronId id, String name, NeuronTrace neuron);
    }

    /** One row per neuron of the model's trace on its viewed sample, layer by layer from {@code firstLayer}. */
    protected static List<Object[]> neuronRows(GlassboxModel model, int firstLayer, NeuronRow row) {
        EpochTrace t = model.trace();
        Architecture arch = t.architecture();
        int s = model.viewedSample();
        List<Object[]> rows = new ArrayList<>();
        for (int l = firstLayer; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                NeuronId id = new NeuronId(l, j);
                rows.add(row.cells(t, s, id, Names.neuron(arch, id), t.sample(s).neuron(id)));
            }
        }
        return rows;
    }

    /**
     * A cell's value, or {@link Concealed#MARK} while the model hides it.
     *
     * @param model    the model
     * @param e        the element the value is of
     * @param quantity what the value is
     * @param value    the value
     * @return the value, or "?"
     */
    protected static Object unlessConcealed(GlassboxModel model, NetworkElement e, Quantity quantity, double value) {
        return model.inspection().conceals(e, quantity, model.viewedSample()) ? Concealed.MARK : value;
    }

    /**
     * Rows made as they are asked for, for a table with a row per sample (up to 10,000): a refresh
     * then costs nothing, and a paint only the rows it shows, each made at most once per refresh.
     * Their numbers get no tint {@linkplain #scale scale} (that would need every row).
     *
     * @param count the number of rows
     * @param row   the cells of a row, from its index
     * @return the rows
     */
    protected static List<Object[]> onDemand(int count, IntFunction<Object[]> row) {
        return new OnDemandRows(count, row);
    }

    /** A row list that makes each row on first use. */
    private static final class OnDemandRows extends AbstractList<Object[]> implements RandomAccess {
        private final Object[][] made;
        private final IntFunction<Object[]> row;

        OnDemandRows(int count, IntFunction<Object[]> row) {
            this.made = new Object[count][];
            this.row = row;
        }

        @Override
        public Object[] get(int index) {
            if (made[index] == null) {
                made[index] = row.apply(index);
            }
            return made[index];
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    /**
     * A cell's value, or {@link Concealed#MARK} while it would give a concealed value away.
     *
     * @param model the model
     * @param e     the element the value is of
     * @param what  what the value is
     * @param value the value
     * @return the value, or "?"
     */
    protected static Object unlessGivenAway(GlassboxModel model, NetworkElement e, Shown what, double value) {
        return what.hidden(model.inspection(), e, model.viewedSample()) ? Concealed.MARK : value;
    }

    /**
     * What a cell's number is, its formula and the formula with the numbers put in, as its tooltip
     * and accessible description say it; none by default.
     *
     * @param row    the row, in model order
     * @param column the column, in model order
     * @return the lines (e.g. {@link Explainer#of(String)}), or null for a cell without a number to explain
     */
    public List<String> explanation(int row, int column) {
        return null;
    }

    /**
     * Explains the numbers of the model's viewed sample, concealment respected.
     *
     * @return an explainer of the trace the rows are read from
     */
    protected final Explainer explainer() {
        return explainer(model.viewedSample());
    }

    /**
     * Explains the numbers of one sample, concealment respected.
     *
     * @param sample the sample, from 0
     * @return an explainer of that sample of the trace the rows are read from
     */
    protected final Explainer explainer(int sample) {
        return new Explainer(model.trace(), sample, model.inspection());
    }

    /** A column of a weight or bias that {@link #parameterExplanation} explains (not by its header: that is in the user's language). */
    public enum ParameterCell {
        /** The value before the update. */
        VALUE,
        /** The batch-mean gradient ḡ. */
        GRADIENT,
        /** The change the last update made. */
        LAST_CHANGE
    }

    /**
     * The explanation of a weight's or bias's cell: its value before the update, its batch-mean
     * gradient ḡ, or the last change an update made.
     *
     * @param e      a connection (its weight) or a neuron (its bias)
     * @param column the column, or null for another one
     * @return the lines, or null for another column
     */
    protected final List<String> parameterExplanation(NetworkElement e, ParameterCell column) {
        if (column == null) {
            return null;
        }
        Explainer x = explainer();
        if (e instanceof Connection c) {
            return switch (column) {
                case VALUE -> Explainer.of(x.weight(c));
                case GRADIENT -> Explainer.of(x.meanGradient(c));
                case LAST_CHANGE -> Explainer.of(Explainer.lastChange(model.architecture(), c, model.lastChange().weight(c)));
            };
        }
        NeuronId n = (NeuronId) e;
        return switch (column) {
            case VALUE, GRADIENT -> Explainer.of(x.bias(n));
            case LAST_CHANGE -> Explainer.of(Explainer.lastChange(model.architecture(), n,
                    model.lastChange().bias(n.layer() - 1, n.index())));
        };
    }

    /**
     * The neuron of a row of {@link #neuronRows}.
     *
     * @param firstLayer the first layer the rows show
     * @param row        the row
     * @return its neuron
     */
    protected final NeuronId neuronAt(int firstLayer, int row) {
        Architecture arch = model.architecture();
        int r = row;
        for (int l = firstLayer; l <= arch.depth(); l++) {
            if (r < arch.size(l)) {
                return new NeuronId(l, r);
            }
            r -= arch.size(l);
        }
        throw new IndexOutOfBoundsException("no neuron in row " + row);
    }

    /** The model the rows come from. */
    public GlassboxModel model() {
        return model;
    }

    /** Whether the rows show the viewed sample, and so change when another sample is viewed. */
    boolean followsViewedSample() {
        return followsViewedSample;
    }

    /**
     * Reads the columns and rows again and tells the table once: as a new structure when the columns
     * changed, as updated rows when their number stayed (so a selection survives), else as new data.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void refresh() {
        EventThread.require("TraceTableModel.refresh");
        int before = rows.size();
        List<String> now = List.copyOf(columns(model));
        boolean newColumns = !now.equals(columns);
        columns = now;
        List<Object[]> read = read(model);
        boolean onDemand = read instanceof OnDemandRows;
        rows = onDemand ? read : List.copyOf(read);
        scales = new double[columns.size()];
        for (Object[] row : onDemand ? List.<Object[]>of() : rows) {
            for (int c = 0; c < scales.length; c++) {
                if (row[c] instanceof Double v && Double.isFinite(v)) {
                    scales[c] = Math.max(scales[c], Math.abs(v));
                }
            }
        }
        if (newColumns) {
            fireTableStructureChanged();
        } else if (rows.size() != before) {
            fireTableDataChanged();
        } else if (!rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        }
    }

    /** The largest magnitude among the finite numbers of a column (0 if none): the scale of its tints. */
    public double scale(int column) {
        return scales[column];
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row)[column];
    }
}
